package io.github.sip2kit.benchmarks;

import io.github.sip2kit.core.AcsStatus;
import io.github.sip2kit.core.LoginResponse;
import io.github.sip2kit.server.Sip2Server;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * An idle-connection soak: opens K connections to the demo server, logs each in (93, then 99 as a self-check
 * machine does after its login), holds them all open and idle for a while, measures the server's memory, then
 * checks that every connection still answers an SC Status (99) and closes them.
 *
 * <p>The client is one thread with non-blocking {@link SocketChannel}s; at most {@code --concurrency} connections
 * are being opened and logged in at a time. By default the server runs in this JVM, so the memory figures are
 * those of client and server together; with {@code --server-process} it runs as a separate {@link LoadServer}
 * process (started with this JVM's class path and the {@code --server-jvm-args}) and its memory is read apart
 * from the client's.
 * <pre>{@code
 * ulimit -n 65536
 * java -cp benchmarks/target/benchmarks.jar io.github.sip2kit.benchmarks.IdleSoak --connections 10000 --hold 30 \
 *     --server-process --server-jvm-args "-Xmx256m"
 * }</pre>
 * Options: {@code --connections} (1 to 25,000, default 10,000), {@code --hold} (seconds, default 30, at most 600),
 * {@code --concurrency} (connections being opened at once, default 200), {@code --server-process},
 * {@code --server-jvm-args} (space-separated), {@code --worker-threads} and {@code --io-threads}. Each connection
 * costs a file descriptor on each side: the tool refuses to start when the open-file limit is too low.
 */
public final class IdleSoak {

    private static final Set<String> OPTIONS = Set.of("connections", "hold", "concurrency", "server-jvm-args",
            "worker-threads", "io-threads");
    private static final Set<String> FLAGS = Set.of("server-process");
    private static final Duration OPEN_TIMEOUT = Duration.ofMinutes(5);
    private static final Duration CHECK_TIMEOUT = Duration.ofSeconds(60);
    private static final int MAX_EXAMPLES = 5;

    private static final int CONNECTING = 0;
    private static final int LOGGING_IN = 1;
    private static final int STATUS = 2;
    private static final int IDLE = 3;
    private static final int CHECKING = 4;
    private static final int CHECKED = 5;
    private static final int FAILED = 6;

    private final List<ClientConnection> connections = new ArrayList<>();
    private final byte[][] login = new byte[10][];
    private final byte[][] status = new byte[10][];
    private final ByteBuffer buffer = ByteBuffer.allocate(4096);
    private final Map<String, Long> errors = new TreeMap<>();
    private final List<String> examples = new ArrayList<>();
    private final Selector selector;
    private int inFlight;
    private int idle;
    private int dropped;

    private IdleSoak(Selector selector) {
        this.selector = selector;
        for (int seq = 0; seq < 10; seq++) {
            login[seq] = ClientConnection.CODEC.encode(ClientConnection.login(), seq);
            status[seq] = ClientConnection.CODEC.encode(ClientConnection.scStatus(), seq);
        }
    }

    /**
     * Runs the soak and prints the report.
     *
     * @param args the options described on the class
     * @throws Exception if the server cannot start
     */
    public static void main(String[] args) throws Exception {
        LoadServer.quietLogging();
        Options options = Options.parse("IdleSoak", args, OPTIONS, FLAGS);
        int count = options.integer("connections", 10_000, 1, 25_000);
        Duration hold = options.duration("hold", Duration.ofSeconds(30), Duration.ofSeconds(1), Duration.ofMinutes(10));
        int concurrency = options.integer("concurrency", 200, 1, 5_000);
        boolean separate = options.flag("server-process");
        String serverJvmArgs = options.string("server-jvm-args", "");
        int workers = options.integer("worker-threads", Sip2Server.DEFAULT_WORKER_THREADS, 1, 1024);
        int ioThreads = options.integer("io-threads", 0, 0, 64);
        if (!serverJvmArgs.isBlank() && !separate) {
            throw new IllegalArgumentException("IdleSoak: --server-jvm-args: needs --server-process "
                    + "(the in-process server runs with this JVM's flags)");
        }
        long needed = (separate ? 1L : 2L) * count + 500;
        long limit = openFileLimit();
        if (limit >= 0 && limit < needed) {
            System.err.println("IdleSoak: the open-file limit is " + limit + ", and " + count + " connections "
                    + (separate ? "need about " : "with the server in this JVM need about ") + needed
                    + " descriptors (expected: a higher limit; run `ulimit -n 65536` in this shell first)");
            System.exit(2);
        }

        System.out.println("IdleSoak: " + count + " connections, held " + hold.toSeconds() + " s, server "
                + (separate ? "in a separate process" + (serverJvmArgs.isBlank() ? "" : " with " + serverJvmArgs)
                        : "in this JVM") + ", open-file limit " + limit);
        System.out.println(RunInfo.describe());

        ServerHandle server = separate
                ? ServerHandle.process(serverJvmArgs, count + 100, workers, ioThreads, hold.plus(Duration.ofMinutes(10)))
                : ServerHandle.inProcess(count + 100, workers, ioThreads);
        try (Selector selector = Selector.open()) {
            new IdleSoak(selector).run(server, count, hold, concurrency, separate);
        } finally {
            server.close();
        }
    }

    private void run(ServerHandle server, int count, Duration hold, int concurrency, boolean separate)
            throws IOException, InterruptedException {
        ProcessMemory serverBefore = server.memoryAfterGc();
        ProcessMemory clientBefore = separate ? ProcessMemory.afterGc() : null;
        System.out.println("\nBefore connecting, after a full GC:");
        System.out.println("  " + (separate ? "server process: " : "this JVM (server and client): ")
                + serverBefore.describe());
        if (separate) {
            System.out.println("  client (this JVM): " + clientBefore.describe());
        }

        long openStart = System.nanoTime();
        open(server.address(), count, concurrency);
        double openSeconds = (System.nanoTime() - openStart) / 1e9;
        System.out.printf(Locale.ROOT, "%nOpened and logged in: %,d of %,d connections in %.1f s (%,.0f a second)%n",
                idle, count, openSeconds, idle / openSeconds);

        long holdEnd = System.nanoTime() + hold.toNanos();
        while (System.nanoTime() < holdEnd) {
            poll(Math.max(1, Math.min(1000, TimeUnit.NANOSECONDS.toMillis(holdEnd - System.nanoTime()))));
        }
        int serverCount = server.connectionCount();
        ProcessMemory serverHeld = server.memory();
        ProcessMemory serverHeldGc = server.memoryAfterGc();
        ProcessMemory clientHeld = separate ? ProcessMemory.afterGc() : null;
        String load = RunInfo.loadAverage();

        long checkStart = System.nanoTime();
        int answered = check(concurrency * 5);
        double checkSeconds = (System.nanoTime() - checkStart) / 1e9;

        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "After holding %,d idle connections for %d s (server counts %,d; "
                + "dropped while idle: %,d):%n", idle + dropped, hold.toSeconds(), serverCount, dropped));
        String who = separate ? "server process" : "this JVM (server and client)";
        out.append("  ").append(who).append(": ").append(serverHeld.describe()).append('\n');
        out.append("  ").append(who).append(", after a full GC: ").append(serverHeldGc.describe()).append('\n');
        long held = Math.max(1, idle + dropped);
        out.append(String.format(Locale.ROOT, "  per connection: %.1f KB RSS, %.1f KB live heap (after-GC heap "
                + "and RSS differences to before connecting, over %,d connections)%n",
                (serverHeldGc.rss() - serverBefore.rss()) / 1024.0 / held,
                (serverHeldGc.heapUsed() - serverBefore.heapUsed()) / 1024.0 / held, held));
        if (separate) {
            out.append("  client (this JVM), after a full GC: ").append(clientHeld.describe()).append('\n');
            out.append("  server and client RSS together: ")
                    .append(ProcessMemory.mb(serverHeldGc.rss() + clientHeld.rss())).append('\n');
        }
        out.append(String.format(Locale.ROOT, "Still answering 99 at the end: %,d of %,d (checked in %.1f s)%n",
                answered, count, checkSeconds));
        long errorCount = errors.values().stream().mapToLong(Long::longValue).sum();
        out.append(String.format(Locale.ROOT, "Errors: %,d%n", errorCount));
        errors.forEach((k, v) -> out.append(String.format(Locale.ROOT, "  %s: %,d%n", k, v)));
        examples.forEach(e -> out.append("  e.g. ").append(e).append('\n'));
        out.append("Load average while holding: ").append(load).append('\n');
        System.out.print(out);
        System.out.flush();
        connections.forEach(ClientConnection::close);
        if (errorCount > 0 || answered < count) {
            server.close();
            System.exit(1);
        }
    }

    /** Opens and logs in {@code count} connections, at most {@code concurrency} at a time. */
    private void open(InetSocketAddress target, int count, int concurrency) throws IOException {
        long deadline = System.nanoTime() + OPEN_TIMEOUT.toNanos();
        int started = 0;
        while ((started < count || inFlight > 0) && System.nanoTime() < deadline) {
            while (started < count && inFlight < concurrency) {
                startConnection(target, started++);
            }
            poll(100);
        }
        if (inFlight > 0) {
            error("not logged in within " + OPEN_TIMEOUT.toSeconds() + " s", inFlight + " connection(s)");
        }
    }

    private void startConnection(InetSocketAddress target, int index) throws IOException {
        SocketChannel channel = SocketChannel.open();
        channel.configureBlocking(false);
        channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
        ClientConnection c = new ClientConnection(index, channel);
        connections.add(c);
        inFlight++;
        try {
            c.state = CONNECTING;
            if (channel.connect(target)) {
                c.key = channel.register(selector, SelectionKey.OP_READ, c);
                sendLogin(c);
            } else {
                c.key = channel.register(selector, SelectionKey.OP_CONNECT, c);
            }
        } catch (IOException e) {
            fail(c, "connect", e.toString());
        }
    }

    private void sendLogin(ClientConnection c) throws IOException {
        c.state = LOGGING_IN;
        c.send(login[0], 0, LoginResponse.class, System.nanoTime());
    }

    /** Sends an SC status on every idle connection, at most {@code window} at a time; returns how many answered. */
    private int check(int window) throws IOException {
        ArrayDeque<ClientConnection> waiting = new ArrayDeque<>();
        for (ClientConnection c : connections) {
            if (c.state == IDLE) {
                waiting.add(c);
            }
        }
        int answered = 0;
        long deadline = System.nanoTime() + CHECK_TIMEOUT.toNanos();
        while ((!waiting.isEmpty() || inFlight > 0) && System.nanoTime() < deadline) {
            while (!waiting.isEmpty() && inFlight < window) {
                ClientConnection c = waiting.poll();
                c.state = CHECKING;
                inFlight++;
                int seq = (int) (c.sent % 10);
                try {
                    c.send(status[seq], seq, AcsStatus.class, System.nanoTime());
                } catch (IOException e) {
                    fail(c, "check: I/O error", e.toString());
                }
            }
            poll(100);
        }
        for (ClientConnection c : connections) {
            if (c.state == CHECKED) {
                answered++;
            } else if (c.state == CHECKING) {
                error("check: no answer within " + CHECK_TIMEOUT.toSeconds() + " s", "connection " + c.index);
            }
        }
        return answered;
    }

    private void poll(long timeoutMillis) throws IOException {
        selector.select(timeoutMillis);
        Iterator<SelectionKey> keys = selector.selectedKeys().iterator();
        while (keys.hasNext()) {
            SelectionKey key = keys.next();
            keys.remove();
            ClientConnection c = (ClientConnection) key.attachment();
            try {
                if (key.isValid() && key.isConnectable()) {
                    c.channel.finishConnect();
                    key.interestOps(SelectionKey.OP_READ);
                    sendLogin(c);
                }
                if (key.isValid() && key.isWritable()) {
                    c.flush();
                }
                if (key.isValid() && key.isReadable()) {
                    List<byte[]> frames = c.read(buffer);
                    if (frames == null) {
                        if (c.state == IDLE) {
                            dropped++;
                            idle--;
                        }
                        fail(c, "closed by the server in state " + c.state, "connection " + c.index);
                        continue;
                    }
                    for (byte[] frame : frames) {
                        onFrame(c, frame);
                    }
                }
            } catch (IOException e) {
                if (c.state == IDLE) {
                    dropped++;
                    idle--;
                }
                fail(c, "I/O error in state " + c.state, "connection " + c.index + ": " + e);
            }
        }
    }

    private void onFrame(ClientConnection c, byte[] frame) throws IOException {
        try {
            Object response = c.verify(frame);
            switch (c.state) {
                case LOGGING_IN -> {
                    if (!((LoginResponse) response).ok()) {
                        fail(c, "login refused", "connection " + c.index + ": 940");
                        return;
                    }
                    c.state = STATUS;
                    c.send(status[1], 1, AcsStatus.class, System.nanoTime());
                }
                case STATUS -> {
                    c.state = IDLE;
                    inFlight--;
                    idle++;
                }
                case CHECKING -> {
                    c.state = CHECKED;
                    inFlight--;
                }
                default -> error("unsolicited frame in state " + c.state, "connection " + c.index);
            }
        } catch (ClientConnection.ResponseError e) {
            fail(c, e.category(), "connection " + c.index + ": " + e.getMessage());
        }
    }

    private void fail(ClientConnection c, String category, String example) {
        error(category, example);
        if (c.state != IDLE && c.state != CHECKED && c.state != FAILED) {
            inFlight--;
        }
        c.state = FAILED;
        if (c.key != null) {
            c.key.cancel();
        }
        c.close();
    }

    private void error(String category, String example) {
        errors.merge(category, 1L, Long::sum);
        if (examples.size() < MAX_EXAMPLES) {
            examples.add(example);
        }
    }

    /** {@return this process's soft limit of open files, or -1 where {@code /proc/self/limits} cannot be read} */
    private static long openFileLimit() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/limits"), StandardCharsets.US_ASCII)) {
                if (line.startsWith("Max open files")) {
                    String[] parts = line.substring("Max open files".length()).trim().split("\\s+");
                    return parts[0].equals("unlimited") ? Long.MAX_VALUE : Long.parseLong(parts[0]);
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }

    /** The server under test: in this JVM, or a {@link LoadServer} child process spoken to over its stdin/stdout. */
    private abstract static class ServerHandle implements AutoCloseable {

        abstract InetSocketAddress address();

        abstract int connectionCount() throws IOException;

        abstract ProcessMemory memory() throws IOException;

        abstract ProcessMemory memoryAfterGc() throws IOException;

        @Override
        public abstract void close();

        static ServerHandle inProcess(int maxConnections, int workers, int ioThreads) throws IOException {
            Sip2Server server = LoadServer.start(new InetSocketAddress("127.0.0.1", 0), 10, maxConnections, workers,
                    ioThreads);
            return new ServerHandle() {
                @Override
                InetSocketAddress address() {
                    return server.localAddress();
                }

                @Override
                int connectionCount() {
                    return server.connectionCount();
                }

                @Override
                ProcessMemory memory() {
                    return ProcessMemory.current();
                }

                @Override
                ProcessMemory memoryAfterGc() {
                    return ProcessMemory.afterGc();
                }

                @Override
                public void close() {
                    server.shutdown(Duration.ofSeconds(5));
                }
            };
        }

        static ServerHandle process(String jvmArgs, int maxConnections, int workers, int ioThreads,
                Duration lifetime) throws IOException {
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            if (!jvmArgs.isBlank()) {
                command.addAll(Arrays.asList(jvmArgs.trim().split("\\s+")));
            }
            command.addAll(List.of("-cp", System.getProperty("java.class.path"), LoadServer.class.getName(),
                    "--port", "0", "--load-patrons", "10", "--max-connections", Integer.toString(maxConnections),
                    "--worker-threads", Integer.toString(workers), "--io-threads", Integer.toString(ioThreads),
                    "--max-lifetime", lifetime.toSeconds() + "s"));
            System.out.println("Server process: " + String.join(" ", command));
            Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            BufferedReader in = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.US_ASCII));
            PrintStream commands = new PrintStream(process.getOutputStream(), true, StandardCharsets.US_ASCII);
            String first = in.readLine();
            if (first == null || !first.startsWith("LISTENING ")) {
                process.destroy();
                throw new IOException("server process: " + first + " (expected: LISTENING <port>)");
            }
            InetSocketAddress address = new InetSocketAddress("127.0.0.1",
                    Integer.parseInt(first.substring("LISTENING ".length()).trim()));
            return new ServerHandle() {
                @Override
                InetSocketAddress address() {
                    return address;
                }

                @Override
                int connectionCount() throws IOException {
                    String line = ask("connections");
                    return Integer.parseInt(line.substring("CONNECTIONS ".length()).trim());
                }

                @Override
                ProcessMemory memory() throws IOException {
                    return ProcessMemory.parse(ask("memory"));
                }

                @Override
                ProcessMemory memoryAfterGc() throws IOException {
                    return ProcessMemory.parse(ask("gc"));
                }

                private String ask(String command) throws IOException {
                    commands.println(command);
                    String line = in.readLine();
                    if (line == null) {
                        throw new IOException("server process: ended while asked for " + command);
                    }
                    return line;
                }

                @Override
                public void close() {
                    commands.println("quit");
                    commands.close();
                    try {
                        if (!process.waitFor(15, TimeUnit.SECONDS)) {
                            process.destroy();
                            process.waitFor(5, TimeUnit.SECONDS);
                        }
                    } catch (InterruptedException e) {
                        process.destroy();
                        Thread.currentThread().interrupt();
                    }
                }
            };
        }
    }
}
