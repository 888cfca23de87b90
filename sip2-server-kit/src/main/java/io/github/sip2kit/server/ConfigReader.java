package io.github.sip2kit.server;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.sip2kit.codec.ChecksumMode;
import io.github.sip2kit.codec.ChecksumPolicy;
import io.github.sip2kit.codec.ErrorDetection;
import io.github.sip2kit.codec.Sip2Codec;
import io.github.sip2kit.codec.Strictness;
import io.github.sip2kit.codec.Terminator;
import io.github.sip2kit.codec.TerminatorPolicy;
import io.github.sip2kit.codec.VendorProfile;
import io.github.sip2kit.core.field.Secret;
import io.github.sip2kit.server.internal.AddressPattern;
import java.net.InetSocketAddress;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;
import org.apache.commons.lang3.StringUtils;

/**
 * Reads the server configuration file with Jackson's tree model, so that every error can name its JSON path. The
 * format is documented in {@code docs/server-kit.md}.
 */
final class ConfigReader {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private static final Pattern SIMPLE_DURATION = Pattern.compile("(\\d{1,9})(ms|s|m|h|d)");
    static final String DURATION = "a positive duration such as \"30s\", \"10m\" or \"500ms\" (units ms, s, m, h,"
            + " d) or ISO-8601 \"PT30S\"";
    private static final String ADDRESS_EXPECTED =
            "\"any\", an IPv4 or IPv6 address, or a CIDR block such as 10.0.0.0/8 or 2001:db8::/32";

    /** The values read, handed to {@link Sip2ServerConfig}. */
    static final class Values {
        Optional<InetSocketAddress> bindAddress = Optional.empty();
        Optional<SSLContext> tls = Optional.empty();
        boolean requireClientCertificate;
        List<String> trustedProxies = List.of();
        OptionalInt maxConnections = OptionalInt.empty();
        OptionalInt maxFrameLength = OptionalInt.empty();
        OptionalInt maxFailedLogins = OptionalInt.empty();
        Optional<Duration> loginTimeout = Optional.empty();
        Optional<Duration> idleTimeout = Optional.empty();
        Optional<Duration> backendTimeout = Optional.empty();
        OptionalInt workerThreads = OptionalInt.empty();
        OptionalInt ioThreads = OptionalInt.empty();
        List<VendorProfile> profiles = List.of();
        ClientPolicies policies;
    }

    private final Path baseDirectory;

    private ConfigReader(Path baseDirectory) {
        this.baseDirectory = baseDirectory;
    }

    static Values read(String json, Path baseDirectory) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw syntaxError(e);
        }
        if (root == null || root.isMissingNode()) {
            throw new Sip2ConfigException("", "empty document (expected: a JSON object)");
        }
        if (!root.isObject()) {
            throw new Sip2ConfigException("", show(root) + " is not an object (expected: a JSON object)");
        }
        return new ConfigReader(baseDirectory).readDocument(new Obj(root, ""));
    }

    private static Sip2ConfigException syntaxError(JsonProcessingException e) {
        String path = "";
        if (e.getProcessor() instanceof JsonParser) {
            path = toPath(((JsonParser) e.getProcessor()).getParsingContext().pathAsPointer().toString());
        }
        StringBuilder problem = new StringBuilder("malformed JSON");
        JsonLocation location = e.getLocation();
        if (location != null && location.getLineNr() > 0) {
            problem.append(" at line ").append(location.getLineNr()).append(", column ")
                    .append(location.getColumnNr());
        }
        String original = StringUtils.defaultString(e.getOriginalMessage()).lines().findFirst().orElse("");
        if (original.startsWith("Unrecognized token")) {
            // Jackson quotes the token, which may be an unquoted password.
            original = "a word without quotes (expected: a JSON value; strings need double quotes)";
        }
        problem.append(": ").append(original);
        return new Sip2ConfigException(path, problem.toString(), e);
    }

    /** Turns a JSON pointer such as {@code /policies/2/address} into {@code policies[2].address}. */
    private static String toPath(String pointer) {
        StringBuilder path = new StringBuilder();
        for (String segment : pointer.split("/")) {
            if (segment.isEmpty()) {
                continue;
            }
            String key = segment.replace("~1", "/").replace("~0", "~");
            if (StringUtils.isNumeric(key)) {
                path.append('[').append(key).append(']');
            } else {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(key);
            }
        }
        return path.toString();
    }

    // ---------------------------------------------------------------- the document

    private Values readDocument(Obj doc) {
        Values values = new Values();
        doc.accept("description", "listen", "tls", "proxyProtocol", "limits", "threads", "profiles", "policies");
        doc.optionalString("description");
        doc.optionalObject("listen").ifPresent(listen -> values.bindAddress = Optional.of(readListen(listen)));
        Optional<Obj> tls = doc.optionalObject("tls");
        if (tls.isPresent()) {
            readTls(tls.get(), values);
        }
        doc.optionalObject("proxyProtocol").ifPresent(proxy -> values.trustedProxies = readProxyProtocol(proxy));
        doc.optionalObject("limits").ifPresent(limits -> readLimits(limits, values));
        doc.optionalObject("threads").ifPresent(threads -> {
            threads.accept("workers", "io");
            values.workerThreads = threads.optionalInt("workers", 1, "a whole number from 1");
            values.ioThreads = threads.optionalInt("io", 0, "a whole number from 0 (0: twice the processors)");
            threads.done();
        });
        Map<String, VendorProfile> profiles = new LinkedHashMap<>();
        doc.optionalObject("profiles").ifPresent(p -> profiles.putAll(readProfiles(p)));
        values.profiles = List.copyOf(profiles.values());
        values.policies = readPolicies(doc, profiles.keySet());
        doc.done();
        return values;
    }

    private static InetSocketAddress readListen(Obj listen) {
        listen.accept("host", "port");
        String host = listen.optionalString("host").orElse(Sip2Server.DEFAULT_BIND_ADDRESS.getHostString());
        int port = listen.optionalInt("port", 0, "a port number from 0 to 65535 (0: any free port)")
                .orElse(Sip2Server.DEFAULT_BIND_ADDRESS.getPort());
        if (port > 65535) {
            throw new Sip2ConfigException(listen.path("port"), port + " is not a port number (expected: a port"
                    + " number from 0 to 65535 (0: any free port))");
        }
        if (StringUtils.isBlank(host)) {
            throw new Sip2ConfigException(listen.path("host"), "blank (expected: an address of this machine, such"
                    + " as 127.0.0.1, or 0.0.0.0 for every IPv4 address)");
        }
        InetSocketAddress address = new InetSocketAddress(host.strip(), port);
        if (address.isUnresolved()) {
            throw new Sip2ConfigException(listen.path("host"), quote(host) + " cannot be resolved (expected: an"
                    + " address of this machine, such as 127.0.0.1, or 0.0.0.0 for every IPv4 address)");
        }
        listen.done();
        return address;
    }

    private void readTls(Obj tls, Values values) {
        tls.accept("certificateChain", "privateKey", "keyStore", "keyStorePassword", "requireClientCertificate",
                "trustedCertificates", "trustStore", "trustStorePassword");
        Optional<String> chain = tls.optionalString("certificateChain");
        Optional<String> key = tls.optionalString("privateKey");
        Optional<String> keyStore = tls.optionalString("keyStore");
        Optional<char[]> keyStorePassword = tls.optionalSecret("keyStorePassword");
        boolean requireClientCertificate = tls.optionalBoolean("requireClientCertificate").orElse(false);
        Optional<String> trustedCertificates = tls.optionalString("trustedCertificates");
        Optional<String> trustStore = tls.optionalString("trustStore");
        Optional<char[]> trustStorePassword = tls.optionalSecret("trustStorePassword");
        tls.done();

        String pemOrStore = "either certificateChain and privateKey (PEM) or keyStore and keyStorePassword"
                + " (PKCS#12)";
        KeyManager[] keyManagers;
        if (chain.isPresent() || key.isPresent()) {
            if (keyStore.isPresent() || keyStorePassword.isPresent()) {
                String extra = keyStore.isPresent() ? "keyStore" : "keyStorePassword";
                throw new Sip2ConfigException(tls.path(extra), "set together with certificateChain/privateKey"
                        + " (expected: " + pemOrStore + ")");
            }
            if (chain.isEmpty()) {
                throw new Sip2ConfigException(tls.path("certificateChain"), "missing while privateKey is set"
                        + " (expected: the PEM file of the server's certificate chain, its own certificate first)");
            }
            if (key.isEmpty()) {
                throw new Sip2ConfigException(tls.path("privateKey"), "missing while certificateChain is set"
                        + " (expected: the PEM file of the server's unencrypted PKCS#8 private key)");
            }
            keyManagers = TlsMaterial.pemKeyManagers(file(tls, "certificateChain", chain.get()),
                    file(tls, "privateKey", key.get()));
        } else if (keyStore.isPresent()) {
            if (keyStorePassword.isEmpty()) {
                throw new Sip2ConfigException(tls.path("keyStorePassword"), "missing while keyStore is set"
                        + " (expected: the PKCS#12 file's password)");
            }
            keyManagers = TlsMaterial.keyStoreKeyManagers(file(tls, "keyStore", keyStore.get()),
                    tls.path("keyStorePassword"), keyStorePassword.get());
        } else {
            throw new Sip2ConfigException(tls.path, keyStorePassword.isPresent()
                    ? "keyStorePassword without keyStore (expected: " + pemOrStore + ")"
                    : "no key material (expected: " + pemOrStore + ")");
        }

        Optional<KeyStore> trust = Optional.empty();
        if (trustedCertificates.isPresent() && (trustStore.isPresent() || trustStorePassword.isPresent())) {
            throw new Sip2ConfigException(tls.path(trustStore.isPresent() ? "trustStore" : "trustStorePassword"),
                    "set together with trustedCertificates (expected: either trustedCertificates (PEM) or"
                            + " trustStore and trustStorePassword (PKCS#12))");
        }
        if (trustedCertificates.isPresent()) {
            trust = Optional.of(TlsMaterial.pemTrustStore(file(tls, "trustedCertificates", trustedCertificates.get())));
        } else if (trustStore.isPresent()) {
            if (trustStorePassword.isEmpty()) {
                throw new Sip2ConfigException(tls.path("trustStorePassword"), "missing while trustStore is set"
                        + " (expected: the PKCS#12 file's password)");
            }
            trust = Optional.of(TlsMaterial.keyStoreTrustStore(file(tls, "trustStore", trustStore.get()),
                    tls.path("trustStorePassword"), trustStorePassword.get()));
        } else if (trustStorePassword.isPresent()) {
            throw new Sip2ConfigException(tls.path("trustStorePassword"), "set without trustStore (expected:"
                    + " trustStore as well, or neither)");
        }
        if (requireClientCertificate && trust.isEmpty()) {
            throw new Sip2ConfigException(tls.path("requireClientCertificate"), "true without trusted"
                    + " certificates (expected: trustedCertificates (PEM) or trustStore (PKCS#12) naming the"
                    + " authorities that sign client certificates)");
        }
        if (!requireClientCertificate && trust.isPresent()) {
            throw new Sip2ConfigException(tls.path(trustedCertificates.isPresent() ? "trustedCertificates"
                    : "trustStore"), "set while requireClientCertificate is false (expected:"
                    + " \"requireClientCertificate\": true, since only client certificates use the trust store)");
        }
        values.tls = Optional.of(TlsMaterial.context(keyManagers, trust, tls.path));
        values.requireClientCertificate = requireClientCertificate;
    }

    private TlsMaterial.Source file(Obj tls, String key, String name) {
        if (StringUtils.isBlank(name)) {
            throw new Sip2ConfigException(tls.path(key), "blank (expected: a file name)");
        }
        try {
            return new TlsMaterial.Source(tls.path(key), baseDirectory.resolve(name).normalize());
        } catch (InvalidPathException e) {
            throw new Sip2ConfigException(tls.path(key), quote(name) + " is not a file name (expected: a path on"
                    + " this machine)", e);
        }
    }

    private static List<String> readProxyProtocol(Obj proxy) {
        proxy.accept("trustedProxies");
        List<String> proxies = new ArrayList<>();
        List<JsonNode> nodes = proxy.array("trustedProxies", true);
        for (int i = 0; i < nodes.size(); i++) {
            String path = proxy.path("trustedProxies") + "[" + i + "]";
            JsonNode node = nodes.get(i);
            AddressPattern pattern = addressPattern(path, node);
            if (pattern.isAny()) {
                throw new Sip2ConfigException(path, "\"any\" would let every client claim any address (expected:"
                        + " the proxies' own addresses or CIDR blocks)");
            }
            proxies.add(node.textValue().strip());
        }
        proxy.done();
        return proxies;
    }

    private static AddressPattern addressPattern(String path, JsonNode node) {
        if (node == null || node.isNull()) {
            throw new Sip2ConfigException(path, "missing (expected: " + ADDRESS_EXPECTED + ")");
        }
        if (!node.isTextual()) {
            throw new Sip2ConfigException(path, show(node) + " is not a string (expected: " + ADDRESS_EXPECTED + ")");
        }
        try {
            return AddressPattern.parse(node.textValue());
        } catch (IllegalArgumentException e) {
            String expected = StringUtils.substringBetween(StringUtils.defaultString(e.getMessage()), "(expected: ",
                    ")");
            if (expected == null || expected.startsWith("'any'")) {
                expected = ADDRESS_EXPECTED;
            }
            throw new Sip2ConfigException(path, show(node) + " is not an IP address or CIDR block (expected: "
                    + expected + ")", e);
        }
    }

    private static void readLimits(Obj limits, Values values) {
        limits.accept("maxConnections", "maxFrameLength", "maxFailedLogins", "loginTimeout", "idleTimeout",
                "backendTimeout");
        values.maxConnections = limits.optionalInt("maxConnections", 1, "a whole number from 1");
        values.maxFrameLength = limits.optionalInt("maxFrameLength", 1, "a whole number of bytes from 1");
        values.maxFailedLogins = limits.optionalInt("maxFailedLogins", 1, "a whole number from 1");
        values.loginTimeout = limits.optionalDuration("loginTimeout", false);
        values.idleTimeout = limits.optionalDuration("idleTimeout", true);
        values.backendTimeout = limits.optionalDuration("backendTimeout", false);
        limits.done();
    }

    // ---------------------------------------------------------------- profiles

    private static Map<String, VendorProfile> readProfiles(Obj profiles) {
        Map<String, VendorProfile> read = new LinkedHashMap<>();
        Iterator<String> names = profiles.node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            Obj profile = profiles.object(name);
            if (StringUtils.isBlank(name)) {
                throw new Sip2ConfigException(profile.path, "a blank profile name (expected: a name such as"
                        + " \"branch-kiosks\")");
            }
            read.put(name, readProfile(name, profile));
        }
        profiles.done();
        return read;
    }

    private static VendorProfile readProfile(String name, Obj p) {
        p.accept("basedOn", "description", "charset", "terminator", "terminatorPolicy", "fieldDelimiter",
                "strictness", "checksumPolicy", "checksumMode", "acceptedChecksumModes", "errorDetection",
                "scStatusBeforeLogin");
        String builtInNames = VendorProfile.builtIns().stream().map(VendorProfile::name)
                .collect(Collectors.joining(", "));
        String basedOn = p.optionalString("basedOn").orElse("default");
        VendorProfile base = VendorProfile.builtIn(basedOn).orElseThrow(() -> new Sip2ConfigException(
                p.path("basedOn"), quote(basedOn) + " is not a built-in profile (expected: one of " + builtInNames
                        + ")"));
        String description = p.optionalString("description").orElse("based on " + basedOn);
        Sip2Codec.Builder codec = base.codec().toBuilder();
        p.optionalString("charset").ifPresent(charset -> codec.charset(charset(p, charset)));
        p.optionalEnum("terminator", Terminator.class).ifPresent(codec::terminator);
        p.optionalEnum("terminatorPolicy", TerminatorPolicy.class).ifPresent(codec::terminatorPolicy);
        p.optionalString("fieldDelimiter").ifPresent(delimiter -> {
            if (delimiter.length() != 1) {
                throw new Sip2ConfigException(p.path("fieldDelimiter"), quote(delimiter) + " is not one character"
                        + " (expected: one printable ASCII character, not a letter, digit or space, such as \"|\")");
            }
            construct(p.path("fieldDelimiter"), () -> codec.fieldDelimiter(delimiter.charAt(0)));
        });
        p.optionalEnum("strictness", Strictness.class).ifPresent(codec::strictness);
        p.optionalEnum("checksumPolicy", ChecksumPolicy.class).ifPresent(codec::checksumPolicy);
        p.optionalEnum("checksumMode", ChecksumMode.class).ifPresent(codec::checksumMode);
        p.optionalEnumSet("acceptedChecksumModes", ChecksumMode.class).ifPresent(codec::acceptedChecksumModes);
        VendorProfile.Builder profile = VendorProfile.builder(name, description)
                .errorDetection(base.errorDetection())
                .scStatusBeforeLogin(base.scStatusBeforeLogin());
        p.optionalEnum("errorDetection", ErrorDetection.class).ifPresent(profile::errorDetection);
        p.optionalBoolean("scStatusBeforeLogin").ifPresent(profile::scStatusBeforeLogin);
        p.done();
        return profile.codec(construct(p.path, codec::build)).build();
    }

    private static Charset charset(Obj p, String name) {
        try {
            return Charset.forName(name.strip());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new Sip2ConfigException(p.path("charset"), quote(name) + " is not a charset this Java runtime"
                    + " supports (expected: a charset name such as IBM850, UTF-8 or ISO-8859-1)", e);
        }
    }

    // ---------------------------------------------------------------- policies

    private static ClientPolicies readPolicies(Obj doc, Set<String> definedProfiles) {
        List<Obj> entries = doc.objects("policies");
        if (entries.isEmpty()) {
            throw new Sip2ConfigException(doc.path("policies"), "empty (expected: at least one policy; a server"
                    + " without policies refuses every connection)");
        }
        List<ClientPolicy> policies = new ArrayList<>();
        for (Obj entry : entries) {
            policies.add(readPolicy(entry, definedProfiles));
        }
        return construct(doc.path("policies"), () -> ClientPolicies.of(policies));
    }

    private static ClientPolicy readPolicy(Obj p, Set<String> definedProfiles) {
        p.accept("address", "loginId", "password", "institution", "location", "profile", "description",
                "activated");
        ClientPolicy.Builder policy = ClientPolicy.builder();
        addressPattern(p.path("address"), p.node.get("address"));
        policy.address(p.node.get("address").textValue());
        Optional<String> loginId = p.optionalString("loginId");
        Optional<char[]> password = p.optionalSecret("password");
        if (loginId.isPresent()) {
            if (password.isEmpty()) {
                throw new Sip2ConfigException(p.path("password"), "missing while loginId is set (expected: the"
                        + " login password (CO) the SC sends; \"\" for an account without password)");
            }
            String id = loginId.get();
            construct(p.path("loginId"), () -> policy.login(id, Secret.of(new String(password.get()))));
        } else if (password.isPresent()) {
            throw new Sip2ConfigException(p.path("password"), "set without loginId (expected: a password only"
                    + " together with a loginId)");
        }
        policy.institutionId(p.string("institution", "the institution id (AO) the connection serves"));
        p.optionalString("location").ifPresent(policy::locationCode);
        String profile = p.optionalString("profile").orElse("default");
        if (!definedProfiles.contains(profile) && VendorProfile.builtIn(profile).isEmpty()) {
            List<String> names = new ArrayList<>();
            VendorProfile.builtIns().forEach(builtIn -> names.add(builtIn.name()));
            names.addAll(definedProfiles);
            throw new Sip2ConfigException(p.path("profile"), quote(profile) + " is not a profile (expected: one of "
                    + String.join(", ", new LinkedHashSet<>(names)) + ")");
        }
        policy.profileName(profile);
        p.optionalString("description").ifPresent(policy::description);
        p.optionalBoolean("activated").ifPresent(policy::activated);
        p.done();
        return construct(p.path, policy::build);
    }

    // ---------------------------------------------------------------- helpers

    /** Names of record components and builder arguments, mapped to the configuration's keys. */
    private static final Map<String, String> COMPONENT_KEYS = Map.of(
            "loginUserId", "loginId",
            "userId", "loginId",
            "loginPassword", "password",
            "institutionId", "institution",
            "locationCode", "location",
            "profileName", "profile",
            "secret", "password");

    /**
     * Runs a constructor or builder step, turning its {@code "<component>: <problem>"} argument errors into
     * errors at {@code <path>.<key>}.
     */
    private static <T> T construct(String path, Supplier<T> constructor) {
        try {
            return constructor.get();
        } catch (Sip2ConfigException e) {
            throw e;
        } catch (IllegalArgumentException | NullPointerException e) {
            String message = StringUtils.defaultString(e.getMessage());
            String component = StringUtils.substringBefore(message, ": ");
            if (!component.equals(message) && component.matches("[A-Za-z]+")) {
                String problem = StringUtils.substringAfter(message, ": ");
                if (path.endsWith("." + component) || path.equals(component)) {
                    throw new Sip2ConfigException(path, problem, e);
                }
                String key = COMPONENT_KEYS.getOrDefault(component, component);
                String target = path.endsWith("." + key) ? path : path + "." + key;
                throw new Sip2ConfigException(target, problem, e);
            }
            throw new Sip2ConfigException(path, message, e);
        }
    }

    private static String quote(String value) {
        return "\"" + value + "\"";
    }

    private static String show(JsonNode value) {
        String text = value.toString();
        return text.length() > 60 ? text.substring(0, 57) + "..." : text;
    }

    private static String kind(JsonNode value) {
        if (value.isTextual()) {
            return "a string";
        }
        if (value.isNumber()) {
            return "a number";
        }
        if (value.isBoolean()) {
            return "a boolean";
        }
        if (value.isArray()) {
            return "an array";
        }
        return value.isObject() ? "an object" : "null";
    }

    static Optional<Duration> parseDuration(String text) {
        String value = text.strip();
        Matcher simple = SIMPLE_DURATION.matcher(value);
        if (simple.matches()) {
            long amount = Long.parseLong(simple.group(1));
            ChronoUnit unit = switch (simple.group(2)) {
                case "ms" -> ChronoUnit.MILLIS;
                case "s" -> ChronoUnit.SECONDS;
                case "m" -> ChronoUnit.MINUTES;
                case "h" -> ChronoUnit.HOURS;
                default -> ChronoUnit.DAYS;
            };
            return Optional.of(Duration.of(amount, unit));
        }
        if (value.startsWith("P") || value.startsWith("-P")) {
            try {
                return Optional.of(Duration.parse(value));
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** One JSON object being read: remembers the keys asked for, so that {@link #done()} can reject the others. */
    private static final class Obj {
        final JsonNode node;
        final String path;
        final Set<String> known = new LinkedHashSet<>();

        Obj(JsonNode node, String path) {
            this.node = node;
            this.path = path;
        }

        String path(String key) {
            return path.isEmpty() ? key : path + "." + key;
        }

        private JsonNode get(String key) {
            known.add(key);
            JsonNode value = node.get(key);
            return value == null || value.isNull() ? null : value;
        }

        private Sip2ConfigException wrong(String key, JsonNode value, String expected) {
            if (value == null) {
                return new Sip2ConfigException(path(key), "missing (expected: " + expected + ")");
            }
            return new Sip2ConfigException(path(key), show(value) + " is not " + expected.replaceFirst(":.*", "")
                    + " (expected: " + expected + ")");
        }

        String string(String key, String meaning) {
            JsonNode value = get(key);
            if (value == null || !value.isTextual()) {
                throw wrong(key, value, "a string: " + meaning);
            }
            return value.textValue();
        }

        Optional<String> optionalString(String key) {
            JsonNode value = get(key);
            if (value == null) {
                return Optional.empty();
            }
            if (!value.isTextual()) {
                throw wrong(key, value, "a string");
            }
            return Optional.of(value.textValue());
        }

        /** Reads a password; its value never appears in a message. */
        Optional<char[]> optionalSecret(String key) {
            JsonNode value = get(key);
            if (value == null) {
                return Optional.empty();
            }
            if (!value.isTextual()) {
                throw new Sip2ConfigException(path(key), kind(value) + " (expected: a string)");
            }
            return Optional.of(value.textValue().toCharArray());
        }

        Optional<Boolean> optionalBoolean(String key) {
            JsonNode value = get(key);
            if (value == null) {
                return Optional.empty();
            }
            if (!value.isBoolean()) {
                throw new Sip2ConfigException(path(key), show(value) + " is not a boolean (expected: true or"
                        + " false, without quotes)");
            }
            return Optional.of(value.booleanValue());
        }

        OptionalInt optionalInt(String key, int min, String expected) {
            JsonNode value = get(key);
            if (value == null) {
                return OptionalInt.empty();
            }
            if (!value.isIntegralNumber() || !value.canConvertToInt()) {
                throw new Sip2ConfigException(path(key), show(value) + " is not a whole number (expected: "
                        + expected + ")");
            }
            if (value.intValue() < min) {
                throw new Sip2ConfigException(path(key), value.intValue() + " is too small (expected: " + expected
                        + ")");
            }
            return OptionalInt.of(value.intValue());
        }

        Optional<Duration> optionalDuration(String key, boolean zeroAllowed) {
            JsonNode value = get(key);
            if (value == null) {
                return Optional.empty();
            }
            String expected = (zeroAllowed ? "\"0s\" (off) or " : "") + DURATION;
            if (!value.isTextual()) {
                throw new Sip2ConfigException(path(key), show(value) + " is not a string with a unit (expected: "
                        + expected + ")");
            }
            Duration duration = parseDuration(value.textValue()).orElseThrow(() -> new Sip2ConfigException(
                    path(key), show(value) + " is not a duration (expected: " + expected + ")"));
            if (duration.isNegative() || (duration.isZero() && !zeroAllowed)) {
                throw new Sip2ConfigException(path(key), show(value) + " is not positive (expected: " + expected
                        + ")");
            }
            return Optional.of(duration);
        }

        <E extends Enum<E>> Optional<E> optionalEnum(String key, Class<E> type) {
            JsonNode value = get(key);
            return value == null ? Optional.empty() : Optional.of(toEnum(path(key), value, type));
        }

        <E extends Enum<E>> Optional<Set<E>> optionalEnumSet(String key, Class<E> type) {
            JsonNode value = get(key);
            if (value == null) {
                return Optional.empty();
            }
            if (!value.isArray()) {
                throw new Sip2ConfigException(path(key), show(value) + " is not an array (expected: an array of "
                        + names(type) + ")");
            }
            Set<E> set = EnumSet.noneOf(type);
            for (int i = 0; i < value.size(); i++) {
                set.add(toEnum(path(key) + "[" + i + "]", value.get(i), type));
            }
            return Optional.of(set);
        }

        private static <E extends Enum<E>> E toEnum(String path, JsonNode value, Class<E> type) {
            if (value.isTextual()) {
                String text = value.textValue().strip().replace('-', '_');
                for (E constant : type.getEnumConstants()) {
                    if (constant.name().equalsIgnoreCase(text)) {
                        return constant;
                    }
                }
            }
            throw new Sip2ConfigException(path, show(value) + " is not a known value (expected: one of "
                    + names(type) + ")");
        }

        private static String names(Class<? extends Enum<?>> type) {
            return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
        }

        Optional<Obj> optionalObject(String key) {
            JsonNode value = get(key);
            if (value == null) {
                return Optional.empty();
            }
            if (!value.isObject()) {
                throw new Sip2ConfigException(path(key), show(value) + " is not an object (expected: a JSON"
                        + " object)");
            }
            return Optional.of(new Obj(value, path(key)));
        }

        Obj object(String key) {
            return optionalObject(key).orElseThrow(() -> new Sip2ConfigException(path(key),
                    "missing (expected: a JSON object)"));
        }

        List<JsonNode> array(String key, boolean required) {
            JsonNode value = get(key);
            if (value == null && !required) {
                return List.of();
            }
            if (value == null) {
                throw new Sip2ConfigException(path(key), "missing (expected: an array)");
            }
            if (!value.isArray()) {
                throw new Sip2ConfigException(path(key), show(value) + " is not an array (expected: an array)");
            }
            List<JsonNode> list = new ArrayList<>();
            value.forEach(list::add);
            return list;
        }

        List<Obj> objects(String key) {
            JsonNode value = get(key);
            if (value == null) {
                throw new Sip2ConfigException(path(key), "missing (expected: an array of policy objects)");
            }
            if (!value.isArray()) {
                throw new Sip2ConfigException(path(key), show(value) + " is not an array (expected: an array of"
                        + " objects)");
            }
            List<Obj> list = new ArrayList<>();
            for (int n = 0; n < value.size(); n++) {
                JsonNode element = value.get(n);
                String elementPath = path(key) + "[" + n + "]";
                if (!element.isObject()) {
                    throw new Sip2ConfigException(elementPath, show(element) + " is not an object (expected: an"
                            + " object)");
                }
                list.add(new Obj(element, elementPath));
            }
            return list;
        }

        /** Declares the keys this object may hold and rejects any other at once. */
        void accept(String... keys) {
            known.addAll(Arrays.asList(keys));
            done();
        }

        /** Rejects keys this object does not know. */
        void done() {
            Iterator<String> names = node.fieldNames();
            while (names.hasNext()) {
                String name = names.next();
                if (!known.contains(name)) {
                    throw new Sip2ConfigException(path(name), "unknown key (expected one of: "
                            + String.join(", ", known) + ")");
                }
            }
        }
    }
}
