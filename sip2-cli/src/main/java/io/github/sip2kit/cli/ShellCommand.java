package io.github.sip2kit.cli;

import io.github.sip2kit.core.ScRequest;
import java.io.IOException;
import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code sip2 shell}: an interactive session, like typing frames into telnet but with the protocol done for you. */
@Command(name = "shell", sortOptions = false,
        description = {"An interactive session with an ACS, like the classic telnet test: type a short form or a "
                + "raw frame per line and see the decoded response. Sequence numbers and checksums are added for you.",
            "Commands: help, quit (or exit, or end of input), !! (repeat the last request).",
            "On a terminal: line editing, Up/Down for the history (kept in ~/.sip2_history, with the values of pin= "
                    + "and password= and of AC, AD and CO in raw frames stored as ****; a line that starts with a "
                    + "blank is not kept), Tab completes request names and keys, Ctrl-C drops the line, Ctrl-D on "
                    + "an empty line leaves.",
            "A failed request is reported and the session goes on (a lost connection is reopened, with the login, "
                    + "for the next request). Exit code 0 at the end of the session, 3 or 5 if the first login "
                    + "cannot connect or is refused."},
        footerHeading = "%nShort forms (all also take institution=; pin= is AD):%n")
final class ShellCommand implements Callable<Integer> {

    private static final String PROMPT = "sip2> ";

    @ParentCommand
    private Sip2Cli root;

    @Mixin
    private ConnectionOptions connection;

    @Option(names = "--json", description = "Print each response as one line of JSON.")
    private boolean json;

    @Option(names = "--reveal-secrets", description = "Show passwords in responses instead of ****.")
    private boolean revealSecrets;

    @Override
    public Integer call() {
        PrintStream out = root.out();
        try (Session session = new Session(connection, out, root.colour(), json, revealSecrets)) {
            session.login();
            session.note("Connected to " + connection.peer()
                    + (connection.user != null ? " as " + connection.user : "") + ". Type help for the requests, "
                    + "quit to leave.");
            char delimiter = connection.codecOptions.codec().fieldDelimiter();
            try (ShellInput input = input(delimiter)) {
                loop(session, input, delimiter);
            }
        } catch (IOException e) {
            throw new CliException(Sip2Cli.EXIT_FAILURE, "cannot read standard input: " + e.getMessage(), e);
        }
        return Sip2Cli.EXIT_OK;
    }

    /**
     * {@return the line editor when standard input and output are this process's terminal, else plain reading}
     * A terminal JLine cannot open (an unknown platform, no {@code stty}) also falls back to plain reading.
     */
    private ShellInput input(char delimiter) {
        if (root.interactive() && root.in() == System.in) {
            try {
                return LineEditor.onSystemTerminal(LineEditor.defaultHistoryFile(), delimiter, root.verbose());
            } catch (IOException | RuntimeException e) {
                if (root.verbose()) {
                    root.err().println("note: no line editing on this terminal: " + e);
                }
            }
        }
        return ShellInput.plain(root.in(), root.out(), root.interactive());
    }

    private void loop(Session session, ShellInput input, char delimiter) throws IOException {
        PrintStream out = root.out();
        String last = null;
        while (true) {
            out.flush();
            String line = input.readLine(PROMPT);
            if (line == null) {
                break;
            }
            line = line.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String word = line.toLowerCase(Locale.ROOT);
            if (word.equals("quit") || word.equals("exit")) {
                break;
            }
            if (word.equals("help") || word.equals("?")) {
                help(out);
                continue;
            }
            if (line.equals("!!")) {
                if (last == null) {
                    root.err().println("error: no earlier request to repeat");
                    continue;
                }
                line = last;
                out.println(MaskingHistory.mask(line, delimiter));
            }
            last = line;
            try {
                ScRequest<?> request = session.request(line);
                session.send(request);
            } catch (CliException e) {
                root.err().println("error: " + e.getMessage());
                if (root.verbose() && e.getCause() != null) {
                    e.getCause().printStackTrace(root.err());
                }
            }
        }
    }

    private static void help(PrintStream out) {
        out.println("Requests (each also takes institution=, else AO is --institution; pin= is AD):");
        for (String line : ShortForms.help()) {
            out.println("  " + line);
        }
        out.println("Or a raw frame without AY/AZ, such as 9900802.00 or 2300120240115    103000AOMAIN|AAP1|AC|AD|");
        out.println("Values with blanks go in quotes: block-patron patron=P1 message=\"Card left behind\"");
        out.println("help: this list   !!: repeat the last request   quit: leave");
        out.println("On a terminal: Tab completes, Up/Down walk the history, Ctrl-C drops the line, Ctrl-D leaves");
    }
}
