package io.github.sip2kit.codec;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Thrown when input is not a well-formed SIP2 frame or message. One exception type covers every failure; the
 * {@link #reason() reason} says what went wrong and {@link #resendable()} whether the right answer to the peer is
 * a 96 "please resend".
 *
 * <p>It locates the problem like the spec's tables do: {@link #messageCode()}, {@link #fieldId()} and a 1-based
 * {@link #column()} ({@code 0} when the problem is not tied to a column). {@link #excerpt()} is a short piece of
 * the input around that column in which passwords are already masked (see {@link Redaction}); raw input never
 * appears anywhere else. {@link #getOriginalMessage()} is the bare description; {@link #getMessage()} adds the
 * location and the excerpt:
 * <pre>{@code
 * required field is missing [message 11, field AB, column 42] near "…AA104000000105|AC****|AY3AZEDC2"
 * }</pre>
 *
 * <p>A strict decoder may find several problems in one message; it reports them all through
 * {@link #violations()}, and the exception itself describes the first.
 */
public final class Sip2DecodeException extends Sip2Exception {

    private static final long serialVersionUID = 1L;

    /** Why input was rejected. */
    public enum Reason {
        /** More bytes arrived without a terminator than the frame-length limit allows. */
        FRAME_TOO_LONG(false),
        /**
         * The message is shorter than the fixed part its message code requires; the frame was probably cut, so the
         * peer is asked to resend.
         */
        TRUNCATED_FIXED_PART(true),
        /** A fixed-position field holds a value its definition does not allow (wrong flag, bad date, ...). */
        INVALID_FIXED_FIELD(false),
        /** A tagged field holds a value its definition does not allow (wrong length or characters). */
        INVALID_FIELD_VALUE(false),
        /** Where a two-character field identifier is expected, the text is not one. */
        INVALID_FIELD_ID(false),
        /** A field the message definition requires is absent. */
        MISSING_REQUIRED_FIELD(false),
        /** The last tagged field is not followed by the field delimiter, as SIP 2.00 requires of every field. */
        MISSING_DELIMITER(false),
        /** A field that may occur once occurs more than once. */
        DUPLICATE_FIELD(false),
        /** A field identifier the message definition does not know, rejected by policy. */
        UNKNOWN_FIELD(false),
        /** A tagged value is longer than the field-length limit allows. */
        FIELD_TOO_LONG(false),
        /** One field identifier occurs more often in a message than the repeat limit allows. */
        TOO_MANY_REPEATS(false),
        /** The two-character message code is not one the spec defines, rejected by policy. */
        UNKNOWN_MESSAGE_CODE(false),
        /** The message is valid but travels the wrong way (a response where a request was expected, or back). */
        UNEXPECTED_DIRECTION(false),
        /** The message travels the expected way but is another message than the one expected. */
        UNEXPECTED_MESSAGE_TYPE(false),
        /** The AZ checksum does not match the bytes of the frame: the frame was corrupted in transit. */
        CHECKSUM_MISMATCH(true),
        /** The AZ checksum is present but is not four hexadecimal digits. */
        MALFORMED_CHECKSUM(true),
        /** Error detection is required but the frame carries no AZ checksum. */
        MISSING_CHECKSUM(true),
        /** The AY sequence number is not a single digit, or is not the one expected. */
        BAD_SEQUENCE_NUMBER(true),
        /** The frame contains a character no SIP2 message may contain (NUL, a stray CR or LF). */
        ILLEGAL_CHARACTER(true);

        private final boolean resendable;

        Reason(boolean resendable) {
            this.resendable = resendable;
        }

        /**
         * {@return whether the right answer to the peer is a 96 "please resend": true for corruption in transit,
         * false for a message that would be just as wrong when sent again}
         */
        public boolean resendable() {
            return resendable;
        }
    }

    /**
     * One problem found in the input.
     *
     * @param reason why the input was rejected
     * @param message a description of the problem, without any input text
     * @param messageCode the two-character message code, if known
     * @param fieldId the two-character field identifier, if the problem concerns one field
     * @param column the 1-based column of the problem in the message text, or {@code 0} when it is not tied to a
     *     column
     */
    public record Violation(
            Reason reason, String message, Optional<String> messageCode, Optional<String> fieldId, int column) {

        /**
         * Checks the components.
         *
         * @param reason why the input was rejected
         * @param message a description of the problem, without any input text
         * @param messageCode the two-character message code, if known
         * @param fieldId the two-character field identifier, if the problem concerns one field
         * @param column the 1-based column, or {@code 0}
         * @throws NullPointerException if a component is {@code null}
         * @throws IllegalArgumentException if {@code column} is negative
         */
        public Violation {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(message, "message");
            Objects.requireNonNull(messageCode, "messageCode");
            Objects.requireNonNull(fieldId, "fieldId");
            if (column < 0) {
                throw new IllegalArgumentException("column: " + column + " (expected: >= 0)");
            }
        }

        /**
         * Creates a violation from nullable parts.
         *
         * @param reason why the input was rejected
         * @param message a description of the problem, without any input text
         * @param messageCodeOrNull the message code, or {@code null} if unknown
         * @param fieldIdOrNull the field identifier, or {@code null} if the problem concerns no single field
         * @param column the 1-based column, or {@code 0}
         * @return the violation
         */
        public static Violation of(
                Reason reason, String message, String messageCodeOrNull, String fieldIdOrNull, int column) {
            return new Violation(
                    reason, message, Optional.ofNullable(messageCodeOrNull), Optional.ofNullable(fieldIdOrNull), column);
        }

        /** {@return whether the right answer to the peer is a 96 "please resend"} */
        public boolean resendable() {
            return reason.resendable();
        }
    }

    // The first violation is kept in serializable fields; Optional and the list's records are not serializable.
    private final Reason reason;
    private final String messageCode;
    private final String fieldId;
    private final int column;
    private final String excerpt;
    private final transient List<Violation> violations;

    /**
     * Creates an exception for a single problem.
     *
     * @param reason why the input was rejected
     * @param message a description of the problem, without any input text
     * @param messageCodeOrNull the message code, or {@code null} if unknown
     * @param fieldIdOrNull the field identifier, or {@code null} if the problem concerns no single field
     * @param column the 1-based column, or {@code 0} when the problem is not tied to a column
     * @param excerpt input around the column with passwords masked, as made by
     *     {@link Redaction#excerpt(CharSequence, int, char)}; empty or {@code null} for none
     * @throws NullPointerException if {@code reason} or {@code message} is {@code null}
     * @throws IllegalArgumentException if {@code column} is negative
     */
    public Sip2DecodeException(
            Reason reason,
            String message,
            String messageCodeOrNull,
            String fieldIdOrNull,
            int column,
            String excerpt) {
        this(List.of(Violation.of(reason, message, messageCodeOrNull, fieldIdOrNull, column)), excerpt);
    }

    /**
     * Creates an exception for one or more problems; it describes the first and keeps all.
     *
     * @param violations the problems found, in the order found; not empty
     * @param excerpt input around the first violation's column with passwords masked, as made by
     *     {@link Redaction#excerpt(CharSequence, int, char)}; empty or {@code null} for none
     * @throws NullPointerException if {@code violations} is or contains {@code null}
     * @throws IllegalArgumentException if {@code violations} is empty
     */
    public Sip2DecodeException(List<Violation> violations, String excerpt) {
        this(first(violations), List.copyOf(violations), excerpt == null ? "" : excerpt);
    }

    private Sip2DecodeException(Violation first, List<Violation> violations, String excerpt) {
        super(first.message());
        this.reason = first.reason();
        this.messageCode = first.messageCode().orElse(null);
        this.fieldId = first.fieldId().orElse(null);
        this.column = first.column();
        this.excerpt = excerpt;
        this.violations = violations;
    }

    private static Violation first(List<Violation> violations) {
        Objects.requireNonNull(violations, "violations");
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("violations: [] (expected: at least one)");
        }
        return Objects.requireNonNull(violations.get(0), "violations[0]");
    }

    /** {@return why the input was rejected (the first violation's reason)} */
    public Reason reason() {
        return reason;
    }

    /** {@return the two-character message code, if known} */
    public Optional<String> messageCode() {
        return Optional.ofNullable(messageCode);
    }

    /** {@return the two-character field identifier, if the problem concerns one field} */
    public Optional<String> fieldId() {
        return Optional.ofNullable(fieldId);
    }

    /** {@return the 1-based column of the problem in the message text, or {@code 0} when not tied to a column} */
    public int column() {
        return column;
    }

    /** {@return the input around the column with passwords masked; empty when there is none} */
    public String excerpt() {
        return excerpt;
    }

    /** {@return whether the right answer to the peer is a 96 "please resend"} */
    public boolean resendable() {
        return reason.resendable();
    }

    /**
     * {@return every problem found, the first being the one this exception describes; after deserialization only
     * the first is kept}
     */
    public List<Violation> violations() {
        if (violations != null) {
            return violations;
        }
        return List.of(Violation.of(reason, getOriginalMessage(), messageCode, fieldId, column));
    }

    /** {@return the bare description of the first problem, without location or excerpt} */
    public String getOriginalMessage() {
        return super.getMessage();
    }

    /**
     * {@return the description followed by the location ({@code [message 11, field AB, column 42]}, only the parts
     * known), the excerpt ({@code near "..."}) when there is one, and the number of further violations}
     */
    @Override
    public String getMessage() {
        StringBuilder text = new StringBuilder(getOriginalMessage());
        StringBuilder location = new StringBuilder();
        if (messageCode != null) {
            location.append("message ").append(messageCode);
        }
        if (fieldId != null) {
            location.append(location.length() == 0 ? "" : ", ").append("field ").append(fieldId);
        }
        if (column > 0) {
            location.append(location.length() == 0 ? "" : ", ").append("column ").append(column);
        }
        if (location.length() > 0) {
            text.append(" [").append(location).append(']');
        }
        if (!excerpt.isEmpty()) {
            text.append(" near \"").append(excerpt).append('"');
        }
        int more = violations().size() - 1;
        if (more > 0) {
            text.append(" (and ").append(more).append(more == 1 ? " more violation)" : " more violations)");
        }
        return text.toString();
    }
}
