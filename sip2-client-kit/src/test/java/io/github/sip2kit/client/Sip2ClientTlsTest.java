package io.github.sip2kit.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** TLS against a fake ACS with a self-signed certificate for "localhost", made with the JDK's keytool. */
@Timeout(60)
class Sip2ClientTlsTest {

    private static final char[] PASSWORD = "changeit".toCharArray();

    @TempDir
    static Path dir;

    private static Path serverKeys;
    private static Path trustStore;

    private FakeAcs acs;

    @BeforeAll
    static void makeCertificate() throws Exception {
        serverKeys = dir.resolve("acs.p12");
        trustStore = dir.resolve("trust.p12");
        Path cert = dir.resolve("acs.pem");
        keytool("-genkeypair", "-alias", "acs", "-keyalg", "EC", "-groupname", "secp256r1",
                "-dname", "CN=localhost", "-ext", "SAN=dns:localhost", "-validity", "2",
                "-keystore", serverKeys.toString(), "-storetype", "PKCS12", "-storepass", "changeit");
        keytool("-exportcert", "-rfc", "-alias", "acs", "-file", cert.toString(),
                "-keystore", serverKeys.toString(), "-storetype", "PKCS12", "-storepass", "changeit");
        keytool("-importcert", "-noprompt", "-alias", "acs", "-file", cert.toString(),
                "-keystore", trustStore.toString(), "-storetype", "PKCS12", "-storepass", "changeit");
    }

    private static void keytool(String... args) throws Exception {
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        List<String> command = new java.util.ArrayList<>();
        command.add(keytool.toString());
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as("keytool %s: %s", args[0], output).isZero();
    }

    @BeforeEach
    void startAcs() throws Exception {
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = new FileInputStream(serverKeys.toFile())) {
            keys.load(in, PASSWORD);
        }
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(keys, PASSWORD);
        SSLContext server = SSLContext.getInstance("TLS");
        server.init(kmf.getKeyManagers(), null, null);
        acs = new FakeAcs(server.getServerSocketFactory());
    }

    @AfterEach
    void stopAcs() throws IOException {
        acs.close();
    }

    /** The fake ACS's address, under the given host name. */
    private InetSocketAddress addressNamed(String hostName) throws IOException {
        return new InetSocketAddress(
                InetAddress.getByAddress(hostName, InetAddress.getLoopbackAddress().getAddress()), acs.port());
    }

    @Test
    void talksToAnAcsWhoseCertificateIsInTheTrustStore() throws Exception {
        try (Sip2Client client = Sip2Client.builder()
                .address(addressNamed("localhost"))
                .tls(trustStore, PASSWORD)
                .credentials("selfcheck1", "Login-Pa55word")
                .build()) {
            assertThat(client.checkout(Requests.checkout()).ok()).isTrue();
            assertThat(client.toString()).contains("TLS");
        }
        assertThat(acs.codes()).containsExactly("93", "11");
    }

    @Test
    void acceptsAnSslContextWithTheCallersTrustManagers() throws Exception {
        KeyStore trusted = KeyStore.getInstance(trustStore.toFile(), PASSWORD);
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trusted);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, tmf.getTrustManagers(), null);
        try (Sip2Client client = Sip2Client.builder().address(addressNamed("localhost")).tls(context).build()) {
            assertThat(client.scStatus().onlineStatus()).isTrue();
        }
    }

    @Test
    void refusesACertificateThatDoesNotNameTheHostConnectedTo() throws Exception {
        try (Sip2Client client = Sip2Client.builder()
                .address(addressNamed("acs.wrong.example"))
                .tls(trustStore, PASSWORD)
                .build()) {
            assertThatThrownBy(client::scStatus)
                    .isInstanceOf(Sip2ClientException.class)
                    .hasMessageStartingWith("SC status (99) to acs.wrong.example:" + acs.port() + ": cannot connect: ")
                    .hasCauseInstanceOf(SSLException.class);
        }
        assertThat(acs.received()).isEmpty();
    }

    @Test
    void hostNameVerificationCanBeSwitchedOffExplicitly() throws Exception {
        try (Sip2Client client = Sip2Client.builder()
                .address(addressNamed("acs.wrong.example"))
                .tls(trustStore, PASSWORD)
                .hostnameVerification(false)
                .build()) {
            assertThat(client.scStatus().onlineStatus()).isTrue();
        }
    }

    @Test
    void refusesACertificateThatNoTrustManagerTrusts() throws Exception {
        try (Sip2Client client = Sip2Client.builder()
                .address(addressNamed("localhost"))
                .tls(SSLContext.getDefault())
                .build()) {
            assertThatThrownBy(client::scStatus)
                    .isInstanceOf(Sip2ClientException.class)
                    .hasCauseInstanceOf(SSLException.class);
        }
        assertThat(acs.received()).isEmpty();
    }

    @Test
    void clientCertificateFromTheSslContextsKeyManagersIsOfferedToAnAcsThatAsksForOne() throws Exception {
        acs.close();
        KeyStore serverKeyStore = KeyStore.getInstance(serverKeys.toFile(), PASSWORD);
        KeyManagerFactory serverKmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        serverKmf.init(serverKeyStore, PASSWORD);
        TrustManagerFactory serverTmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        serverTmf.init(KeyStore.getInstance(trustStore.toFile(), PASSWORD));
        SSLContext server = SSLContext.getInstance("TLS");
        server.init(serverKmf.getKeyManagers(), serverTmf.getTrustManagers(), null);
        acs = new FakeAcs(server.getServerSocketFactory(), s -> ((SSLServerSocket) s).setNeedClientAuth(true));

        // docs/client-kit.md, "TLS" (the test's key pair serves as the client's too)
        Path clientKeyStore = serverKeys;
        char[] keyStorePassword = PASSWORD;
        char[] trustStorePassword = PASSWORD;
        KeyStore keys = KeyStore.getInstance(clientKeyStore.toFile(), keyStorePassword);   // PKCS12 or JKS
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(keys, keyStorePassword);
        KeyStore trusted = KeyStore.getInstance(trustStore.toFile(), trustStorePassword);
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trusted);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(kmf.getKeyManagers(), tmf.getTrustManagers(), null);

        Sip2Client client = Sip2Client.builder()
                .address(addressNamed("localhost"))
                .tls(context)
                .build();
        try (client) {
            assertThat(client.scStatus().onlineStatus()).isTrue();
        }
        try (Sip2Client anonymous = Sip2Client.builder()
                .address(addressNamed("localhost"))
                .tls(trustStore, PASSWORD)
                .build()) {
            assertThatThrownBy(anonymous::scStatus).isInstanceOf(Sip2ClientException.class);
        }
        assertThat(acs.codes()).containsExactly("99");
    }

    @Test
    void unreadableTrustStoreIsAConfigurationError() {
        assertThatThrownBy(() -> Sip2Client.builder().tls(dir.resolve("missing.p12"), PASSWORD))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("trustStore: " + dir.resolve("missing.p12") + " cannot be loaded: ")
                .hasMessageEndingWith("(expected: a readable PKCS12 or JKS key store and its password)")
                .hasMessageNotContaining("changeit");
    }
}
