package io.github.sip2kit.cli;

import io.github.sip2kit.core.ScRequest;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code sip2 send}: log in, send requests, print the responses. */
@Command(name = "send", sortOptions = false,
        description = {"Connects to an ACS, logs in when --user is given, sends each request and prints each "
                + "decoded response (--json: one JSON object per line).",
            "A request is a short form (below) or a raw SIP2 frame such as 9900802.00; sequence numbers and "
                    + "checksums (AY/AZ) are added for you. Requests come from the arguments, one per argument, "
                    + "or from standard input, one per line (blank lines and lines starting with # are skipped).",
            "Every request is checked before the connection is opened. Exit code 5 if the login is refused or any "
                    + "response says no (ok 0, payment not accepted, ...); the remaining requests are still sent."},
        footerHeading = "%nShort forms (all also take institution=; pin= is AD):%n")
final class SendCommand implements Callable<Integer> {

    @ParentCommand
    private Sip2Cli root;

    @Mixin
    private ConnectionOptions connection;

    @Option(names = "--json", description = "Print each response as one line of JSON (the format of sip2 decode).")
    private boolean json;

    @Option(names = "--reveal-secrets", description = "Show passwords in responses instead of ****.")
    private boolean revealSecrets;

    @Parameters(paramLabel = "REQUEST", arity = "0..*",
            description = "Requests, each one argument (default: standard input, one per line).")
    private List<String> requests = new ArrayList<>();

    @Override
    public Integer call() {
        List<String> lines = requests.isEmpty() ? readLines() : requests;
        boolean refused = false;
        try (Session session = new Session(connection, root.out(), root.colour(), json, revealSecrets)) {
            List<ScRequest<?>> parsed = new ArrayList<>();
            for (String line : lines) {
                if (!line.isBlank() && !line.strip().startsWith("#")) {
                    parsed.add(session.request(line));
                }
            }
            session.login();
            for (ScRequest<?> request : parsed) {
                refused |= Session.negative(session.send(request));
            }
        }
        return refused ? Sip2Cli.EXIT_REFUSED : Sip2Cli.EXIT_OK;
    }

    private List<String> readLines() {
        if (System.console() != null && root.in() == System.in) {
            root.err().println("sip2 send: reading requests from standard input, one per line (end with Ctrl-D; "
                    + "'sip2 shell' is the interactive session)");
        }
        List<String> lines = new ArrayList<>();
        try {
            BufferedReader reader = new BufferedReader(new InputStreamReader(root.in(), StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lines.add(line);
            }
        } catch (IOException e) {
            throw new CliException(Sip2Cli.EXIT_FAILURE, "cannot read standard input: " + e.getMessage(), e);
        }
        return lines;
    }
}
