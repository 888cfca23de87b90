package io.github.sip2kit.benchmarks;

import io.github.sip2kit.core.AcsMessage;
import io.github.sip2kit.core.CheckinRequest;
import io.github.sip2kit.core.CheckinResponse;
import io.github.sip2kit.core.CheckoutRequest;
import io.github.sip2kit.core.CheckoutResponse;
import io.github.sip2kit.core.ItemInformationRequest;
import io.github.sip2kit.core.ItemInformationResponse;
import io.github.sip2kit.core.LoginResponse;
import io.github.sip2kit.core.PatronInformationRequest;
import io.github.sip2kit.core.PatronInformationResponse;
import io.github.sip2kit.core.ScMessage;
import io.github.sip2kit.core.field.Language;
import io.github.sip2kit.core.field.Sip2Timestamp;
import io.github.sip2kit.core.field.SummaryItem;
import io.github.sip2kit.server.Sip2Server;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;

/**
 * A closed-loop SIP2 load generator: N connections, each a self-check machine that logs in (93) and then sends
 * Patron Information (63), Item Information (17), Checkout (11) and Checkin (09) in a loop, every request with error
 * detection (AY/AZ) and the next request sent as soon as the response arrives.
 *
 * <p>By default it starts the demo server in this JVM ({@link LoadServer}: the demo data plus one generated patron
 * and item per connection) on a free port of 127.0.0.1; with {@code --port} it targets a running server on the
 * loopback interface instead, which must serve the same generated data ({@code LoadServer}), or, with
 * {@code --data demo}, the plain demo data set.
 *
 * <p>Every response is decoded with the codec and checked: checksum present and correct, AY equal to the
 * request's, the response type that answers the request, the patron or item asked about, and ok {@code 1} for
 * checkouts and checkins. Requests are encoded once per connection before the run (four requests times AY 0 to 9),
 * so the client's cost per round trip is a socket write, a socket read and one decode.
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar io.github.sip2kit.benchmarks.LoadGenerator \
 *     --connections 50 --warmup 5 --duration 30
 * }</pre>
 * Options: {@code --connections} (1 to 1000, default 50), {@code --warmup} (seconds, default 5),
 * {@code --duration} (seconds, default 30, at most 600), {@code --client-threads} (selector threads, default 1),
 * {@code --host} (loopback only, default 127.0.0.1), {@code --port} (a running server; default: start one),
 * {@code --data} ({@code load} or {@code demo}), {@code --worker-threads} and {@code --io-threads} (in-process
 * server), {@code --server-executor} ({@code pool}, the server's worker pool, or {@code direct}: handlers run on
 * the I/O threads, an experiment that shows what the hand-off to the worker pool costs). It prints round trips per second, latency percentiles, errors by kind, and, for an in-process server,
 * heap and RSS of this JVM (client and server together). The exit status is 1 when any check failed.
 */
public final class LoadGenerator {

    private static final Set<String> OPTIONS = Set.of("connections", "warmup", "duration", "client-threads", "host",
            "port", "data", "worker-threads", "io-threads", "server-executor");
    private static final Duration DRAIN = Duration.ofSeconds(10);
    private static final int STEPS = 4;
    private static final String[] STEP_NAMES = {"63 -> 64", "17 -> 18", "11 -> 12", "09 -> 10"};
    private static final List<Class<? extends AcsMessage>> STEP_TYPES = List.of(PatronInformationResponse.class,
            ItemInformationResponse.class, CheckoutResponse.class, CheckinResponse.class);
    private static final int MAX_EXAMPLES = 5;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final int MAX_CONNECTIONS = 1000;
    private static final String[] PATRONS = new String[MAX_CONNECTIONS];
    private static final String[] ITEMS = new String[MAX_CONNECTIONS];

    static {
        for (int i = 0; i < MAX_CONNECTIONS; i++) {
            PATRONS[i] = LoadServer.patronId(i + 1);
            ITEMS[i] = LoadServer.itemId(i + 1);
        }
    }

    private LoadGenerator() {}

    /**
     * Runs the load test and prints the report.
     *
     * @param args the options described on the class
     * @throws Exception if the server cannot start or a connection cannot be opened
     */
    public static void main(String[] args) throws Exception {
        LoadServer.quietLogging();
        Options options = Options.parse("LoadGenerator", args, OPTIONS, Set.of());
        int connections = options.integer("connections", 50, 1, MAX_CONNECTIONS);
        Duration warmup = options.duration("warmup", Duration.ofSeconds(5), Duration.ZERO, Duration.ofMinutes(2));
        Duration duration = options.duration("duration", Duration.ofSeconds(30), Duration.ofSeconds(1),
                Duration.ofMinutes(10));
        int clientThreads = options.integer("client-threads", 1, 1, 16);
        InetAddress host = options.loopbackHost("host", "127.0.0.1");
        int port = options.integer("port", 0, 0, 65535);
        String data = options.string("data", "load");
        if (!data.equals("load") && !data.equals("demo")) {
            throw new IllegalArgumentException("LoadGenerator: --data: " + data + " (expected: load or demo)");
        }
        boolean demoData = data.equals("demo");
        int workers = options.integer("worker-threads", Sip2Server.DEFAULT_WORKER_THREADS, 1, 1024);
        int ioThreads = options.integer("io-threads", 0, 0, 64);
        String executor = options.string("server-executor", "pool");
        if (!executor.equals("pool") && !executor.equals("direct")) {
            throw new IllegalArgumentException(
                    "LoadGenerator: --server-executor: " + executor + " (expected: pool or direct)");
        }

        Sip2Server server = null;
        InetSocketAddress target;
        if (port == 0) {
            server = LoadServer.start(new InetSocketAddress(host, 0), connections, connections + 16, workers,
                    ioThreads, executor.equals("direct"));
            target = server.localAddress();
        } else {
            target = new InetSocketAddress(host, port);
        }
        System.out.println("LoadGenerator: " + connections + " connections, " + clientThreads + " client thread(s), "
                + warmup.toSeconds() + " s warm-up, " + duration.toSeconds() + " s measured, data " + data
                + ", server " + (server == null ? "at " + target : "in this JVM at " + target + " ("
                + (executor.equals("direct") ? "handlers on the I/O threads" : workers + " worker threads") + ", "
                + (ioThreads == 0 ? "default" : ioThreads) + " I/O threads)"));
        System.out.println(RunInfo.describe());
        try {
            run(target, server != null, connections, clientThreads, warmup, duration, demoData);
        } finally {
            if (server != null) {
                server.shutdown(Duration.ofSeconds(5));
            }
        }
    }

    private static void run(InetSocketAddress target, boolean inProcess, int connectionCount, int clientThreads,
            Duration warmup, Duration duration, boolean demoData) throws Exception {
        LocalDateTime now = LocalDateTime.now();
        List<ClientConnection> connections = new ArrayList<>(connectionCount);
        List<byte[][][]> requests = new ArrayList<>(connectionCount);
        try {
            for (int i = 0; i < connectionCount; i++) {
                SocketChannel channel = SocketChannel.open(target);
                channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
                channel.configureBlocking(false);
                connections.add(new ClientConnection(i, channel));
                requests.add(encodeRequests(i, demoData, now));
            }
            long start = System.nanoTime();
            long measureStart = start + warmup.toNanos();
            long measureEnd = measureStart + duration.toNanos();
            long hardStop = measureEnd + DRAIN.toNanos();
            List<Worker> workers = new ArrayList<>();
            List<Thread> threads = new ArrayList<>();
            for (int t = 0; t < clientThreads; t++) {
                List<ClientConnection> mine = new ArrayList<>();
                List<byte[][][]> mineRequests = new ArrayList<>();
                for (int i = t; i < connectionCount; i += clientThreads) {
                    mine.add(connections.get(i));
                    mineRequests.add(requests.get(i));
                }
                Worker worker = new Worker(mine, mineRequests, demoData, measureStart, measureEnd, hardStop);
                workers.add(worker);
                Thread thread = new Thread(worker, "load-client-" + t);
                threads.add(thread);
            }
            threads.forEach(Thread::start);

            sleepUntil(measureStart);
            long gcCount0 = RunInfo.gcCount();
            long gcMillis0 = RunInfo.gcMillis();
            long cpu0 = RunInfo.processCpuNanos();
            String loadAtStart = RunInfo.loadAverage();
            long maxHeapUsed = 0;
            long maxRss = -1;
            ProcessMemory last = ProcessMemory.current();
            while (System.nanoTime() < measureEnd) {
                sleepUntil(Math.min(measureEnd, System.nanoTime() + TimeUnit.SECONDS.toNanos(1)));
                last = ProcessMemory.current();
                maxHeapUsed = Math.max(maxHeapUsed, last.heapUsed());
                maxRss = Math.max(maxRss, last.rss());
            }
            long cpu1 = RunInfo.processCpuNanos();
            long gcCount = RunInfo.gcCount() - gcCount0;
            long gcMillis = RunInfo.gcMillis() - gcMillis0;
            String loadAtEnd = RunInfo.loadAverage();
            for (Thread thread : threads) {
                thread.join(DRAIN.toMillis() + 5_000);
            }
            report(workers, duration, inProcess, last, maxHeapUsed, maxRss, cpu1 - cpu0, gcCount, gcMillis,
                    loadAtStart, loadAtEnd);
        } finally {
            connections.forEach(ClientConnection::close);
        }
    }

    /** Encodes the four loop requests of a connection with AY 0 to 9: {@code [step][sequence]}. */
    private static byte[][][] encodeRequests(int index, boolean demoData, LocalDateTime now) {
        String patron = patronOf(index, demoData);
        String pin = demoData ? "1111" : LoadServer.LOAD_PIN;
        String item = itemOf(index, demoData);
        Sip2Timestamp date = Sip2Timestamp.of(now);
        List<ScMessage> loop = List.of(
                PatronInformationRequest.builder()
                        .language(Language.ENGLISH)
                        .transactionDate(date)
                        .summary(SummaryItem.CHARGED_ITEMS)
                        .institutionId(LoadServer.LOAD_INSTITUTION)
                        .patronIdentifier(patron)
                        .terminalPassword("")
                        .patronPassword(pin)
                        .startItem("1")
                        .endItem("5")
                        .build(),
                ItemInformationRequest.builder()
                        .transactionDate(date)
                        .institutionId(LoadServer.LOAD_INSTITUTION)
                        .itemIdentifier(item)
                        .terminalPassword("")
                        .build(),
                CheckoutRequest.builder()
                        .scRenewalPolicy(true)
                        .noBlock(false)
                        .transactionDate(date)
                        .nbDueDate(Sip2Timestamp.BLANK)
                        .institutionId(LoadServer.LOAD_INSTITUTION)
                        .patronIdentifier(patron)
                        .itemIdentifier(item)
                        .terminalPassword("")
                        .patronPassword(pin)
                        .build(),
                CheckinRequest.builder()
                        .noBlock(false)
                        .transactionDate(date)
                        .returnDate(date)
                        .currentLocation(LoadServer.LOAD_LOCATION)
                        .institutionId(LoadServer.LOAD_INSTITUTION)
                        .itemIdentifier(item)
                        .terminalPassword("")
                        .build());
        byte[][][] frames = new byte[STEPS + 1][10][];
        for (int seq = 0; seq < 10; seq++) {
            for (int step = 0; step < STEPS; step++) {
                frames[step][seq] = ClientConnection.CODEC.encode(loop.get(step), seq);
            }
            frames[STEPS][seq] = ClientConnection.CODEC.encode(ClientConnection.login(), seq);
        }
        return frames;
    }

    private static String patronOf(int index, boolean demoData) {
        return demoData ? "PAT-0001" : PATRONS[index];
    }

    private static String itemOf(int index, boolean demoData) {
        return demoData ? (index % 2 == 0 ? "ITM-0001" : "ITM-0007") : ITEMS[index];
    }

    private static void sleepUntil(long nanoTime) throws InterruptedException {
        long left;
        while ((left = nanoTime - System.nanoTime()) > 0) {
            TimeUnit.NANOSECONDS.sleep(left);
        }
    }

    private static void report(List<Worker> workers, Duration duration, boolean inProcess, ProcessMemory last,
            long maxHeapUsed, long maxRss, long cpuNanos, long gcCount, long gcMillis, String loadAtStart,
            String loadAtEnd) {
        Histogram latency = new Histogram(TimeUnit.SECONDS.toNanos(60), 3);
        long[] perStep = new long[STEPS];
        long measured = 0;
        long total = 0;
        long refused = 0;
        long timeouts = 0;
        long loggedIn = 0;
        long clientCpu = 0;
        Map<String, Long> errors = new TreeMap<>();
        List<String> examples = new ArrayList<>();
        for (Worker worker : workers) {
            latency.add(worker.latency);
            for (int s = 0; s < STEPS; s++) {
                perStep[s] += worker.perStep[s];
            }
            measured += worker.measured;
            total += worker.total;
            refused += worker.refused;
            timeouts += worker.timeouts;
            loggedIn += worker.loggedIn;
            if (worker.cpuAtStart >= 0 && worker.cpuAtEnd >= 0) {
                clientCpu += worker.cpuAtEnd - worker.cpuAtStart;
            }
            worker.errors.forEach((k, v) -> errors.merge(k, v, Long::sum));
            for (String example : worker.examples) {
                if (examples.size() < MAX_EXAMPLES) {
                    examples.add(example);
                }
            }
        }
        if (timeouts > 0) {
            errors.merge("no response within " + DRAIN.toSeconds() + " s of the end", timeouts, Long::sum);
        }
        long errorCount = errors.values().stream().mapToLong(Long::longValue).sum();
        double seconds = duration.toNanos() / 1e9;
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%nLogged in: %d connection(s)%n", loggedIn));
        out.append(String.format(Locale.ROOT, "Round trips measured: %,d in %.1f s = %,.0f round trips/s%n",
                measured, seconds, measured / seconds));
        for (int s = 0; s < STEPS; s++) {
            out.append(String.format(Locale.ROOT, "  %s: %,d%n", STEP_NAMES[s], perStep[s]));
        }
        out.append(String.format(Locale.ROOT,
                "Latency (ms): p50 %.3f, p90 %.3f, p99 %.3f, p99.9 %.3f, max %.3f, mean %.3f%n",
                ms(latency.getValueAtPercentile(50)), ms(latency.getValueAtPercentile(90)),
                ms(latency.getValueAtPercentile(99)), ms(latency.getValueAtPercentile(99.9)),
                ms(latency.getMaxValue()), latency.getMean() / 1e6));
        out.append(String.format(Locale.ROOT, "Responses checked (whole run, warm-up included): %,d; errors: %,d%n",
                total, errorCount));
        errors.forEach((k, v) -> out.append(String.format(Locale.ROOT, "  %s: %,d%n", k, v)));
        examples.forEach(e -> out.append("  e.g. ").append(e).append('\n'));
        if (refused > 0) {
            out.append(String.format(Locale.ROOT, "Refused (ok 0, allowed with --data demo): %,d%n", refused));
        }
        if (cpuNanos >= 0 && measured > 0) {
            out.append(String.format(Locale.ROOT, "CPU of this JVM during the measurement: %.1f s of %.1f s wall "
                    + "(%.2f cores), %.1f us per round trip%n", cpuNanos / 1e9, seconds, cpuNanos / 1e9 / seconds,
                    cpuNanos / 1e3 / measured));
            out.append(String.format(Locale.ROOT, "  of which the client threads: %.1f s, %.1f us per round trip; "
                    + "the rest (server, GC, JIT): %.1f us per round trip%n", clientCpu / 1e9,
                    clientCpu / 1e3 / measured, (cpuNanos - clientCpu) / 1e3 / measured));
        }
        out.append(String.format(Locale.ROOT, "GC during the measurement: %d collection(s), %d ms%n", gcCount,
                gcMillis));
        if (inProcess) {
            out.append("Memory of this JVM (server and client together), at the end of the measurement: ")
                    .append(last.describe()).append('\n');
            out.append("  peak heap used ").append(ProcessMemory.mb(maxHeapUsed)).append(", peak RSS ")
                    .append(ProcessMemory.mb(maxRss)).append(" (sampled every second)\n");
        }
        out.append("Load average at start / end of the measurement: ").append(loadAtStart).append(" / ")
                .append(loadAtEnd).append('\n');
        System.out.print(out);
        System.out.flush();
        if (errorCount > 0) {
            System.exit(1);
        }
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    /** One selector thread driving a share of the connections. */
    private static final class Worker implements Runnable {
        private static final int LOGGING_IN = 0;
        private static final int RUNNING = 1;
        private static final int DONE = 2;

        final Histogram latency = new Histogram(TimeUnit.SECONDS.toNanos(60), 3);
        final long[] perStep = new long[STEPS];
        final Map<String, Long> errors = new TreeMap<>();
        final List<String> examples = new ArrayList<>();
        long measured;
        long total;
        long refused;
        long timeouts;
        long loggedIn;
        long cpuAtStart = -1;
        long cpuAtEnd = -1;

        private final List<ClientConnection> connections;
        private final List<byte[][][]> requests;
        private final boolean demoData;
        private final long measureStart;
        private final long measureEnd;
        private final long hardStop;
        private final ByteBuffer buffer = ByteBuffer.allocate(16 * 1024);
        private int active;

        Worker(List<ClientConnection> connections, List<byte[][][]> requests, boolean demoData, long measureStart,
                long measureEnd, long hardStop) {
            this.connections = connections;
            this.requests = requests;
            this.demoData = demoData;
            this.measureStart = measureStart;
            this.measureEnd = measureEnd;
            this.hardStop = hardStop;
        }

        @Override
        public void run() {
            try (Selector selector = Selector.open()) {
                for (int i = 0; i < connections.size(); i++) {
                    ClientConnection c = connections.get(i);
                    c.key = c.channel.register(selector, SelectionKey.OP_READ, i);
                    c.state = LOGGING_IN;
                    c.send(requests.get(i)[STEPS][0], 0, LoginResponse.class, System.nanoTime());
                    active++;
                }
                while (active > 0 && System.nanoTime() < hardStop) {
                    selector.select(100);
                    long now = System.nanoTime();
                    if (cpuAtStart < 0 && now >= measureStart) {
                        cpuAtStart = THREADS.getCurrentThreadCpuTime();
                    }
                    if (cpuAtEnd < 0 && now >= measureEnd) {
                        cpuAtEnd = THREADS.getCurrentThreadCpuTime();
                    }
                    Iterator<SelectionKey> keys = selector.selectedKeys().iterator();
                    while (keys.hasNext()) {
                        SelectionKey key = keys.next();
                        keys.remove();
                        int i = (Integer) key.attachment();
                        ClientConnection c = connections.get(i);
                        try {
                            if (key.isValid() && key.isWritable()) {
                                c.flush();
                            }
                            if (key.isValid() && key.isReadable()) {
                                List<byte[]> frames = c.read(buffer);
                                if (frames == null) {
                                    fail(c, "closed by the server", "connection " + c.index + " closed");
                                    continue;
                                }
                                for (byte[] frame : frames) {
                                    onResponse(i, c, frame);
                                }
                            }
                        } catch (IOException e) {
                            fail(c, "I/O error", "connection " + c.index + ": " + e);
                        }
                    }
                }
                if (cpuAtEnd < 0) {
                    cpuAtEnd = THREADS.getCurrentThreadCpuTime();
                }
                for (ClientConnection c : connections) {
                    if (c.state != DONE && c.awaiting()) {
                        timeouts++;
                    }
                }
            } catch (IOException e) {
                error("I/O error", "selector: " + e);
            }
        }

        private void onResponse(int i, ClientConnection c, byte[] frame) throws IOException {
            long now = System.nanoTime();
            long sentAt = c.sentAt();
            int step = (int) ((c.sent - 2) % STEPS);
            total++;
            AcsMessage response;
            try {
                response = c.verify(frame);
                if (c.state == LOGGING_IN) {
                    if (!((LoginResponse) response).ok()) {
                        fail(c, "login refused", "connection " + c.index + ": 940");
                        return;
                    }
                    loggedIn++;
                    c.state = RUNNING;
                } else {
                    check(c.index, step, response);
                }
            } catch (ClientConnection.ResponseError e) {
                if (c.state == LOGGING_IN) {
                    fail(c, "login: " + e.category(), "connection " + c.index + ": " + e.getMessage());
                    return;
                }
                error(e.category(), "connection " + c.index + ": " + e.getMessage());
            }
            if (c.state == RUNNING && step >= 0 && sentAt >= measureStart && now < measureEnd && c.sent > 1) {
                latency.recordValue(Math.min(now - sentAt, latency.getHighestTrackableValue()));
                perStep[step]++;
                measured++;
            }
            if (now >= measureEnd) {
                c.state = DONE;
                active--;
                return;
            }
            int next = (int) ((c.sent - 1) % STEPS);
            int sequence = (int) (c.sent % 10);
            c.send(requests.get(i)[next][sequence], sequence, STEP_TYPES.get(next), System.nanoTime());
        }

        private void check(int index, int step, AcsMessage response) throws ClientConnection.ResponseError {
            String patron = patronOf(index, demoData);
            String item = itemOf(index, demoData);
            boolean ok = switch (step) {
                case 0 -> {
                    if (!((PatronInformationResponse) response).patronIdentifier().equals(patron)) {
                        throw new ClientConnection.ResponseError("content", "64 for another patron");
                    }
                    yield true;
                }
                case 1 -> {
                    if (!((ItemInformationResponse) response).itemIdentifier().equals(item)) {
                        throw new ClientConnection.ResponseError("content", "18 for another item");
                    }
                    yield true;
                }
                case 2 -> ((CheckoutResponse) response).ok();
                default -> ((CheckinResponse) response).ok();
            };
            if (!ok) {
                if (!demoData) {
                    throw new ClientConnection.ResponseError("refused", STEP_NAMES[step] + " answered ok 0: "
                            + response);
                }
                refused++;
            }
        }

        private void fail(ClientConnection c, String category, String example) {
            error(category, example);
            if (c.state != DONE) {
                c.state = DONE;
                active--;
            }
            c.key.cancel();
            c.close();
        }

        private void error(String category, String example) {
            errors.merge(category, 1L, Long::sum);
            if (examples.size() < MAX_EXAMPLES) {
                examples.add(example);
            }
        }
    }
}
