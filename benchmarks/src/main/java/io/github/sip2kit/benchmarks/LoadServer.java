package io.github.sip2kit.benchmarks;

import io.github.sip2kit.server.Sip2Server;
import io.github.sip2kit.testkit.DemoAccounts;
import io.github.sip2kit.testkit.InMemoryLibraryBackend;
import io.github.sip2kit.testkit.library.InMemoryLibrary;
import io.github.sip2kit.testkit.library.Item;
import io.github.sip2kit.testkit.library.Patron;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The server the load tools measure: the demo server ({@link Sip2Server} with an {@link InMemoryLibraryBackend} for
 * all thirteen SC requests and {@link DemoAccounts#policies()}) over the demo data set plus generated load patrons
 * and items.
 *
 * <p>Run on its own, it is the server process of {@code IdleSoak --server-process}, or a target for
 * {@code LoadGenerator --host 127.0.0.1 --port N}:
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar io.github.sip2kit.benchmarks.LoadServer --port 6001
 * }</pre>
 * It prints {@code LISTENING <port>} once it accepts connections, then reads commands on standard input, one a line:
 * {@code memory} prints a {@code MEMORY} line (heap used, heap committed, non-heap used and RSS, in bytes),
 * {@code gc} does the same after a full collection, {@code connections} prints {@code CONNECTIONS <n>}, and
 * {@code quit} or the end of standard input stops the server. It also stops after {@code --max-lifetime}.
 *
 * <p>The generated data: patrons {@code LOAD-P00001} ... with PIN {@code 1234} at institution {@code MAIN}, and as
 * many available books {@code LOAD-I00001} ... shelved at {@code MAIN-ADULT}, one per patron. Load connection
 * {@code n} uses patron and item {@code n}, so checkouts never contend for an item and never exhaust a patron's
 * limits; the demo patrons and items are left as they are.
 */
public final class LoadServer {

    /** The PIN of every generated patron. */
    static final String LOAD_PIN = "1234";
    /** The location the generated items are shelved at, which is the main kiosk's location. */
    static final String LOAD_LOCATION = "MAIN-ADULT";
    /** The institution of the generated patrons and items, which is the main kiosk's institution. */
    static final String LOAD_INSTITUTION = "MAIN";

    private static final Set<String> OPTIONS = Set.of(
            "host", "port", "load-patrons", "max-connections", "worker-threads", "io-threads", "max-lifetime");

    private LoadServer() {}

    /**
     * Starts the server and serves commands on standard input until {@code quit}, the end of input or the maximum
     * lifetime.
     *
     * @param args {@code --host 127.0.0.1 --port 6001 --load-patrons 1000 --max-connections 20000
     *     --worker-threads 32 --io-threads 0 --max-lifetime 30m}
     * @throws Exception if the server cannot start
     */
    public static void main(String[] args) throws Exception {
        quietLogging();
        Options options = Options.parse("LoadServer", args, OPTIONS, Set.of());
        InetAddress host = options.loopbackHost("host", "127.0.0.1");
        int port = options.integer("port", 6001, 0, 65535);
        int patrons = options.integer("load-patrons", 1000, 1, 99_999);
        int maxConnections = options.integer("max-connections", 20_000, 1, 60_000);
        int workers = options.integer("worker-threads", Sip2Server.DEFAULT_WORKER_THREADS, 1, 1024);
        int ioThreads = options.integer("io-threads", 0, 0, 64);
        Duration lifetime = options.duration("max-lifetime", Duration.ofMinutes(30), Duration.ofSeconds(1),
                Duration.ofHours(2));

        Sip2Server server = start(new InetSocketAddress(host, port), patrons, maxConnections, workers, ioThreads);
        Thread watchdog = new Thread(() -> {
            try {
                TimeUnit.MILLISECONDS.sleep(lifetime.toMillis());
                System.err.println("LoadServer: maximum lifetime of " + lifetime.toSeconds() + " s reached; stopping");
                System.exit(0);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "load-server-lifetime");
        watchdog.setDaemon(true);
        watchdog.start();
        try {
            System.out.println("LISTENING " + server.localAddress().getPort());
            System.out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.US_ASCII));
            String line;
            while ((line = in.readLine()) != null) {
                String command = line.trim().toLowerCase(Locale.ROOT);
                if (command.equals("quit")) {
                    break;
                }
                switch (command) {
                    case "memory" -> System.out.println(ProcessMemory.current().toLine());
                    case "gc" -> System.out.println(ProcessMemory.afterGc().toLine());
                    case "connections" -> System.out.println("CONNECTIONS " + server.connectionCount());
                    case "" -> { }
                    default -> System.out.println("ERROR unknown command: " + command);
                }
                System.out.flush();
            }
        } finally {
            server.shutdown(Duration.ofSeconds(5));
        }
    }

    /**
     * Sets the SLF4J simple logger to {@code warn} unless the command line chose a level, so that the server's
     * per-connection logging does not become part of what is measured.
     */
    static void quietLogging() {
        if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        }
    }

    /**
     * Starts the demo server over {@link #library(int)}.
     *
     * @param bind the address to bind; port 0 picks a free port
     * @param loadPatrons how many load patrons and items to generate
     * @param maxConnections the server's connection limit
     * @param workerThreads the server's worker threads
     * @param ioThreads the server's I/O threads, 0 for Netty's default (twice the processors)
     * @return the started server
     * @throws IOException if the address cannot be bound
     */
    static Sip2Server start(InetSocketAddress bind, int loadPatrons, int maxConnections, int workerThreads,
            int ioThreads) throws IOException {
        return start(bind, loadPatrons, maxConnections, workerThreads, ioThreads, false);
    }

    /**
     * Starts the demo server over {@link #library(int)}, optionally running the handlers on the I/O threads.
     *
     * @param bind the address to bind; port 0 picks a free port
     * @param loadPatrons how many load patrons and items to generate
     * @param maxConnections the server's connection limit
     * @param workerThreads the server's worker threads; unused when {@code directExecutor}
     * @param ioThreads the server's I/O threads, 0 for Netty's default (twice the processors)
     * @param directExecutor whether to give the server an executor that runs each handler on the thread that
     *     submits it (the I/O thread): an experiment measuring the cost of the hand-off to worker threads, not a
     *     setting for a real backend, whose blocking calls would stall every connection of that I/O thread
     * @return the started server
     * @throws IOException if the address cannot be bound
     */
    static Sip2Server start(InetSocketAddress bind, int loadPatrons, int maxConnections, int workerThreads,
            int ioThreads, boolean directExecutor) throws IOException {
        InMemoryLibraryBackend backend = new InMemoryLibraryBackend(library(loadPatrons));
        Sip2Server.Builder builder = Sip2Server.builder()
                .policies(DemoAccounts.policies())
                .bind(bind)
                .maxConnections(maxConnections)
                .ioThreads(ioThreads);
        if (directExecutor) {
            builder.executor(Runnable::run);
        } else {
            builder.workerThreads(workerThreads);
        }
        builder.onBlockPatron(backend::blockPatron)
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
                .onRenewAll(backend::renewAll);
        return builder.build().start();
    }

    /**
     * {@return the demo data set ({@link InMemoryLibrary#defaultData()}) plus {@code loadPatrons} generated patrons
     * and as many available items}
     *
     * @param loadPatrons how many
     */
    static InMemoryLibrary library(int loadPatrons) {
        InMemoryLibrary demo = InMemoryLibrary.defaultData();
        InMemoryLibrary.Builder builder = InMemoryLibrary.builder().clock(demo.clock()).policy(demo.policy());
        demo.institutions().forEach(builder::institution);
        demo.locations().forEach(builder::location);
        demo.patrons().forEach(builder::patron);
        demo.items().forEach(builder::item);
        for (int n = 1; n <= loadPatrons; n++) {
            builder.patron(Patron.builder(patronId(n), LOAD_PIN, "Load Patron " + n)
                    .institutionId(LOAD_INSTITUTION)
                    .language("001")
                    .build());
            builder.item(Item.builder(itemId(n), "Load Test Volume " + n)
                    .author("Sip2kit Benchmarks")
                    .ownerInstitutionId(LOAD_INSTITUTION)
                    .permanentLocation(LOAD_LOCATION)
                    .callNumber("000.0 LOAD " + n)
                    .build());
        }
        return builder.build();
    }

    /**
     * {@return the identifier of generated patron {@code n}}
     *
     * @param n from 1
     */
    static String patronId(int n) {
        return String.format(Locale.ROOT, "LOAD-P%05d", n);
    }

    /**
     * {@return the identifier of generated item {@code n}}
     *
     * @param n from 1
     */
    static String itemId(int n) {
        return String.format(Locale.ROOT, "LOAD-I%05d", n);
    }
}
