package io.github.sip2kit.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sip2kit.codec.ErrorDetection;
import io.github.sip2kit.codec.Sip2Codec;
import io.github.sip2kit.codec.Terminator;
import io.github.sip2kit.codec.VendorProfile;
import io.github.sip2kit.core.CheckinRequest;
import io.github.sip2kit.core.CheckinResponse;
import io.github.sip2kit.core.CheckoutRequest;
import io.github.sip2kit.core.CheckoutResponse;
import io.github.sip2kit.core.MessageType;
import io.github.sip2kit.core.field.Secret;
import io.github.sip2kit.core.field.Sip2Timestamp;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The code blocks of docs/server-kit.md, statement for statement (only bind addresses, policy addresses and file
 * names differ, so that they run on loopback and in a temporary directory), and the JSON blocks of its
 * configuration reference, parsed as they stand.
 */
@Timeout(60)
class ServerKitGuideTest {

    private static final Path GUIDE = Path.of("..", "docs", "server-kit.md");
    private static final String DATE = "20240115    103000";

    @TempDir
    Path directory;

    /** One key store for the class: keytool takes seconds on a busy machine. */
    @TempDir
    static Path keys;

    @BeforeAll
    static void generateKeyStore() throws Exception {
        keytool(keys.resolve("server.p12"));
    }

    private final List<Sip2Server> servers = new ArrayList<>();

    @AfterEach
    void stopAll() {
        servers.forEach(server -> server.shutdown(Duration.ofSeconds(5)));
    }

    // ------------------------------------------------------------ "Writing a backend"

    /** The guide's backend, as printed. */
    public static final class AcmeIls {
        private final Map<String, String> titles = new ConcurrentHashMap<>(); // item id -> title
        private final Map<String, String> loans = new ConcurrentHashMap<>();  // item id -> patron id

        public AcmeIls() {
            titles.put("31234000012345", "The Hobbit");
        }

        public CheckoutResponse checkout(CheckoutRequest request, Sip2Session session) {
            String title = titles.get(request.itemIdentifier());
            if (title == null) {
                return Responses.checkout(request, session).addScreenMessage("Item not found").build();
            }
            if (loans.putIfAbsent(request.itemIdentifier(), request.patronIdentifier()) != null) {
                return Responses.checkout(request, session).titleIdentifier(title)
                        .addScreenMessage("Item is already checked out").build();
            }
            LocalDateTime due = LocalDateTime.now(session.clock()).plusDays(21);
            return Responses.checkout(request, session)
                    .ok(true)
                    .titleIdentifier(title)
                    .dueDate(Sip2Timestamp.of(due).wire())
                    .build();
        }

        public CheckinResponse checkin(CheckinRequest request, Sip2Session session) {
            boolean wasOnLoan = loans.remove(request.itemIdentifier()) != null;
            return Responses.checkin(request, session).ok(wasOnLoan).resensitize(wasOnLoan).build();
        }
    }

    @Test
    void writingABackend() throws IOException {
        AcmeIls ils = new AcmeIls();
        Sip2Server server = Sip2Server.builder()
                .policies(ClientPolicies.of(ClientPolicy.builder()
                        .address("127.0.0.1")                      // guide: 10.20.0.0/16
                        .login("kiosk1", Secret.of("kiosk1-pass"))
                        .institutionId("MAIN")
                        .locationCode("north")
                        .build()))
                .onCheckout(ils::checkout)
                .onCheckin(ils::checkin)
                .bind(new InetSocketAddress("127.0.0.1", 0))   // guide: 0.0.0.0:6001
                .build()
                .start();
        servers.add(server);

        try (Sip2ServerConfigTest.RawClient kiosk = new Sip2ServerConfigTest.RawClient(server.localAddress())) {
            assertThat(kiosk.exchange("9300CNkiosk1|COkiosk1-pass|CPnorth|")).isEqualTo("941");
            String checkout = kiosk.exchange("11YN" + DATE + " ".repeat(18) + "AOMAIN|AAp1|AB31234000012345|AC|");
            String again = kiosk.exchange("11YN" + DATE + " ".repeat(18) + "AOMAIN|AAp2|AB31234000012345|AC|");
            String checkin = kiosk.exchange("09N" + DATE + DATE + "APnorth|AOMAIN|AB31234000012345|AC|");

            assertThat(checkout).startsWith("121").contains("AJThe Hobbit|");
            assertThat(again).startsWith("120").contains("AFItem is already checked out");
            assertThat(checkin).startsWith("101Y");
        }
    }

    @Test
    void testingAHandlerWithoutAServer() {
        AcmeIls ils = new AcmeIls();
        Sip2Session session = Sip2Session.builder()
                .policy(ClientPolicy.builder().address("any").institutionId("MAIN").build())
                .clock(Clock.fixed(Instant.parse("2024-01-15T10:30:00Z"), ZoneOffset.UTC))
                .build();

        CheckoutResponse response = ils.checkout(CheckoutRequest.builder()
                .transactionDate(Sip2Timestamp.now(session.clock()))
                .institutionId("MAIN")
                .patronIdentifier("21234567890")
                .itemIdentifier("31234000012345")
                .build(), session);

        assertThat(response.ok()).isTrue();
        assertThat(response.dueDate()).isEqualTo("20240205    103000");
    }

    // ------------------------------------------------------------ "Access policies"

    @Test
    void accessPolicies() throws IOException {
        ClientPolicies policies = ClientPolicies.of(
                // a kiosk at a fixed address: no login, one institution and branch
                ClientPolicy.builder().address("10.20.1.15").institutionId("MAIN").locationCode("north")
                        .description("self-check by the entrance").build(),
                // one subnet, two accounts: the login picks the branch, a later login switches
                ClientPolicy.builder().address("10.20.2.0/24").login("east-1", Secret.of("east-pass"))
                        .institutionId("MAIN").locationCode("east").build(),
                ClientPolicy.builder().address("10.20.2.0/24").login("west-1", Secret.of("west-pass"))
                        .institutionId("MAIN").locationCode("west").build(),
                // the classic login table: accounts usable from any other address
                ClientPolicy.builder().address("any").login("sorter", Secret.of("sorter-pass"))
                        .institutionId("MAIN").profileName("koha").build(),
                // switched off without deleting it
                ClientPolicy.builder().address("any").login("old-kiosk", Secret.of("old-pass"))
                        .institutionId("MAIN").activated(false).build());

        assertThat(policies.policiesFor(InetAddress.getByName("10.20.1.15")))
                .extracting(ClientPolicy::locationCode).containsExactly(Optional.of("north"));
        assertThat(policies.policiesFor(InetAddress.getByName("10.20.2.7")))
                .extracting(policy -> policy.loginUserId().orElseThrow()).containsExactly("east-1", "west-1");
        assertThat(policies.policiesFor(InetAddress.getByName("192.0.2.1")))
                .extracting(policy -> policy.loginUserId().orElseThrow()).containsExactly("sorter", "old-kiosk");
        assertThat(policies.policiesFor(InetAddress.getByName("10.20.1.16")))
                .extracting(policy -> policy.loginUserId().orElseThrow()).containsExactly("sorter", "old-kiosk");
    }

    // ------------------------------------------------------------ "Vendor profiles"

    @Test
    void vendorProfiles() throws IOException {
        VendorProfile utf8Crlf = VendorProfile.defaults().toBuilder("utf8-crlf")
                .codec(Sip2Codec.builder().charset(StandardCharsets.UTF_8).terminator(Terminator.CRLF).build())
                .errorDetection(ErrorDetection.ON)
                .build();
        Sip2Server server = Sip2Server.builder()
                .profile(utf8Crlf)
                .policies(ClientPolicies.of(ClientPolicy.builder()
                        .address("127.0.0.1").institutionId("MAIN").profileName("utf8-crlf").build()))
                .bind(new InetSocketAddress("127.0.0.1", 0))
                .build()
                .start();
        servers.add(server);

        try (Sip2ServerConfigTest.RawClient kiosk = new Sip2ServerConfigTest.RawClient(server.localAddress())) {
            assertThat(kiosk.exchange("9900802.00")).startsWith("98").contains("|AY0AZ");
            assertThat(kiosk.lastTerminator).isEqualTo("\r\n");
        }
    }

    // ------------------------------------------------------------ "TLS", "PROXY protocol", "Limits"

    @Test
    void tlsProxyProtocolAndLimitsInCode() throws Exception {
        Path keyStoreFile = keys.resolve("server.p12");
        char[] password = "changeit".toCharArray();

        KeyStore keyStore = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keyStoreFile)) {
            keyStore.load(in, password);
        }
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(keyStore, password);
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(keys.getKeyManagers(), null, null);

        Sip2Server server = Sip2Server.builder()
                .policies(ClientPolicies.of(ClientPolicy.builder().address("any").login("k", Secret.of("p"))
                        .institutionId("MAIN").build()))
                .tls(tls)
                .trustedProxies("10.0.0.10", "10.0.0.11")
                .maxConnections(2000)
                .maxFrameLength(8192)
                .loginTimeout(Duration.ofSeconds(30))
                .idleTimeout(Duration.ofMinutes(15))
                .backendTimeout(Duration.ofSeconds(20))
                .maxFailedLogins(3)
                .workerThreads(64)
                .bind(new InetSocketAddress("127.0.0.1", 0))
                .build()
                .start();
        servers.add(server);

        assertThat(server.localAddress().getPort()).isPositive();
    }

    private static void keytool(Path store) throws Exception {
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "server", "-keyalg", "EC", "-groupname", "secp256r1", "-dname",
                "CN=localhost", "-validity", "2", "-storetype", "PKCS12", "-keystore", store.toString(),
                "-storepass", "changeit", "-keypass", "changeit")
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
    }

    // ------------------------------------------------------------ "Configuration file"

    @Test
    void configurationFile() throws IOException {
        Path file = directory.resolve("server.json"); // guide: /etc/sip2/server.json
        Files.writeString(file, jsonBlocks().get(0).replace("\"0.0.0.0\"", "\"127.0.0.1\"")
                .replace("6001", "0"));
        AcmeIls ils = new AcmeIls();

        Sip2Server server = Sip2ServerConfig.load(file)
                .applyTo(Sip2Server.builder())
                .onCheckout(ils::checkout)
                .onCheckin(ils::checkin)
                .build()
                .start();
        servers.add(server);

        assertThat(server.policies().policies()).hasSize(4);
        try (Sip2ServerConfigTest.RawClient kiosk = new Sip2ServerConfigTest.RawClient(server.localAddress())) {
            assertThat(kiosk.exchange("9300CNsorter|COsorter-pass|CP|")).isEqualTo("941");
        }
    }

    @Test
    void everyJsonBlockOfTheGuideIsAValidConfiguration() throws Exception {
        Path keyStoreFile = keys.resolve("server.p12");
        Files.copy(keyStoreFile, directory.resolve("server.p12"));
        KeyStore keyStore = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keyStoreFile)) {
            keyStore.load(in, "changeit".toCharArray());
        }
        String certificate = pem("CERTIFICATE", keyStore.getCertificate("server").getEncoded());
        Files.writeString(directory.resolve("server-chain.pem"), certificate);
        Files.writeString(directory.resolve("clients-ca.pem"), certificate);
        Files.writeString(directory.resolve("server-key.pem"),
                pem("PRIVATE KEY", keyStore.getKey("server", "changeit".toCharArray()).getEncoded()));
        List<String> blocks = jsonBlocks();

        assertThat(blocks).hasSizeGreaterThanOrEqualTo(2);
        for (String block : blocks) {
            String document = block.contains("\"policies\"") ? block
                    : "{\"tls\": " + block + ", \"policies\": [{\"address\": \"any\", \"loginId\": \"a\","
                            + " \"password\": \"b\", \"institution\": \"c\"}]}";
            assertThat(Sip2ServerConfig.parse(document, directory)).as(block).isNotNull();
        }
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder().encodeToString(der) + "\n-----END " + type
                + "-----\n";
    }

    /** {@return the {@code json} code blocks of the guide, in order} */
    static List<String> jsonBlocks() throws IOException {
        String guide = Files.readString(GUIDE, StandardCharsets.UTF_8);
        Matcher matcher = Pattern.compile("```json\\n(.*?)```", Pattern.DOTALL).matcher(guide);
        List<String> blocks = new ArrayList<>();
        while (matcher.find()) {
            blocks.add(matcher.group(1));
        }
        return blocks;
    }

    // ------------------------------------------------------------ "Metrics", "Graceful shutdown"

    @Test
    void metricsAndGracefulShutdown() throws IOException {
        LongAdder checkouts = new LongAdder();
        LongAdder failures = new LongAdder();
        ServerListener metrics = new ServerListener() {
            @Override
            public void requestHandled(Sip2Session session, MessageType type, Duration duration) {
                if (type == MessageType.CHECKOUT) {
                    checkouts.increment();
                }
            }

            @Override
            public void handlerFailed(Sip2Session session, MessageType type, Throwable error) {
                failures.increment();
            }

            @Override
            public void connectionRefused(InetSocketAddress remoteAddress, RefusalReason reason) {
                failures.increment();
            }
        };
        AcmeIls ils = new AcmeIls();
        Sip2Server server = Sip2Server.builder()
                .policies(ClientPolicies.of(ClientPolicy.builder().address("127.0.0.1").institutionId("MAIN")
                        .build()))
                .onCheckout(ils::checkout)
                .listener(metrics)
                .bind(new InetSocketAddress("127.0.0.1", 0))
                .build()
                .start();
        Thread hook = new Thread(() -> server.shutdown(Duration.ofSeconds(30)));
        Runtime.getRuntime().addShutdownHook(hook);

        try (Sip2ServerConfigTest.RawClient kiosk = new Sip2ServerConfigTest.RawClient(server.localAddress())) {
            kiosk.exchange("11YN" + DATE + " ".repeat(18) + "AOMAIN|AAp1|AB31234000012345|AC|");
        }
        Runtime.getRuntime().removeShutdownHook(hook);
        boolean drained = server.shutdown(Duration.ofSeconds(30));

        assertThat(checkouts.sum()).isEqualTo(1);
        assertThat(failures.sum()).isZero();
        assertThat(drained).isTrue();
    }
}
