package io.github.sip2kit.testkit;

import io.github.sip2kit.codec.VendorProfile;
import io.github.sip2kit.server.ClientPolicies;
import io.github.sip2kit.server.ClientPolicy;
import io.github.sip2kit.server.Sip2Server;
import io.github.sip2kit.testkit.library.InMemoryLibrary;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The demo SIP2 server: a {@link Sip2Server} answering every SC request from an {@link InMemoryLibrary} through
 * {@link InMemoryLibraryBackend}, with the terminal accounts of {@link DemoAccounts}. The library and the server
 * share one {@link Clock}. {@code docs/demo-data.md} lists the accounts, patrons and items and what to try.
 *
 * <p>From a shell (the command that builds and starts it is in {@code docs/demo-data.md}):
 * <pre>{@code
 * java -cp ... io.github.sip2kit.testkit.DemoServer [--host 127.0.0.1] [--port 6001] [--data library.json]
 *                                                  [--profile default]
 * }</pre>
 * It prints a banner (address, accounts, an example {@code nc} session) and runs until interrupted (Ctrl-C), then
 * shuts down gracefully. Bad arguments end it with exit status 2, a server that cannot start (such as a port in
 * use) with exit status 1, each with a one-line message.
 *
 * <p>From code, such as a test:
 * <pre>{@code
 * try (DemoServer demo = DemoServer.start(DemoServer.Options.builder().port(0).build())) {
 *     InetSocketAddress address = demo.address();
 *     // talk SIP2 to address; look at demo.library() to see what happened
 * }
 * }</pre>
 *
 * <p>Thread-safe.
 */
public final class DemoServer implements AutoCloseable {

    /** The default address to listen on: {@code 127.0.0.1}, reachable from this machine only. */
    public static final String DEFAULT_HOST = "127.0.0.1";

    /** The default port: 6001, the port SIP2 servers commonly use. */
    public static final int DEFAULT_PORT = 6001;

    /** The default vendor profile: {@code default} (IBM850, CR, error detection as the SC sends it). */
    public static final String DEFAULT_PROFILE = "default";

    private static final String NAME = "sip2kit demo server";

    private static final String USAGE = String.join(System.lineSeparator(),
            "Usage: DemoServer [--host ADDRESS] [--port PORT] [--data FILE] [--profile NAME]",
            "Starts the sip2kit demo SIP2 server with the demo accounts and an in-memory library.",
            "  --host ADDRESS  address to listen on (default " + DEFAULT_HOST + "; 0.0.0.0 for every interface)",
            "  --port PORT     port to listen on, 0 for any free port (default " + DEFAULT_PORT + ")",
            "  --data FILE     library data file (JSON, see docs/library-data-format.md); default: the demo data set",
            "  --profile NAME  vendor profile of every account, one of " + profileNames()
                    + " (default " + DEFAULT_PROFILE + ")",
            "  --help          show this help",
            "Runs until Ctrl-C. Exit status 1 if the server cannot start, 2 for bad arguments.");

    private final Options options;
    private final InMemoryLibrary library;
    private final Sip2Server server;
    private final InetSocketAddress address;
    private final AtomicBoolean closing = new AtomicBoolean();
    private final CountDownLatch closed = new CountDownLatch(1);

    private DemoServer(Options options, InMemoryLibrary library, Sip2Server server) {
        this.options = options;
        this.library = library;
        this.server = server;
        this.address = server.localAddress();
    }

    /**
     * Loads the library and starts the server.
     *
     * @param options where to listen, which data and profile, which clock
     * @return the running server; {@link #close()} stops it
     * @throws IOException if the address cannot be bound, such as a port in use
     * @throws IllegalArgumentException if the host cannot be resolved, or the data file does not exist or is not
     *     valid library data (then a {@link io.github.sip2kit.testkit.library.LibraryDataException})
     * @throws UncheckedIOException if the data file cannot be read
     */
    public static DemoServer start(Options options) throws IOException {
        Objects.requireNonNull(options, "options");
        InetSocketAddress bindAddress = new InetSocketAddress(options.host(), options.port());
        if (bindAddress.isUnresolved()) {
            throw new IllegalArgumentException(
                    "host: " + options.host() + " (expected: an IP address or a host name that resolves)");
        }
        InMemoryLibrary library = options.dataFile().isPresent()
                ? InMemoryLibrary.load(existing(options.dataFile().get()), options.clock())
                : InMemoryLibrary.defaultData(options.clock());
        InMemoryLibraryBackend backend = new InMemoryLibraryBackend(library);
        Sip2Server server = Sip2Server.builder()
                .policies(policies(options.profile()))
                .clock(options.clock())
                .bind(bindAddress)
                .onBlockPatron(backend::blockPatron)
                .onCheckin(backend::checkin)
                .onCheckout(backend::checkout)
                .onHold(backend::hold)
                .onItemInformation(backend::itemInformation)
                .onItemStatusUpdate(backend::itemStatusUpdate)
                .onPatronStatus(backend::patronStatus)
                .onPatronEnable(backend::patronEnable)
                .onRenew(backend::renew)
                .onEndPatronSession(backend::endPatronSession)
                .onFeePaid(backend::feePaid)
                .onPatronInformation(backend::patronInformation)
                .onRenewAll(backend::renewAll)
                .build();
        server.start();
        return new DemoServer(options, library, server);
    }

    /**
     * {@return the demo accounts ({@link DemoAccounts#policies()}), each using the given vendor profile}
     *
     * @param profile the name of a built-in vendor profile
     */
    static ClientPolicies policies(String profile) {
        List<ClientPolicy> policies = new ArrayList<>();
        for (ClientPolicy policy : DemoAccounts.policies().policies()) {
            policies.add(policy.toBuilder().profileName(profile).build());
        }
        return ClientPolicies.of(policies);
    }

    private static Path existing(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("data file: " + file + " (expected: an existing library data file)");
        }
        return file;
    }

    /** {@return the options the server was started with} */
    public Options options() {
        return options;
    }

    /** {@return the address the server listens on, with the actual port when port 0 was asked for} */
    public InetSocketAddress address() {
        return address;
    }

    /** {@return the library the server answers from; it changes as requests arrive} */
    public InMemoryLibrary library() {
        return library;
    }

    /** {@return the access table: the demo accounts with the chosen vendor profile} */
    public ClientPolicies policies() {
        return server.policies();
    }

    /**
     * {@return the text printed when the server starts}: the address, the profile and data, the demo accounts
     * with their passwords, where the demo data is described, and an example {@code nc} session.
     */
    public String banner() {
        String host = address.getAddress().isAnyLocalAddress() ? "127.0.0.1" : address.getAddress().getHostAddress();
        String nl = System.lineSeparator();
        StringBuilder b = new StringBuilder();
        b.append(NAME).append(" listening on ").append(host).append(':').append(address.getPort());
        if (address.getAddress().isAnyLocalAddress()) {
            b.append(" (every interface)");
        }
        b.append(nl);
        b.append("  profile ").append(options.profile()).append(", data: ")
                .append(options.dataFile().map(Path::toString).orElse("the demo data set")).append(nl);
        b.append("Demo accounts (Login 93: CN / CO -> institution AO, location):").append(nl);
        ClientPolicy example = null;
        for (ClientPolicy policy : policies().policies()) {
            String who = policy.loginUserId().isPresent()
                    ? policy.loginUserId().get() + " / " + policy.loginPassword().reveal()
                    : "no login, from " + policy.address();
            b.append(String.format("  %-26s -> %s, %s%s%n", who, policy.institutionId(),
                    policy.locationCode().orElse("-"), policy.activated() ? "" : " (deactivated: login refused)"));
            if (example == null && policy.activated() && policy.loginUserId().isPresent()) {
                example = policy;
            }
        }
        b.append("Patrons, PINs, items and what to try: docs/demo-data.md").append(nl);
        if (example != null) {
            b.append("Try:  printf '9300CN").append(example.loginUserId().get())
                    .append("|CO").append(example.loginPassword().reveal())
                    .append(example.locationCode().map(code -> "|CP" + code).orElse(""))
                    .append("|\\r9900302.00\\r' | nc -q1 ").append(host).append(' ').append(address.getPort())
                    .append(" | tr '\\r' '\\n'").append(nl);
        }
        b.append("Stop with Ctrl-C.");
        return b.toString();
    }

    /**
     * Blocks until {@link #close()} has finished, such as from a shutdown hook.
     *
     * @throws InterruptedException if the waiting thread is interrupted
     */
    public void awaitClose() throws InterruptedException {
        closed.await();
    }

    /**
     * Shuts the server down gracefully: stops accepting connections, lets requests in flight finish and closes
     * every connection. Idempotent; a second call while the first runs returns at once.
     */
    @Override
    public void close() {
        if (!closing.compareAndSet(false, true)) {
            return;
        }
        try {
            server.close();
        } finally {
            closed.countDown();
        }
    }

    @Override
    public String toString() {
        return "DemoServer[" + address + ", profile " + options.profile() + "]";
    }

    /**
     * Starts the demo server from the command line and runs it until the JVM is interrupted (Ctrl-C). See the
     * class description for the options and exit status.
     *
     * @param args the command line options
     */
    public static void main(String[] args) {
        int status = run(args, System.out, System.err, DemoServer::runUntilStopped);
        if (status != 0) {
            System.exit(status);
        }
    }

    private static void runUntilStopped(DemoServer server) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            System.out.println(NAME + " stopped");
        }, "sip2kit-demo-shutdown"));
        try {
            server.awaitClose();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Parses the arguments, starts the server, prints the banner and hands the server to {@code whileRunning};
     * closes the server when that returns.
     *
     * @return the exit status: 0 after running (or for {@code --help}), 1 if the server cannot start, 2 for bad
     *     arguments
     */
    static int run(String[] args, PrintStream out, PrintStream err, Consumer<DemoServer> whileRunning) {
        Options options;
        try {
            if (List.of(args).contains("--help") || List.of(args).contains("-h")) {
                out.println(USAGE);
                return 0;
            }
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            err.println(NAME + ": " + e.getMessage());
            err.println("Try --help for the options.");
            return 2;
        }
        DemoServer server;
        try {
            server = start(options);
        } catch (IllegalArgumentException e) {
            err.println(NAME + ": " + e.getMessage());
            return 2;
        } catch (UncheckedIOException e) {
            err.println(NAME + ": " + e.getMessage() + ": " + e.getCause().getMessage());
            return 2;
        } catch (IOException e) {
            err.println(NAME + ": cannot listen on " + options.host() + ":" + options.port() + ": "
                    + e.getMessage() + (options.port() == 0 ? "" : " (is the port in use? choose one with --port)"));
            return 1;
        } catch (RuntimeException e) {
            err.println(NAME + ": cannot start: " + e);
            return 1;
        }
        try (server) {
            out.println(server.banner());
            out.flush();
            whileRunning.accept(server);
        }
        return 0;
    }

    private static String profileNames() {
        return VendorProfile.builtIns().stream().map(VendorProfile::name).collect(Collectors.joining(", "));
    }

    /**
     * How to start a {@link DemoServer}.
     *
     * @param host the address or host name to listen on
     * @param port the port to listen on, 0 for any free port
     * @param dataFile the library data file (JSON, see {@code docs/library-data-format.md}); empty for the demo
     *     data set ({@link InMemoryLibrary#defaultData(Clock)})
     * @param profile the name of the built-in vendor profile every account uses
     * @param clock the clock of both the server (transaction dates) and the library (today, due dates)
     */
    public record Options(String host, int port, Optional<Path> dataFile, String profile, Clock clock) {

        /**
         * Checks the options.
         *
         * @param host the address or host name to listen on; not blank
         * @param port the port, 0 to 65535
         * @param dataFile the library data file, or empty
         * @param profile the name of a built-in vendor profile
         * @param clock the clock
         * @throws IllegalArgumentException if the host is blank, the port out of range or the profile unknown
         */
        public Options {
            Objects.requireNonNull(host, "host");
            if (host.isBlank()) {
                throw new IllegalArgumentException("host: blank (expected: an IP address or host name)");
            }
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port: " + port + " (expected: 0 to 65535)");
            }
            Objects.requireNonNull(dataFile, "dataFile");
            Objects.requireNonNull(profile, "profile");
            if (VendorProfile.builtIn(profile).isEmpty()) {
                throw new IllegalArgumentException(
                        "profile: " + profile + " (expected: one of " + profileNames() + ")");
            }
            Objects.requireNonNull(clock, "clock");
        }

        /** {@return the defaults: 127.0.0.1:6001, the demo data set, profile {@code default}, the system clock} */
        public static Options defaults() {
            return builder().build();
        }

        /** {@return a builder holding the defaults} */
        public static Builder builder() {
            return new Builder();
        }

        /** {@return a builder holding these options} */
        public Builder toBuilder() {
            Builder b = new Builder().host(host).port(port).profile(profile).clock(clock);
            b.dataFile = dataFile;
            return b;
        }

        /**
         * Parses command line options: {@code --host ADDRESS}, {@code --port PORT}, {@code --data FILE} and
         * {@code --profile NAME}, each also as {@code --name=value}; what is not given keeps its default.
         *
         * @param args the command line arguments
         * @return the options
         * @throws IllegalArgumentException for an unknown option, a missing or invalid value, or an option given
         *     twice
         */
        public static Options parse(String... args) {
            Builder b = builder();
            List<String> seen = new ArrayList<>();
            for (int i = 0; i < args.length; i++) {
                String arg = Objects.requireNonNull(args[i], "args[" + i + "]");
                String name = arg;
                String value = null;
                int equals = arg.indexOf('=');
                if (arg.startsWith("--") && equals > 0) {
                    name = arg.substring(0, equals);
                    value = arg.substring(equals + 1);
                }
                if (!List.of("--host", "--port", "--data", "--profile").contains(name)) {
                    throw new IllegalArgumentException("unknown option: " + arg
                            + " (expected: --host, --port, --data, --profile or --help)");
                }
                if (seen.contains(name)) {
                    throw new IllegalArgumentException(name + ": given twice (expected: at most once)");
                }
                seen.add(name);
                if (value == null) {
                    if (i + 1 >= args.length) {
                        throw new IllegalArgumentException(name + ": missing value");
                    }
                    value = args[++i];
                }
                switch (name) {
                    case "--host":
                        b.host(value);
                        break;
                    case "--port":
                        b.port(port(value));
                        break;
                    case "--data":
                        if (value.isBlank()) {
                            throw new IllegalArgumentException("--data: blank (expected: a file name)");
                        }
                        b.dataFile(Path.of(value));
                        break;
                    default:
                        b.profile(value);
                        break;
                }
            }
            return b.build();
        }

        private static int port(String value) {
            try {
                int port = Integer.parseInt(value);
                if (port >= 0 && port <= 65535) {
                    return port;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new IllegalArgumentException("--port: " + value + " (expected: a number from 0 to 65535)");
        }

        /** Builds {@link Options}, starting from the defaults; not thread-safe. */
        public static final class Builder {
            private String host = DEFAULT_HOST;
            private int port = DEFAULT_PORT;
            private Optional<Path> dataFile = Optional.empty();
            private String profile = DEFAULT_PROFILE;
            private Clock clock = Clock.systemDefaultZone();

            private Builder() {}

            /**
             * Sets the address or host name to listen on. Default: {@link #DEFAULT_HOST}.
             *
             * @param host such as {@code 127.0.0.1} or {@code 0.0.0.0}
             * @return this builder
             */
            public Builder host(String host) {
                this.host = Objects.requireNonNull(host, "host");
                return this;
            }

            /**
             * Sets the port to listen on. Default: {@link #DEFAULT_PORT}.
             *
             * @param port 0 to 65535; 0 for any free port
             * @return this builder
             */
            public Builder port(int port) {
                this.port = port;
                return this;
            }

            /**
             * Sets the library data file to load instead of the demo data set.
             *
             * @param file the JSON data file
             * @return this builder
             */
            public Builder dataFile(Path file) {
                this.dataFile = Optional.of(Objects.requireNonNull(file, "file"));
                return this;
            }

            /**
             * Sets the vendor profile every account uses. Default: {@link #DEFAULT_PROFILE}.
             *
             * @param profile the name of a built-in vendor profile, such as {@code koha}
             * @return this builder
             */
            public Builder profile(String profile) {
                this.profile = Objects.requireNonNull(profile, "profile");
                return this;
            }

            /**
             * Sets the clock of the server and the library. Default: the system clock in the default time zone.
             *
             * @param clock the clock
             * @return this builder
             */
            public Builder clock(Clock clock) {
                this.clock = Objects.requireNonNull(clock, "clock");
                return this;
            }

            /**
             * {@return the options}
             *
             * @throws IllegalArgumentException if the host is blank, the port out of range or the profile unknown
             */
            public Options build() {
                return new Options(host, port, dataFile, profile, clock);
            }
        }
    }
}
