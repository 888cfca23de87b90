package io.github.sip2kit.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * TLS over loopback. The test certificate is made afresh for each run with the JDK's {@code keytool} (a self-signed
 * EC key for CN=localhost with the subject alternative name IP:127.0.0.1, valid two days), so no key material is
 * checked in. Server and client use the same key store, as key store and as trust store.
 */
class TlsTest {

    private static final char[] PASSWORD = "changeit".toCharArray();

    @TempDir
    static Path directory;

    private static KeyStore keyStore;

    private Sip2Server server;

    @BeforeAll
    static void generateCertificate() throws Exception {
        Path store = directory.resolve("test.p12");
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        Process process = new ProcessBuilder(keytool.toString(), "-genkeypair", "-alias", "sip2kit-test",
                "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=localhost", "-ext", "SAN=ip:127.0.0.1",
                "-validity", "2", "-storetype", "PKCS12", "-keystore", store.toString(),
                "-storepass", new String(PASSWORD), "-keypass", new String(PASSWORD))
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("keytool finished").isTrue();
        assertThat(process.exitValue()).as("keytool output: %s", output).isZero();
        keyStore = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(store)) {
            keyStore.load(in, PASSWORD);
        }
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.shutdown(Duration.ofSeconds(5));
        }
    }

    private static SSLContext context(boolean withKey) throws GeneralSecurityException {
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(keyStore);
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(keyStore, PASSWORD);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(withKey ? keys.getKeyManagers() : null, trust.getTrustManagers(), null);
        return context;
    }

    private void start(boolean requireClientCertificate) throws Exception {
        server = Sip2Server.builder()
                .policies(ClientPolicies.of(ClientPolicy.builder().address("127.0.0.1").institutionId("tls-lib")
                        .build()))
                .bind(new InetSocketAddress("127.0.0.1", 0))
                .ioThreads(1)
                .tls(context(true))
                .requireClientCertificate(requireClientCertificate)
                .build()
                .start();
    }

    /** Connects with host-name verification, as the client kit does, and exchanges one frame. */
    private String exchange(SSLContext client, String frame) throws IOException {
        InetSocketAddress address = server.localAddress();
        try (SSLSocket socket = (SSLSocket) client.getSocketFactory()
                .createSocket(address.getAddress(), address.getPort())) {
            socket.setSoTimeout(10_000);
            SSLParameters parameters = socket.getSSLParameters();
            parameters.setEndpointIdentificationAlgorithm("HTTPS");
            socket.setSSLParameters(parameters);
            OutputStream out = socket.getOutputStream();
            out.write((frame + "\r").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            int b;
            while ((b = in.read()) != '\r') {
                if (b < 0) {
                    throw new IOException("connection closed after " + line.size() + " bytes");
                }
                line.write(b);
            }
            return line.toString(StandardCharsets.US_ASCII);
        }
    }

    @Test
    void servesSip2OverTls() throws Exception {
        start(false);

        assertThat(exchange(context(false), "9900802.00")).startsWith("98Y").contains("AOtls-lib|");
    }

    @Test
    void refusesAClientWithoutCertificateWhenOneIsRequired() throws Exception {
        start(true);

        assertThatThrownBy(() -> exchange(context(false), "9900802.00")).isInstanceOf(IOException.class);
    }

    @Test
    void servesAClientPresentingATrustedCertificate() throws Exception {
        start(true);

        assertThat(exchange(context(true), "9900802.00")).startsWith("98Y");
    }

    @Test
    void requiringClientCertificatesWithoutTlsIsAConfigurationError() {
        Sip2Server.Builder builder = Sip2Server.builder()
                .policies(ClientPolicies.of(List.of(ClientPolicy.builder().address("any").institutionId("x").build())))
                .requireClientCertificate(true);

        assertThatThrownBy(builder::build)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("requireClientCertificate: true without TLS");
    }
}
