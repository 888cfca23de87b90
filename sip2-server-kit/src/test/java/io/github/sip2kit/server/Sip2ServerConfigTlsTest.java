package io.github.sip2kit.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * TLS from the configuration file: PEM and PKCS#12 key material, client certificates, and the errors of unusable
 * key material. Key stores are made afresh for each run with the JDK's {@code keytool}; the PEM files are
 * converted from them with {@code openssl pkcs12} when the machine has it (the way operators usually make them),
 * and otherwise written in Java from the key store's PKCS#8 key and DER certificate.
 */
class Sip2ServerConfigTlsTest {

    private static final String PASSWORD = "changeit";

    @TempDir
    static Path directory;

    private static boolean openssl;

    private Sip2Server server;

    @BeforeAll
    static void generateKeyMaterial() throws Exception {
        openssl = run(List.of("openssl", "version"), false);
        for (String type : List.of("EC", "RSA", "Ed25519")) {
            String name = "server-" + type.toLowerCase(Locale.ROOT);
            keytool(name, type, "CN=localhost");
            pem(name);
        }
        keytool("client", "EC", "CN=kiosk-1");
        pem("client");
    }

    private static void keytool(String name, String type, String distinguishedName) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", name, "-keyalg", type, "-dname", distinguishedName,
                "-ext", "SAN=ip:127.0.0.1", "-validity", "2", "-storetype", "PKCS12",
                "-keystore", directory.resolve(name + ".p12").toString(),
                "-storepass", PASSWORD, "-keypass", PASSWORD));
        if (type.equals("EC")) {
            command.addAll(List.of("-groupname", "secp256r1"));
        }
        assertThat(run(command, true)).as("keytool for %s", name).isTrue();
    }

    /** Writes {@code name-chain.pem} and {@code name-key.pem} (PKCS#8) from {@code name.p12}. */
    private static void pem(String name) throws Exception {
        String store = directory.resolve(name + ".p12").toString();
        Path chain = directory.resolve(name + "-chain.pem");
        Path key = directory.resolve(name + "-key.pem");
        if (openssl) {
            assertThat(run(List.of("openssl", "pkcs12", "-in", store, "-passin", "pass:" + PASSWORD, "-nokeys",
                    "-out", chain.toString()), true)).isTrue();
            assertThat(run(List.of("openssl", "pkcs12", "-in", store, "-passin", "pass:" + PASSWORD, "-nocerts",
                    "-nodes", "-out", key.toString()), true)).isTrue();
            return;
        }
        KeyStore keyStore = load(name + ".p12");
        Key privateKey = keyStore.getKey(name, PASSWORD.toCharArray());
        StringBuilder certificates = new StringBuilder();
        for (Certificate certificate : keyStore.getCertificateChain(name)) {
            certificates.append(block("CERTIFICATE", certificate.getEncoded()));
        }
        Files.writeString(chain, certificates, StandardCharsets.US_ASCII);
        Files.writeString(key, block("PRIVATE KEY", privateKey.getEncoded()), StandardCharsets.US_ASCII);
    }

    private static String block(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    private static boolean run(List<String> command, boolean mustWork) throws Exception {
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            if (mustWork) {
                throw e;
            }
            return false;
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("%s finished", command.get(0)).isTrue();
        if (mustWork) {
            assertThat(process.exitValue()).as("%s output: %s", command, output).isZero();
        }
        return process.exitValue() == 0;
    }

    private static KeyStore load(String file) throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(directory.resolve(file))) {
            store.load(in, PASSWORD.toCharArray());
        }
        return store;
    }

    /** A client context trusting the server's certificate and, if given, presenting the client's. */
    private static SSLContext client(String serverStore, boolean withCertificate) throws Exception {
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(load(serverStore));
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(load("client.p12"), PASSWORD.toCharArray());
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(withCertificate ? keys.getKeyManagers() : null, trust.getTrustManagers(), null);
        return context;
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.shutdown(Duration.ofSeconds(5));
        }
    }

    private static String config(String tls) {
        return "{\"listen\": {\"host\": \"127.0.0.1\", \"port\": 0}, \"tls\": {" + tls + "},"
                + " \"policies\": [{\"address\": \"127.0.0.1\", \"institution\": \"tls-lib\"}]}";
    }

    private String exchange(SSLContext client, String frame) throws IOException {
        InetSocketAddress address = server.localAddress();
        SSLSocket socket = (SSLSocket) client.getSocketFactory().createSocket(address.getAddress(), address.getPort());
        SSLParameters parameters = socket.getSSLParameters();
        parameters.setEndpointIdentificationAlgorithm("HTTPS");
        socket.setSSLParameters(parameters);
        try (Sip2ServerConfigTest.RawClient raw = new Sip2ServerConfigTest.RawClient(socket)) {
            return raw.exchange(frame);
        }
    }

    private void start(String json) throws IOException {
        server = Sip2ServerConfig.parse(json, directory).applyTo(Sip2Server.builder()).ioThreads(1).build().start();
    }

    @ParameterizedTest(name = "{0} key")
    @ValueSource(strings = {"ec", "rsa", "ed25519"})
    void servesTlsWithAPemCertificateChainAndPkcs8Key(String type) throws Exception {
        start(config("\"certificateChain\": \"server-" + type + "-chain.pem\", \"privateKey\": \"server-" + type
                + "-key.pem\""));

        assertThat(exchange(client("server-" + type + ".p12", false), "9900802.00")).startsWith("98Y")
                .contains("AOtls-lib|");
    }

    @Test
    void servesTlsWithAPkcs12KeyStore() throws Exception {
        start(config("\"keyStore\": \"server-ec.p12\", \"keyStorePassword\": \"" + PASSWORD + "\""));

        assertThat(exchange(client("server-ec.p12", false), "9900802.00")).startsWith("98Y");
    }

    @Test
    void resolvesRelativeFileNamesAgainstTheConfigurationFilesDirectory() throws Exception {
        Path file = directory.resolve("server.json");
        Files.writeString(file, config("\"keyStore\": \"server-ec.p12\", \"keyStorePassword\": \"" + PASSWORD
                + "\""));

        assertThat(Sip2ServerConfig.load(file).tls()).isPresent();
    }

    @Test
    void requiresAClientCertificateSignedByPemTrustedCertificates() throws Exception {
        start(config("\"certificateChain\": \"server-ec-chain.pem\", \"privateKey\": \"server-ec-key.pem\","
                + " \"requireClientCertificate\": true, \"trustedCertificates\": \"client-chain.pem\""));

        assertThat(exchange(client("server-ec.p12", true), "9900802.00")).startsWith("98Y");
        assertThatThrownBy(() -> exchange(client("server-ec.p12", false), "9900802.00"))
                .isInstanceOf(IOException.class);
    }

    @Test
    void requiresAClientCertificateFromAPkcs12TrustStore() throws Exception {
        start(config("\"keyStore\": \"server-ec.p12\", \"keyStorePassword\": \"" + PASSWORD + "\","
                + " \"requireClientCertificate\": true, \"trustStore\": \"client.p12\", \"trustStorePassword\": \""
                + PASSWORD + "\""));

        assertThat(exchange(client("server-ec.p12", true), "9900802.00")).startsWith("98Y");
        assertThatThrownBy(() -> exchange(client("server-ec.p12", false), "9900802.00"))
                .isInstanceOf(IOException.class);
    }

    private static String messageOf(String tls) {
        return catchThrowableOfType(
                Sip2ConfigException.class, () -> Sip2ServerConfig.parse(config(tls), directory)).getMessage();
    }

    @Test
    void namesTheWrongKeyStorePasswordWithoutShowingIt() {
        assertThat(messageOf("\"keyStore\": \"server-ec.p12\", \"keyStorePassword\": \"Wrong-Pa55\""))
                .isEqualTo("tls.keyStorePassword: does not open tls.keyStore (expected: the PKCS#12 file's"
                        + " password)");
    }

    @Test
    void rejectsAPrivateKeyThatDoesNotBelongToTheCertificate() {
        assertThat(messageOf("\"certificateChain\": \"server-ec-chain.pem\", \"privateKey\": \"client-key.pem\""))
                .isEqualTo("tls.privateKey: does not belong to the first certificate of tls.certificateChain"
                        + " (expected: the private key of CN=localhost)");
    }

    @Test
    void rejectsAPrivateKeyOfAnotherTypeThanTheCertificate() {
        assertThat(messageOf("\"certificateChain\": \"server-ec-chain.pem\", \"privateKey\": \"server-rsa-key.pem\""))
                .isEqualTo("tls.privateKey: \"" + directory.resolve("server-rsa-key.pem") + "\" is not a private key"
                        + " of type EC like the certificate's public key (expected: the certificate's PKCS#8 private"
                        + " key)");
    }

    @Test
    void explainsHowToConvertALegacyRsaKey() throws IOException {
        Files.writeString(directory.resolve("legacy-key.pem"), "-----BEGIN RSA PRIVATE KEY-----\nMIIB\n"
                + "-----END RSA PRIVATE KEY-----\n");

        assertThat(messageOf("\"certificateChain\": \"server-rsa-chain.pem\", \"privateKey\": \"legacy-key.pem\""))
                .isEqualTo("tls.privateKey: \"" + directory.resolve("legacy-key.pem") + "\" holds a RSA PRIVATE KEY"
                        + " (PKCS#1 or SEC1) key (expected: an unencrypted PKCS#8 key, -----BEGIN PRIVATE"
                        + " KEY-----; convert with \"openssl pkcs8 -topk8 -nocrypt -in key.pem -out"
                        + " key-pkcs8.pem\", or use a PKCS#12 keyStore with a password)");
    }

    @Test
    void rejectsAnEncryptedPemKey() throws IOException {
        Files.writeString(directory.resolve("encrypted-key.pem"), "-----BEGIN ENCRYPTED PRIVATE KEY-----\nMIIB\n"
                + "-----END ENCRYPTED PRIVATE KEY-----\n");

        assertThat(messageOf("\"certificateChain\": \"server-ec-chain.pem\", \"privateKey\": \"encrypted-key.pem\""))
                .contains("holds an encrypted key (expected: an unencrypted PKCS#8 key");
    }

    @Test
    void rejectsAChainFileWithoutCertificate() {
        assertThat(messageOf("\"certificateChain\": \"server-ec-key.pem\", \"privateKey\": \"server-ec-key.pem\""))
                .isEqualTo("tls.certificateChain: \"" + directory.resolve("server-ec-key.pem") + "\" holds no"
                        + " certificate (expected: PEM X.509 certificates, -----BEGIN CERTIFICATE-----, the"
                        + " server's own first)");
    }

    @Test
    void rejectsAFileThatIsNotPkcs12() {
        assertThat(messageOf("\"keyStore\": \"server-ec-chain.pem\", \"keyStorePassword\": \"" + PASSWORD + "\""))
                .startsWith("tls.keyStore: \"" + directory.resolve("server-ec-chain.pem") + "\" is not a PKCS#12"
                        + " file");
    }

    @Test
    void requiresTrustedCertificatesForClientCertificates() {
        assertThat(messageOf("\"keyStore\": \"server-ec.p12\", \"keyStorePassword\": \"" + PASSWORD + "\","
                + " \"requireClientCertificate\": true"))
                .isEqualTo("tls.requireClientCertificate: true without trusted certificates (expected:"
                        + " trustedCertificates (PEM) or trustStore (PKCS#12) naming the authorities that sign"
                        + " client certificates)");
    }

    @Test
    void rejectsATrustStoreThatWouldBeIgnored() {
        assertThat(messageOf("\"keyStore\": \"server-ec.p12\", \"keyStorePassword\": \"" + PASSWORD + "\","
                + " \"trustedCertificates\": \"client-chain.pem\""))
                .isEqualTo("tls.trustedCertificates: set while requireClientCertificate is false (expected:"
                        + " \"requireClientCertificate\": true, since only client certificates use the trust"
                        + " store)");
    }
}
