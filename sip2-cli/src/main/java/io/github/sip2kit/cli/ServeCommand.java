package io.github.sip2kit.cli;

import io.github.sip2kit.testkit.DemoServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code sip2 serve}: the testkit's {@link DemoServer}, until interrupted. */
@Command(name = "serve", sortOptions = false,
        description = {"Runs the demo SIP2 server (ACS): the in-memory library of docs/demo-data.md, or the one in "
                + "--data, with the demo accounts kiosk1/kiosk1-pass (MAIN), kiosk2/kiosk2-pass (EAST), retired "
                + "(refused) and 127.0.0.2 without login. Runs until Ctrl-C.",
            "It prints a banner whose first line says where it listens (useful with --port 0). Exit code 3 if it "
                    + "cannot listen, 2 for a bad option or an unreadable or invalid data file."})
final class ServeCommand implements Callable<Integer> {

    private static final String DATA_FILE = "data file: ";

    @ParentCommand
    private Sip2Cli root;

    @Option(names = "--host", paramLabel = "HOST", defaultValue = DemoServer.DEFAULT_HOST,
            description = "Address to listen on (default: ${DEFAULT-VALUE}; 0.0.0.0 for every interface).")
    private String host;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "" + DemoServer.DEFAULT_PORT,
            description = "Port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    private int port;

    @Option(names = "--data", paramLabel = "FILE",
            description = "Library data file (JSON, see docs/library-data-format.md; default: the demo data set).")
    private Path data;

    @Option(names = "--profile", paramLabel = "NAME", defaultValue = DemoServer.DEFAULT_PROFILE,
            description = "Vendor profile every account is served with: default, bibliotheca, envisionware, koha, "
                    + "evergreen, folio, alma (default: ${DEFAULT-VALUE}).")
    private String profile;

    @Override
    public Integer call() throws InterruptedException {
        DemoServer.Options options;
        try {
            options = DemoServer.Options.builder()
                    .host(host)
                    .port(port)
                    .profile(profile)
                    .build();
        } catch (IllegalArgumentException e) {
            throw CliException.usage("--" + e.getMessage());
        }
        if (data != null) {
            options = options.toBuilder().dataFile(data).build();
        }
        DemoServer server = start(options);
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "sip2-serve-shutdown"));
        try {
            root.out().println(server.banner());
            root.out().flush();
            server.awaitClose();
        } finally {
            server.close();
        }
        return Sip2Cli.EXIT_OK;
    }

    private static DemoServer start(DemoServer.Options options) {
        try {
            return DemoServer.start(options);
        } catch (IOException e) {
            throw new CliException(Sip2Cli.EXIT_CONNECTION, "cannot listen on " + options.host() + ":"
                    + options.port() + ": " + e.getMessage(), e);
        } catch (UncheckedIOException e) {
            throw CliException.usage("--data: " + options.dataFile().map(Path::toString).orElse("")
                    + ": " + e.getCause().getMessage() + " (expected: a readable library data file)");
        } catch (IllegalArgumentException e) {
            // DemoServer words its messages "host: ...", "data file: ..." or, for invalid data, as the data says.
            String message = e.getMessage();
            if (message.startsWith("host: ")) {
                throw CliException.usage("--" + message);
            }
            throw CliException.usage("--data: " + (message.startsWith(DATA_FILE)
                    ? message.substring(DATA_FILE.length()) : message));
        }
    }
}
