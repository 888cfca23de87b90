package io.github.sip2kit.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.DefaultParser;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * The shell's input on a terminal, with JLine: Emacs-style line editing, a history kept in a file (with passwords
 * {@linkplain MaskingHistory masked}), Tab completion of requests and keys ({@link ShellCompleter}), Ctrl-C to drop
 * the line being typed and Ctrl-D on an empty line to leave.
 */
final class LineEditor implements ShellInput {

    /** Lines the history keeps, in memory and in its file. */
    static final int HISTORY_SIZE = 1000;

    /**
     * JLine's terminal providers to try, in order. Both work from the runnable (shaded) jar on Linux and macOS:
     * {@code jni} loads the native library JLine ships inside its jar; {@code exec} runs {@code stty}. The FFM
     * provider is left out: it needs Java 22.
     */
    static final String PROVIDERS = "jni,exec";

    /** Held here so that the level set on it stays (java.util.logging keeps loggers weakly). */
    private static final Logger JLINE_LOGGER = Logger.getLogger("org.jline");

    private final Terminal terminal;
    private final LineReader reader;

    /**
     * An editor on the given terminal.
     *
     * @param terminal the terminal, closed with this editor
     * @param historyFile where the history is kept; created readable by its owner only if it does not exist
     * @param delimiter the field delimiter of raw frames, for masking
     */
    LineEditor(Terminal terminal, Path historyFile, char delimiter) {
        this.terminal = terminal;
        createPrivately(historyFile);
        // Lines are taken as typed: no backslash escapes, and an unclosed quote is an error of the short form, not
        // a request for a continuation line.
        DefaultParser parser = new DefaultParser();
        parser.setEscapeChars(new char[0]);
        parser.setEofOnUnclosedQuote(false);
        parser.setEofOnEscapedNewLine(false);
        this.reader = LineReaderBuilder.builder()
                .terminal(terminal)
                .appName("sip2")
                .parser(parser)
                .completer(new ShellCompleter())
                .history(new MaskingHistory(delimiter))
                .variable(LineReader.HISTORY_FILE, historyFile)
                .variable(LineReader.HISTORY_SIZE, HISTORY_SIZE)
                .variable(LineReader.HISTORY_FILE_SIZE, HISTORY_SIZE)
                // The shell has its own !! (which repeats the real line, not the masked one); no other ! magic.
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                .option(LineReader.Option.HISTORY_IGNORE_SPACE, true)
                .option(LineReader.Option.HISTORY_IGNORE_DUPS, true)
                .build();
    }

    /**
     * {@return an editor on the terminal of this process}
     *
     * @param historyFile where the history is kept
     * @param delimiter the field delimiter of raw frames, for masking
     * @param verbose whether JLine's own warnings are shown
     * @throws IOException if no terminal provider can open the terminal
     */
    static LineEditor onSystemTerminal(Path historyFile, char delimiter, boolean verbose) throws IOException {
        // JLine reports through java.util.logging, for instance that its native library could not be loaded before
        // it falls back to the exec provider, which works as well. Those notes are shown with --verbose only.
        JLINE_LOGGER.setLevel(verbose ? Level.INFO : Level.OFF);
        Terminal terminal = TerminalBuilder.builder()
                .name("sip2")
                .system(true)
                .providers(PROVIDERS)
                .dumb(false)
                .encoding(StandardCharsets.UTF_8)
                .build();
        try {
            return new LineEditor(terminal, historyFile, delimiter);
        } catch (RuntimeException e) {
            terminal.close();
            throw e;
        }
    }

    /** {@return the history file in the user's home directory, {@code ~/.sip2_history}} */
    static Path defaultHistoryFile() {
        return Path.of(System.getProperty("user.home"), ".sip2_history");
    }

    /** {@inheritDoc} Ctrl-C drops the line and prompts again; Ctrl-D on an empty line is the end. */
    @Override
    public String readLine(String prompt) {
        while (true) {
            try {
                return reader.readLine(prompt);
            } catch (UserInterruptException e) {
                // Ctrl-C: the line typed so far is dropped.
            } catch (EndOfFileException e) {
                return null;
            }
        }
    }

    @Override
    public void close() throws IOException {
        terminal.close();
    }

    /** Creates the history file with owner-only permissions where the file system has them; JLine keeps them. */
    private static void createPrivately(Path file) {
        try {
            if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(file,
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            }
        } catch (FileAlreadyExistsException e) {
            // Kept as it is.
        } catch (IOException e) {
            // JLine reports a history it cannot write; the session itself goes on.
        }
    }
}
