package io.github.sip2kit.core.field;

import java.util.Locale;
import java.util.Objects;

/**
 * The rules every SIP2 field value follows, shared by the model's constructors.
 *
 * <p>A tagged field ends at the delimiter {@code |} and a message ends at CR (or LF), so none of these characters,
 * nor NUL, can appear inside a value: a value that contains one would change the meaning of the message when
 * encoded. Length caps are not checked here; they are limits of the codec.
 *
 * <p>Error messages name the field and the position of the offending character, never the value itself, since
 * the value may be a password.
 */
public final class WireText {

    private static final String VALUE_CONSTRAINT = "no '|', CR, LF or NUL in a SIP2 field value";

    private WireText() {}

    /**
     * Checks that {@code value} can be carried in a SIP2 field.
     *
     * @param value the field value; may be empty
     * @param fieldName the name used in exception messages, for example {@code "institutionId"}
     * @return {@code value}, for use in assignments
     * @throws NullPointerException if {@code value} is {@code null} (the message is {@code fieldName})
     * @throws IllegalArgumentException if {@code value} contains {@code |}, CR, LF or NUL; the message names the
     *     character and its 0-based index but not the value
     */
    public static String requireValue(String value, String fieldName) {
        Objects.requireNonNull(value, fieldName);
        int index = firstIllegalIndex(value);
        if (index >= 0) {
            throw new IllegalArgumentException(fieldName + ": contains " + nameOfIllegal(value.charAt(index))
                    + " at index " + index + " (expected: " + VALUE_CONSTRAINT + ")");
        }
        return value;
    }

    /**
     * Tells whether {@code value} can be carried in a SIP2 field, that is whether it contains none of {@code |},
     * CR, LF and NUL.
     *
     * @param value the text to check
     * @return {@code true} if {@link #requireValue(String, String)} would accept the value
     */
    public static boolean isValidValue(CharSequence value) {
        return firstIllegalIndex(Objects.requireNonNull(value, "value")) < 0;
    }

    /**
     * Checks that {@code value} can be carried in a SIP2 field and has exactly {@code width} characters, as a
     * fixed-length field must.
     *
     * @param value the field value
     * @param width the required number of characters, zero or more
     * @param fieldName the name used in exception messages
     * @return {@code value}, for use in assignments
     * @throws NullPointerException if {@code value} is {@code null}
     * @throws IllegalArgumentException if {@code value} contains {@code |}, CR, LF or NUL, or has another length
     *     than {@code width}
     */
    public static String requireWidth(String value, int width, String fieldName) {
        if (width < 0) {
            throw new IllegalArgumentException("width: " + width + " (expected: >= 0)");
        }
        requireValue(value, fieldName);
        if (value.length() != width) {
            throw new IllegalArgumentException(
                    fieldName + ": " + characters(value.length()) + " (expected: exactly " + width + ")");
        }
        return value;
    }

    /**
     * Checks a field identifier: exactly two characters, none of them {@code |}, CR, LF or NUL.
     *
     * @param id the field identifier, for example {@code "AB"}
     * @return {@code id}, for use in assignments
     * @throws NullPointerException if {@code id} is {@code null}
     * @throws IllegalArgumentException if {@code id} is not a valid field identifier
     */
    public static String requireFieldId(String id) {
        Objects.requireNonNull(id, "id");
        if (id.length() != 2) {
            throw new IllegalArgumentException("field id: " + characters(id.length()) + " (expected: exactly 2)");
        }
        int index = firstIllegalIndex(id);
        if (index >= 0) {
            throw new IllegalArgumentException("field id: contains " + nameOfIllegal(id.charAt(index))
                    + " at index " + index + " (expected: no '|', CR, LF or NUL in a field id)");
        }
        return id;
    }

    /** {@return "1 character" or "n characters"} */
    static String characters(int count) {
        return count == 1 ? "1 character" : count + " characters";
    }

    /**
     * {@return a printable rendering of {@code c} for exception messages: {@code 'x'} for printable ASCII, else
     * its code point in hex such as {@code U+000A}}
     */
    static String describe(char c) {
        return c >= 0x20 && c <= 0x7E ? "'" + c + "'" : String.format(Locale.ROOT, "U+%04X", (int) c);
    }

    private static int firstIllegalIndex(CharSequence value) {
        for (int i = 0, n = value.length(); i < n; i++) {
            char c = value.charAt(i);
            if (c == '|' || c == '\r' || c == '\n' || c == '\0') {
                return i;
            }
        }
        return -1;
    }

    private static String nameOfIllegal(char c) {
        return switch (c) {
            case '|' -> "'|'";
            case '\r' -> "CR";
            case '\n' -> "LF";
            default -> "NUL";
        };
    }
}
