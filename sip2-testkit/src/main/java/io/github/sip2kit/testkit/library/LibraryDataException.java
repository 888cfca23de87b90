package io.github.sip2kit.testkit.library;

import java.util.Objects;

/**
 * Library data that cannot be used: a JSON data file that is malformed or breaks a rule of the format, or a
 * {@link InMemoryLibrary.Builder} given contradictory data. The message names where the problem is, as a
 * path into the JSON document, followed by the problem:
 *
 * <pre>{@code
 * patrons[2].pin: missing (expected: a string)
 * items[4].status: "BORROWED" (expected: a circulation status name such as AVAILABLE, or a code 01 to 13)
 * }</pre>
 */
public final class LibraryDataException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** The path. */
    private final String path;

    /** The problem. */
    private final String problem;

    /**
     * Creates an exception.
     *
     * @param path where the problem is, such as {@code patrons[2].pin}; empty for the document as a whole
     * @param problem what is wrong, such as {@code missing (expected: a string)}
     */
    public LibraryDataException(String path, String problem) {
        super(path.isEmpty() ? problem : path + ": " + problem);
        this.path = path;
        this.problem = Objects.requireNonNull(problem, "problem");
    }

    /**
     * Creates an exception with a cause.
     *
     * @param path where the problem is, such as {@code patrons[2].pin}; empty for the document as a whole
     * @param problem what is wrong
     * @param cause the underlying exception
     */
    public LibraryDataException(String path, String problem, Throwable cause) {
        this(path, problem);
        initCause(cause);
    }

    /** {@return where the problem is, as a path such as {@code patrons[2].fees[0].amount}; empty for the whole document} */
    public String path() {
        return path;
    }

    /** {@return what is wrong, without the path} */
    public String problem() {
        return problem;
    }
}
