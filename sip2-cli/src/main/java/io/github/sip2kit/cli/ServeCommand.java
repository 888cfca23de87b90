package io.github.sip2kit.cli;

import io.github.sip2kit.codec.VendorProfile;
import io.github.sip2kit.server.Sip2Server;
import io.github.sip2kit.testkit.DemoAccounts;
import io.github.sip2kit.testkit.InMemoryLibraryBackend;
import io.github.sip2kit.testkit.library.InMemoryLibrary;
import io.github.sip2kit.testkit.library.LibraryDataException;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code sip2 serve}: the demo ACS over the in-memory library, until interrupted. */
@Command(name = "serve", sortOptions = false,
        description = {"Runs the demo SIP2 server (ACS): the in-memory library of docs/demo-data.md, or the one in "
                + "--data, with the demo accounts kiosk1/kiosk1-pass (MAIN), kiosk2/kiosk2-pass (EAST), retired "
                + "(refused) and 127.0.0.2 without login. Runs until Ctrl-C.",
            "The first line on standard output says where it listens (useful with --port 0). Exit code 3 if it "
                    + "cannot listen, 2 if the data file is unreadable or invalid."})
final class ServeCommand implements Callable<Integer> {

    @ParentCommand
    private Sip2Cli root;

    @Option(names = "--host", paramLabel = "HOST", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}; 0.0.0.0 for every interface).")
    private String host;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "6001",
            description = "Port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    private int port;

    @Option(names = "--data", paramLabel = "FILE",
            description = "Library data file (JSON, see docs/library-data-format.md; default: the demo data set).")
    private Path data;

    @Mixin
    private CodecOptions codecOptions;

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65535) {
            throw CliException.usage("--port: " + port + " (expected: 0 to 65535)");
        }
        VendorProfile profile = codecOptions.vendorProfile();
        Sip2Server server = demoServer(new InetSocketAddress(host, port), profile, library());
        try {
            server.start();
        } catch (IOException e) {
            throw new CliException(Sip2Cli.EXIT_CONNECTION, "cannot listen on " + host + ":" + port + ": "
                    + e.getMessage(), e);
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            server.shutdown(Duration.ofSeconds(5));
            stopped.countDown();
        }, "sip2-serve-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        InetSocketAddress address = server.localAddress();
        root.out().println("sip2 demo server listening on " + address.getHostString() + ":" + address.getPort()
                + " (profile " + profile.name() + ", charset " + profile.codec().charset().name() + ")");
        root.out().println("accounts: kiosk1/kiosk1-pass (MAIN), kiosk2/kiosk2-pass (EAST), retired (refused); "
                + "127.0.0.2 needs no login. Ctrl-C stops the server.");
        root.out().flush();
        try {
            stopped.await();
        } finally {
            server.close();
        }
        return Sip2Cli.EXIT_OK;
    }

    /**
     * {@return the demo server, not yet started: the demo accounts, a backend over the library, and the profile
     * under the name the accounts use}
     */
    static Sip2Server demoServer(InetSocketAddress address, VendorProfile profile, InMemoryLibrary library) {
        InMemoryLibraryBackend backend = new InMemoryLibraryBackend(library);
        return Sip2Server.builder()
                .policies(DemoAccounts.policies())
                // The demo accounts name the profile "default": serve the chosen one under that name.
                .profile(profile.toBuilder("default").build())
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
                .bind(address)
                .build();
    }

    private InMemoryLibrary library() {
        if (data == null) {
            return InMemoryLibrary.defaultData();
        }
        if (!Files.isReadable(data)) {
            throw CliException.usage("--data: " + data + " (expected: a readable library data file)");
        }
        try {
            return InMemoryLibrary.load(data);
        } catch (LibraryDataException e) {
            throw CliException.usage("--data: " + e.getMessage());
        }
    }
}
