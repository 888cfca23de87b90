/**
 * The {@code sip2} command line tool: {@link io.github.sip2kit.cli.Sip2Cli} and its picocli subcommands
 * ({@code send}, {@code shell}, {@code decode}, {@code encode}, {@code checksum}, {@code fixture}, {@code serve}).
 *
 * <p>{@code send} and {@code shell} talk through the client kit, {@code serve} runs the server kit over the
 * testkit's in-memory library, and {@code decode}/{@code encode} map frames to a stable JSON form (documented in
 * {@code docs/cli.md}) using the codec's message layout table. Failures surface as one line on standard error and
 * an exit code that says what kind of failure it was. Not thread-safe: one run per {@code Sip2Cli} instance.
 */
package io.github.sip2kit.cli;
