package io.github.sip2kit.cli;

/**
 * A failure the command reports as one line on standard error, with the exit code that says what kind of failure
 * it was (see {@link Sip2Cli}). The message never contains a password.
 */
final class CliException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int exitCode;

    CliException(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    CliException(int exitCode, String message, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    int exitCode() {
        return exitCode;
    }

    static CliException usage(String message) {
        return new CliException(Sip2Cli.EXIT_USAGE, message);
    }

    static CliException protocol(String message) {
        return new CliException(Sip2Cli.EXIT_PROTOCOL, message);
    }

    static CliException protocol(String message, Throwable cause) {
        return new CliException(Sip2Cli.EXIT_PROTOCOL, message, cause);
    }
}
