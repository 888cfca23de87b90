package io.github.sip2kit.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.sip2kit.codec.ChecksumMode;
import io.github.sip2kit.codec.ErrorDetection;
import io.github.sip2kit.codec.Sip2Codec;
import io.github.sip2kit.codec.Terminator;
import io.github.sip2kit.codec.VendorProfile;
import io.github.sip2kit.core.CheckoutRequest;
import io.github.sip2kit.core.CheckoutResponse;
import io.github.sip2kit.core.field.Secret;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The configuration file: a full file applied to a running server, and the message of every kind of error. */
class Sip2ServerConfigTest {

    static final String FULL = """
            {
              // The test ACS. Comments are allowed.
              "description": "test ACS",
              "listen": { "host": "127.0.0.1", "port": 0 },
              "proxyProtocol": { "trustedProxies": ["10.0.0.10", "10.0.1.0/24"] },
              "limits": {
                "maxConnections": 50,
                "maxFrameLength": 4096,
                "maxFailedLogins": 2,
                "loginTimeout": "20s",
                "idleTimeout": "5m",
                "backendTimeout": "PT10S"
              },
              "threads": { "workers": 4, "io": 1 },
              "profiles": {
                "crlf-kiosks": {
                  "basedOn": "default",
                  "description": "kiosks that want CRLF",
                  "charset": "UTF-8",
                  "terminator": "CRLF",
                  "terminatorPolicy": "ANY",
                  "fieldDelimiter": "|",
                  "errorDetection": "AUTO",
                  "checksumPolicy": "VERIFY_IF_PRESENT",
                  "checksumMode": "WIRE_BYTES",
                  "acceptedChecksumModes": ["CODE_POINTS"],
                  "strictness": "LENIENT",
                  "scStatusBeforeLogin": true
                }
              },
              "policies": [
                { "address": "127.0.0.0/8", "loginId": "kiosk1", "password": "kiosk1-pass", "institution": "MAIN",
                  "location": "north", "profile": "crlf-kiosks", "description": "self-check by the door",
                  "activated": true },
                { "address": "127.0.0.0/8", "loginId": "retired", "password": "retired-pass", "institution": "MAIN",
                  "activated": false },
                { "address": "any", "loginId": "remote", "password": "remote-pass", "institution": "EAST",
                  "profile": "koha" }
              ]
            }
            """;

    private static final String DATE = "20240115    103000";

    private Sip2Server server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.shutdown(Duration.ofSeconds(5));
        }
    }

    @Test
    void readsEveryKeyOfAFullFile() {
        Sip2ServerConfig config = Sip2ServerConfig.parse(FULL);

        assertThat(config.bindAddress()).contains(new InetSocketAddress("127.0.0.1", 0));
        assertThat(config.tls()).isEmpty();
        assertThat(config.trustedProxies()).containsExactly("10.0.0.10", "10.0.1.0/24");
        assertThat(config.maxConnections()).hasValue(50);
        assertThat(config.maxFrameLength()).hasValue(4096);
        assertThat(config.maxFailedLogins()).hasValue(2);
        assertThat(config.loginTimeout()).contains(Duration.ofSeconds(20));
        assertThat(config.idleTimeout()).contains(Duration.ofMinutes(5));
        assertThat(config.backendTimeout()).contains(Duration.ofSeconds(10));
        assertThat(config.workerThreads()).hasValue(4);
        assertThat(config.ioThreads()).hasValue(1);
        VendorProfile profile = config.profiles().get(0);
        assertThat(profile.name()).isEqualTo("crlf-kiosks");
        assertThat(profile.description()).isEqualTo("kiosks that want CRLF");
        assertThat(profile.codec().charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(profile.codec().terminator()).isEqualTo(Terminator.CRLF);
        assertThat(profile.codec().acceptedChecksumModes()).containsExactly(ChecksumMode.CODE_POINTS);
        assertThat(profile.errorDetection()).isEqualTo(ErrorDetection.AUTO);
        assertThat(config.policies().policies()).hasSize(3);
        ClientPolicy first = config.policies().policies().get(0);
        assertThat(first.loginUserId()).contains("kiosk1");
        assertThat(first.acceptsLogin("kiosk1", Secret.of("kiosk1-pass"))).isTrue();
        assertThat(first.locationCode()).contains("north");
        assertThat(first.profileName()).isEqualTo("crlf-kiosks");
        assertThat(first.description()).isEqualTo("self-check by the door");
        assertThat(config.policies().policies().get(1).activated()).isFalse();
        assertThat(config.toString()).doesNotContain("pass");
    }

    @Test
    void startsAServerFromAFullFileThatServesALogin() throws IOException {
        Map<String, String> seen = new ConcurrentHashMap<>();
        server = Sip2ServerConfig.parse(FULL)
                .applyTo(Sip2Server.builder())
                .onCheckout((CheckoutRequest request, Sip2Session session) -> {
                    seen.put("profile", session.profile().name());
                    seen.put("location", session.locationCode().orElse(""));
                    return Responses.checkout(request, session).ok(true).titleIdentifier("Config").build();
                })
                .build()
                .start();

        assertThat(server.localAddress().getAddress().getHostAddress()).isEqualTo("127.0.0.1");
        assertThat(server.localAddress().getPort()).isPositive();
        assertThat(server.policies()).isEqualTo(Sip2ServerConfig.parse(FULL).policies());
        try (RawClient client = new RawClient(server.localAddress())) {
            assertThat(client.exchange("9300CNretired|COretired-pass|CP|")).startsWith("940");
            assertThat(client.exchange("9300CNkiosk1|COkiosk1-pass|CPnorth|")).startsWith("941");
            String checkout = client.exchange("11YN" + DATE + " ".repeat(18) + "AOMAIN|AAp1|ABi1|AC|");

            assertThat(checkout).startsWith("121");
            assertThat(client.lastTerminator).as("the crlf-kiosks profile's terminator").isEqualTo("\r\n");
            assertThat(Sip2Codec.defaults().decode(checkout, CheckoutResponse.class)
                    .titleIdentifier()).isEqualTo("Config");
        }
        assertThat(seen).containsEntry("profile", "crlf-kiosks").containsEntry("location", "north");
    }

    @Test
    void leavesSettingsTheFileOmitsAsTheBuilderHasThem() throws IOException {
        Sip2ServerConfig config = Sip2ServerConfig.parse("""
                { "policies": [ { "address": "127.0.0.1", "institution": "MAIN" } ] }
                """);

        assertThat(config.bindAddress()).isEmpty();
        assertThat(config.maxConnections()).isEmpty();
        assertThat(config.profiles()).isEmpty();
        server = config.applyTo(Sip2Server.builder().bind(new InetSocketAddress("127.0.0.1", 0))).build().start();
        try (RawClient client = new RawClient(server.localAddress())) {
            assertThat(client.exchange("9900802.00")).startsWith("98").contains("AOMAIN|");
        }
    }

    @Test
    void readsAFileWithLoad(@TempDir Path directory) throws IOException {
        Path file = directory.resolve("server.json");
        Files.writeString(file, FULL, StandardCharsets.UTF_8);

        assertThat(Sip2ServerConfig.load(file).policies()).isEqualTo(Sip2ServerConfig.parse(FULL).policies());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("durations")
    void readsDurationsWithAUnitOrInIso8601(String text, Duration expected) {
        Sip2ServerConfig config = Sip2ServerConfig.parse("{\"limits\": {\"backendTimeout\": \"" + text + "\"},"
                + " \"policies\": [{\"address\": \"any\", \"loginId\": \"a\", \"password\": \"b\","
                + " \"institution\": \"c\"}]}");

        assertThat(config.backendTimeout()).contains(expected);
    }

    static Stream<Arguments> durations() {
        return Stream.of(
                Arguments.of("500ms", Duration.ofMillis(500)),
                Arguments.of("30s", Duration.ofSeconds(30)),
                Arguments.of("10m", Duration.ofMinutes(10)),
                Arguments.of("2h", Duration.ofHours(2)),
                Arguments.of("1d", Duration.ofDays(1)),
                Arguments.of("PT30S", Duration.ofSeconds(30)),
                Arguments.of("PT1M30S", Duration.ofSeconds(90)));
    }

    @Test
    void acceptsZeroIdleTimeoutToTurnTheCheckOff() {
        Sip2ServerConfig config = Sip2ServerConfig.parse("{\"limits\": {\"idleTimeout\": \"0s\"}, \"policies\":"
                + " [{\"address\": \"127.0.0.1\", \"institution\": \"c\"}]}");

        assertThat(config.idleTimeout()).contains(Duration.ZERO);
    }

    // ---------------------------------------------------------------- errors

    private static final String POLICY = "{\"address\": \"127.0.0.1\", \"institution\": \"MAIN\"}";

    /** A document with one valid policy and the given top-level members. */
    private static String with(String members) {
        return "{" + members + (members.isEmpty() ? "" : ", ") + "\"policies\": [" + POLICY + "]}";
    }

    /** A document whose policies are the given objects. */
    private static String policies(String... policies) {
        return "{\"policies\": [" + String.join(", ", policies) + "]}";
    }

    static Stream<Arguments> errors() {
        String builtIns = "default, bibliotheca, envisionware, koha, evergreen, folio, alma";
        return Stream.of(
                Arguments.of("address that is not an IP address", policies(POLICY,
                                "{\"address\": \"10.0.0.1\", \"institution\": \"A\"}",
                                "{\"address\": \"10.0.0.300\", \"institution\": \"A\"}"),
                        "policies[2].address: \"10.0.0.300\" is not an IP address or CIDR block (expected: \"any\","
                                + " an IPv4 or IPv6 address, or a CIDR block such as 10.0.0.0/8 or 2001:db8::/32)"),
                Arguments.of("CIDR prefix out of range", policies("{\"address\": \"10.0.0.0/33\", \"institution\": \"A\"}"),
                        "policies[0].address: \"10.0.0.0/33\" is not an IP address or CIDR block (expected: a prefix"
                                + " length from 0 to 32)"),
                Arguments.of("address missing", policies("{\"institution\": \"A\"}"),
                        "policies[0].address: missing (expected: \"any\", an IPv4 or IPv6 address, or a CIDR block"
                                + " such as 10.0.0.0/8 or 2001:db8::/32)"),
                Arguments.of("institution missing", policies("{\"address\": \"any\", \"loginId\": \"k\","
                                + " \"password\": \"p\"}"),
                        "policies[0].institution: missing (expected: a string: the institution id (AO) the"
                                + " connection serves)"),
                Arguments.of("institution with a delimiter", policies("{\"address\": \"any\", \"loginId\": \"k\","
                                + " \"password\": \"p\", \"institution\": \"A|B\"}"),
                        "policies[0].institution: contains '|' at index 1 (expected: no '|', CR, LF or NUL in a SIP2"
                                + " field value)"),
                Arguments.of("policies missing", "{}", "policies: missing (expected: an array of policy objects)"),
                Arguments.of("policies empty", "{\"policies\": []}", "policies: empty (expected: at least one"
                        + " policy; a server without policies refuses every connection)"),
                Arguments.of("unknown top-level key", "{\"policy\": []}", "policy: unknown key (expected one of:"
                        + " description, listen, tls, proxyProtocol, limits, threads, profiles, policies)"),
                Arguments.of("unknown policy key", policies("{\"address\": \"any\", \"login\": \"k\","
                                + " \"institution\": \"A\"}"),
                        "policies[0].login: unknown key (expected one of: address, loginId, password, institution,"
                                + " location, profile, description, activated)"),
                Arguments.of("unknown limit", with("\"limits\": {\"maxConection\": 5}"),
                        "limits.maxConection: unknown key (expected one of: maxConnections, maxFrameLength,"
                                + " maxFailedLogins, loginTimeout, idleTimeout, backendTimeout)"),
                Arguments.of("password without login id", policies("{\"address\": \"any\", \"password\": \"p\","
                                + " \"institution\": \"A\"}"),
                        "policies[0].password: set without loginId (expected: a password only together with a"
                                + " loginId)"),
                Arguments.of("login id without password", policies("{\"address\": \"any\", \"loginId\": \"k\","
                                + " \"institution\": \"A\"}"),
                        "policies[0].password: missing while loginId is set (expected: the login password (CO) the"
                                + " SC sends; \"\" for an account without password)"),
                Arguments.of("unknown profile", policies("{\"address\": \"any\", \"loginId\": \"k\","
                                + " \"password\": \"p\", \"institution\": \"A\", \"profile\": \"kiosk\"}"),
                        "policies[0].profile: \"kiosk\" is not a profile (expected: one of " + builtIns + ")"),
                Arguments.of("activated as a string", policies("{\"address\": \"127.0.0.1\", \"institution\":"
                                + " \"A\", \"activated\": \"yes\"}"),
                        "policies[0].activated: \"yes\" is not a boolean (expected: true or false, without quotes)"),
                Arguments.of("address without login shared", policies(POLICY,
                                "{\"address\": \"127.0.0.1\", \"loginId\": \"k\", \"password\": \"p\","
                                        + " \"institution\": \"B\"}"),
                        "policies: address 127.0.0.1 has a policy without login id (institution MAIN) and 1 other"
                                + " policy (expected: an address whose policy has no login id serves exactly one"
                                + " institution and location; give every policy of an address shared by several"
                                + " its own login id)"),
                Arguments.of("maxConnections as text", with("\"limits\": {\"maxConnections\": \"many\"}"),
                        "limits.maxConnections: \"many\" is not a whole number (expected: a whole number from 1)"),
                Arguments.of("maxConnections zero", with("\"limits\": {\"maxConnections\": 0}"),
                        "limits.maxConnections: 0 is too small (expected: a whole number from 1)"),
                Arguments.of("duration without unit", with("\"limits\": {\"idleTimeout\": 30}"),
                        "limits.idleTimeout: 30 is not a string with a unit (expected: \"0s\" (off) or a positive"
                                + " duration such as \"30s\", \"10m\" or \"500ms\" (units ms, s, m, h, d) or"
                                + " ISO-8601 \"PT30S\")"),
                Arguments.of("duration in words", with("\"limits\": {\"backendTimeout\": \"30 seconds\"}"),
                        "limits.backendTimeout: \"30 seconds\" is not a duration (expected: a positive duration"
                                + " such as \"30s\", \"10m\" or \"500ms\" (units ms, s, m, h, d) or ISO-8601"
                                + " \"PT30S\")"),
                Arguments.of("zero login timeout", with("\"limits\": {\"loginTimeout\": \"0s\"}"),
                        "limits.loginTimeout: \"0s\" is not positive (expected: a positive duration such as"
                                + " \"30s\", \"10m\" or \"500ms\" (units ms, s, m, h, d) or ISO-8601 \"PT30S\")"),
                Arguments.of("port out of range", with("\"listen\": {\"port\": 70000}"),
                        "listen.port: 70000 is not a port number (expected: a port number from 0 to 65535 (0: any"
                                + " free port))"),
                Arguments.of("trusted proxy any", with("\"proxyProtocol\": {\"trustedProxies\": [\"10.0.0.1\","
                                + " \"any\"]}"),
                        "proxyProtocol.trustedProxies[1]: \"any\" would let every client claim any address"
                                + " (expected: the proxies' own addresses or CIDR blocks)"),
                Arguments.of("trusted proxy no address", with("\"proxyProtocol\": {\"trustedProxies\":"
                                + " [\"proxy.example\"]}"),
                        "proxyProtocol.trustedProxies[0]: \"proxy.example\" is not an IP address or CIDR block"
                                + " (expected: \"any\", an IPv4 or IPv6 address, or a CIDR block such as 10.0.0.0/8"
                                + " or 2001:db8::/32)"),
                Arguments.of("unknown built-in", with("\"profiles\": {\"p\": {\"basedOn\": \"sirsi\"}}"),
                        "profiles.p.basedOn: \"sirsi\" is not a built-in profile (expected: one of " + builtIns
                                + ")"),
                Arguments.of("unknown charset", with("\"profiles\": {\"p\": {\"charset\": \"LATIN-99\"}}"),
                        "profiles.p.charset: \"LATIN-99\" is not a charset this Java runtime supports (expected: a"
                                + " charset name such as IBM850, UTF-8 or ISO-8859-1)"),
                Arguments.of("unknown terminator", with("\"profiles\": {\"p\": {\"terminator\": \"LF\"}}"),
                        "profiles.p.terminator: \"LF\" is not a known value (expected: one of CR, CRLF)"),
                Arguments.of("unknown checksum mode", with("\"profiles\": {\"p\": {\"acceptedChecksumModes\":"
                                + " [\"WIRE_BYTES\", \"UTF16\"]}}"),
                        "profiles.p.acceptedChecksumModes[1]: \"UTF16\" is not a known value (expected: one of"
                                + " WIRE_BYTES, CODE_POINTS, ASCII_FOLDED)"),
                Arguments.of("letter as delimiter", with("\"profiles\": {\"p\": {\"fieldDelimiter\": \"A\"}}"),
                        "profiles.p.fieldDelimiter: 'A' (expected: printable ASCII, not a letter, digit or space)"),
                Arguments.of("unknown profile key", with("\"profiles\": {\"p\": {\"errorDetect\": \"ON\"}}"),
                        "profiles.p.errorDetect: unknown key (expected one of: basedOn, description, charset,"
                                + " terminator, terminatorPolicy, fieldDelimiter, strictness, checksumPolicy,"
                                + " checksumMode, acceptedChecksumModes, errorDetection, scStatusBeforeLogin)"),
                Arguments.of("tls without key material", with("\"tls\": {\"requireClientCertificate\": false}"),
                        "tls: no key material (expected: either certificateChain and privateKey (PEM) or keyStore"
                                + " and keyStorePassword (PKCS#12))"),
                Arguments.of("tls with both kinds of key material", with("\"tls\": {\"certificateChain\": \"a.pem\","
                                + " \"privateKey\": \"k.pem\", \"keyStore\": \"s.p12\"}"),
                        "tls.keyStore: set together with certificateChain/privateKey (expected: either"
                                + " certificateChain and privateKey (PEM) or keyStore and keyStorePassword (PKCS#12))"),
                Arguments.of("tls chain without key", with("\"tls\": {\"certificateChain\": \"a.pem\"}"),
                        "tls.privateKey: missing while certificateChain is set (expected: the PEM file of the"
                                + " server's unencrypted PKCS#8 private key)"),
                Arguments.of("key store without password", with("\"tls\": {\"keyStore\": \"s.p12\"}"),
                        "tls.keyStorePassword: missing while keyStore is set (expected: the PKCS#12 file's"
                                + " password)"),
                Arguments.of("missing key file", with("\"tls\": {\"keyStore\": \"/nonexistent/s.p12\","
                                + " \"keyStorePassword\": \"pw\"}"),
                        "tls.keyStore: \"/nonexistent/s.p12\" does not exist (expected: a readable file; relative"
                                + " paths are resolved against the configuration file's directory)"),
                Arguments.of("not an object", "[]", "[] is not an object (expected: a JSON object)"),
                Arguments.of("empty document", "", "empty document (expected: a JSON object)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("errors")
    void namesThePathAndTheProblemOfABadFile(String description, String json, String message) {
        assertThatThrownBy(() -> Sip2ServerConfig.parse(json))
                .isInstanceOf(Sip2ConfigException.class)
                .hasMessage(message);
    }

    @Test
    void exposesPathAndProblemApart() {
        Sip2ConfigException error = (Sip2ConfigException) catchThrowable(
                () -> Sip2ServerConfig.parse(with("\"limits\": {\"maxConnections\": 0}")));

        assertThat(error.path()).isEqualTo("limits.maxConnections");
        assertThat(error.problem()).isEqualTo("0 is too small (expected: a whole number from 1)");
    }

    @Test
    void reportsMalformedJsonWithLineAndColumn() {
        assertThatThrownBy(() -> Sip2ServerConfig.parse("{\n  \"policies\": [\n    {\"address\": \"any\",}\n  ]\n}"))
                .isInstanceOf(Sip2ConfigException.class)
                .hasMessageStartingWith("policies[0].address: malformed JSON at line 3, column 23: ");
    }

    @Test
    void rejectsADuplicateKey() {
        assertThatThrownBy(() -> Sip2ServerConfig.parse("{\"policies\": [], \"policies\": []}"))
                .isInstanceOf(Sip2ConfigException.class)
                .hasMessageContaining("malformed JSON at line 1")
                .hasMessageContaining("Duplicate field 'policies'");
    }

    static Stream<Arguments> passwordMistakes() {
        return Stream.of(
                Arguments.of("unquoted password", "{\"policies\": [{\"address\": \"any\", \"loginId\": \"k\","
                        + " \"password\": Zebra-Secret-42, \"institution\": \"A\"}]}"),
                Arguments.of("password as a number", "{\"policies\": [{\"address\": \"any\", \"loginId\": \"k\","
                        + " \"password\": 8675309, \"institution\": \"A\"}]}"),
                Arguments.of("password with a delimiter", "{\"policies\": [{\"address\": \"any\", \"loginId\": \"k\","
                        + " \"password\": \"Zebra|Secret\", \"institution\": \"A\"}]}"),
                Arguments.of("key store password as a number", with("\"tls\": {\"keyStore\": \"s.p12\","
                        + " \"keyStorePassword\": 8675309}")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("passwordMistakes")
    void neverPutsAPasswordIntoAMessage(String description, String json) {
        Throwable error = catchThrowable(() -> Sip2ServerConfig.parse(json));

        assertThat(error).isInstanceOf(Sip2ConfigException.class);
        assertThat(error.getMessage()).doesNotContain("Zebra", "Secret", "8675309");
    }

    /** A plain-TCP client that writes frames and reads one response per frame, noting the terminator it used. */
    static final class RawClient implements AutoCloseable {
        private final Socket socket;
        String lastTerminator = "";

        RawClient(InetSocketAddress address) throws IOException {
            this(new Socket(address.getAddress(), address.getPort()));
        }

        RawClient(Socket socket) throws IOException {
            this.socket = socket;
            socket.setSoTimeout(10_000);
        }

        String exchange(String frame) throws IOException {
            OutputStream out = socket.getOutputStream();
            out.write((frame + "\r").getBytes(StandardCharsets.UTF_8));
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
            lastTerminator = "\r";
            // A response never follows a CR unasked, so a byte arriving now can only be the LF of a CRLF.
            socket.setSoTimeout(300);
            try {
                if (in.read() == '\n') {
                    lastTerminator = "\r\n";
                }
            } catch (SocketTimeoutException e) {
                // CR alone
            } finally {
                socket.setSoTimeout(10_000);
            }
            return line.toString(StandardCharsets.UTF_8);
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}
