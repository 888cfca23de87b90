package io.github.sip2kit.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Where {@code sip2 shell} reads its lines: a {@link LineEditor} on a terminal, or {@link #plain} line-by-line
 * reading everywhere else (pipes, files, tests).
 */
interface ShellInput extends AutoCloseable {

    /**
     * {@return the next line without its terminator, or {@code null} at the end of the input}
     *
     * @param prompt what to show before the line, if this input shows prompts
     */
    String readLine(String prompt) throws IOException;

    @Override
    void close() throws IOException;

    /**
     * {@return plain reading of UTF-8 lines, without editing or history} The stream is not closed.
     *
     * @param in where the lines come from
     * @param out where the prompt goes
     * @param prompt whether to show the prompt
     */
    static ShellInput plain(InputStream in, PrintStream out, boolean prompt) {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        return new ShellInput() {
            @Override
            public String readLine(String text) throws IOException {
                if (prompt) {
                    out.print(text);
                    out.flush();
                }
                return reader.readLine();
            }

            @Override
            public void close() {
                // The stream belongs to the caller.
            }
        };
    }
}
