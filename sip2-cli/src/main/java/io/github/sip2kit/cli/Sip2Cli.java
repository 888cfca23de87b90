package io.github.sip2kit.cli;

import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The {@code sip2} command: the entry point of the runnable jar {@code sip2-cli/target/sip2.jar} and of the
 * {@code sip2} launcher script. {@code docs/cli.md} describes every subcommand.
 *
 * <p>Exit codes: {@link #EXIT_OK}, {@link #EXIT_FAILURE}, {@link #EXIT_USAGE}, {@link #EXIT_CONNECTION},
 * {@link #EXIT_PROTOCOL} and {@link #EXIT_REFUSED}.
 */
@Command(
        name = "sip2",
        scope = ScopeType.INHERIT,
        mixinStandardHelpOptions = true,
        versionProvider = Sip2Cli.Version.class,
        sortOptions = false,
        usageHelpAutoWidth = true,
        description = "Talk to a SIP2 (3M Standard Interchange Protocol 2.00) server, decode and encode frames, "
                + "compute checksums, generate test messages and run a demo server.",
        subcommands = {
            SendCommand.class,
            ShellCommand.class,
            DecodeCommand.class,
            EncodeCommand.class,
            ChecksumCommand.class,
            FixtureCommand.class,
            ServeCommand.class,
            CommandLine.HelpCommand.class
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:success",
            "1:other failure (unreadable file, internal error)",
            "2:usage error (unknown option, bad value, unknown request)",
            "3:connection failure (refused, timed out, TLS handshake, connection lost)",
            "4:protocol error (malformed or unexpected frame or response, checksum mismatch)",
            "5:negative answer from the ACS (login refused, ok=0)"
        },
        footerHeading = "%n",
        footer = "See docs/cli.md for examples.")
public final class Sip2Cli implements Runnable {

    /** Exit code: the command succeeded. */
    public static final int EXIT_OK = 0;
    /** Exit code: a failure that none of the other codes describes, such as an unreadable file. */
    public static final int EXIT_FAILURE = 1;
    /** Exit code: the command line or a request written on it is wrong (picocli's usage error code). */
    public static final int EXIT_USAGE = 2;
    /** Exit code: the connection to the server could not be opened, timed out or was lost. */
    public static final int EXIT_CONNECTION = 3;
    /** Exit code: a frame or response is malformed or not the expected one, or a checksum does not match. */
    public static final int EXIT_PROTOCOL = 4;
    /** Exit code: the ACS answered negatively: a login was refused, or a response says {@code ok=0}. */
    public static final int EXIT_REFUSED = 5;

    private final InputStream in;
    private final PrintStream out;
    private final PrintStream err;
    private final boolean colour;
    private final boolean interactive;
    private boolean verbose;

    @CommandLine.Spec
    private CommandSpec spec;

    Sip2Cli(InputStream in, PrintStream out, PrintStream err, boolean colour, boolean interactive) {
        this.in = in;
        this.out = out;
        this.err = err;
        this.colour = colour;
        this.interactive = interactive;
    }

    /**
     * Runs the command and exits the JVM with its exit code (unless a subcommand such as {@code serve} keeps
     * running until it is interrupted).
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        Logging.configure(args);
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        boolean terminal = System.console() != null;
        boolean colour = terminal && !System.getenv().containsKey("NO_COLOR");
        int code = commandLine(new Sip2Cli(System.in, out, err, colour, terminal)).execute(args);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /** {@return the exit code of one run, without colours or prompts} The streams stay open. */
    static int run(InputStream in, PrintStream out, PrintStream err, String... args) {
        return commandLine(new Sip2Cli(in, out, err, false, false)).execute(args);
    }

    static CommandLine commandLine(Sip2Cli root) {
        CommandLine commandLine = new CommandLine(root);
        commandLine.setOut(new PrintWriter(new OutputStreamWriter(root.out, StandardCharsets.UTF_8), true));
        commandLine.setErr(new PrintWriter(new OutputStreamWriter(root.err, StandardCharsets.UTF_8), true));
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        List<String> forms = ShortForms.help();
        for (String name : List.of("send", "shell")) {
            commandLine.getSubcommands().get(name).getCommandSpec().usageMessage()
                    .footer(forms.stream().map(line -> "  " + line).toArray(String[]::new));
        }
        commandLine.setParameterExceptionHandler((ex, args) -> {
            CommandLine failed = ex.getCommandLine();
            String name = failed.getCommandSpec().qualifiedName();
            root.err.println(name + ": " + ex.getMessage() + " (see '" + name + " --help')");
            return EXIT_USAGE;
        });
        commandLine.setExecutionExceptionHandler((ex, failed, parseResult) -> {
            String name = failed.getCommandSpec().qualifiedName();
            if (ex instanceof CliException) {
                root.err.println(name + ": " + ex.getMessage());
                if (root.verbose && ex.getCause() != null) {
                    ex.getCause().printStackTrace(root.err);
                }
                return ((CliException) ex).exitCode();
            }
            root.err.println(name + ": " + ex.getClass().getSimpleName()
                    + (ex.getMessage() != null ? ": " + ex.getMessage() : "")
                    + (root.verbose ? "" : " (run with --verbose for the stack trace)"));
            if (root.verbose) {
                ex.printStackTrace(root.err);
            }
            return EXIT_FAILURE;
        });
        return commandLine;
    }

    @Option(names = {"-v", "--verbose"}, scope = ScopeType.INHERIT,
            description = "Log what the client or server does (frames with passwords masked) and show stack traces.")
    void setVerbose(boolean verbose) {
        this.verbose = verbose;
    }

    /** Without a subcommand: the usage help. */
    @Override
    public void run() {
        spec.commandLine().usage(out);
    }

    InputStream in() {
        return in;
    }

    PrintStream out() {
        return out;
    }

    PrintStream err() {
        return err;
    }

    boolean colour() {
        return colour;
    }

    /** {@return whether standard input and output are a terminal (prompts are shown)} */
    boolean interactive() {
        return interactive;
    }

    boolean verbose() {
        return verbose;
    }

    /** The version line of {@code --version}: the jar's Implementation-Version. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = Sip2Cli.class.getPackage().getImplementationVersion();
            return new String[] {"sip2 " + (version != null ? version : "(development build)")
                    + ", Java " + System.getProperty("java.version")};
        }
    }
}
