package io.github.sip2kit.codec;

import io.github.sip2kit.codec.internal.MessageSpec;
import java.util.Objects;

/**
 * Hides passwords in frame text. This is the one routine every log line, exception excerpt and trace uses, so
 * there is exactly one place that decides what a password looks like on the wire.
 *
 * <p>The values of AC (terminal password), AD (patron password) and CO (login password) are replaced by
 * {@code ****}; an empty value stays empty, so {@code AC|} still shows that no password was sent. Everything
 * else, including the AY/AZ trailer, is kept:
 * <pre>{@code
 * Redaction.redact("9300CNLoginUserID|COLoginPassword|CPLocationCode|AY5AZEC7B")
 *     // "9300CNLoginUserID|CO****|CPLocationCode|AY5AZEC7B"
 * }</pre>
 *
 * <p>Each line of the text (CR and LF separate lines) is treated as one frame. For a message code the spec
 * defines, tagged fields are read from the end of the fixed part on; for any other code, from the third
 * character. As a safety net, a value is also masked after every {@code AC}, {@code AD} or {@code CO} that
 * follows a field delimiter anywhere in the line, so a frame with a broken fixed part leaks nothing either. A
 * value ends at the field delimiter, at a CR or LF, or where the trailer ({@code AY<d>AZ<4 hex>} or
 * {@code AZ<4 hex>}) at the end of the line begins. {@link #excerpt} instead treats its text as one frame, in which
 * a CR or LF is just a character inside a value.
 */
public final class Redaction {

    /** What a non-empty password value is replaced with. */
    private static final String MASK = "****";

    /** Characters of redacted text an excerpt shows at most. */
    private static final int EXCERPT_LENGTH = 64;

    /** Characters an excerpt shows before the column when there is enough text after it. */
    private static final int EXCERPT_BEFORE = 40;

    private static final char ELLIPSIS = '\u2026';

    private Redaction() {}

    /**
     * {@return the text with every AC, AD and CO value replaced by {@code ****}, using the default field
     * delimiter {@code |}}
     *
     * @param frameText one or more frames, with or without terminators
     */
    public static String redact(CharSequence frameText) {
        return redact(frameText, '|');
    }

    /**
     * {@return the text with every AC, AD and CO value replaced by {@code ****}}
     *
     * @param frameText one or more frames, with or without terminators
     * @param delimiter the field delimiter of the connection
     */
    public static String redact(CharSequence frameText, char delimiter) {
        Objects.requireNonNull(frameText, "frameText");
        boolean[] masked = maskedPositions(frameText, delimiter, false);
        StringBuilder out = new StringBuilder(frameText.length());
        for (int i = 0; i < frameText.length(); i++) {
            if (masked[i]) {
                if (i == 0 || !masked[i - 1]) {
                    out.append(MASK);
                }
            } else {
                out.append(frameText.charAt(i));
            }
        }
        return out.toString();
    }

    /**
     * {@return at most 64 characters of the redacted text around a column, for an error message} The text is
     * redacted before it is cut, so a cut never reveals part of a password. A cut end is marked with
     * {@code …}; control characters are shown as {@code \r}, {@code \n}, {@code \0} or {@code \xNN}.
     *
     * @param frameText the frame text the column refers to
     * @param column the 1-based column of the problem in {@code frameText}, or {@code 0} to start at the beginning
     * @param delimiter the field delimiter of the connection
     * @throws IllegalArgumentException if {@code column} is negative
     */
    public static String excerpt(CharSequence frameText, int column, char delimiter) {
        Objects.requireNonNull(frameText, "frameText");
        if (column < 0) {
            throw new IllegalArgumentException("column: " + column + " (expected: >= 0)");
        }
        boolean[] masked = maskedPositions(frameText, delimiter, true);
        StringBuilder redacted = new StringBuilder(frameText.length());
        int target = Math.min(Math.max(column - 1, 0), frameText.length());
        int redactedTarget = -1;
        for (int i = 0; i < frameText.length(); i++) {
            if (i == target) {
                redactedTarget = redacted.length();
            }
            if (masked[i]) {
                if (i == 0 || !masked[i - 1]) {
                    redacted.append(MASK);
                } else if (i == target) {
                    redactedTarget -= MASK.length();
                }
            } else {
                redacted.append(frameText.charAt(i));
            }
        }
        if (redactedTarget < 0) {
            redactedTarget = redacted.length();
        }
        int start = column == 0 ? 0 : Math.max(0, redactedTarget - EXCERPT_BEFORE);
        int end = Math.min(redacted.length(), start + EXCERPT_LENGTH);
        start = Math.max(0, end - EXCERPT_LENGTH);
        StringBuilder out = new StringBuilder(EXCERPT_LENGTH + 8);
        if (start > 0) {
            out.append(ELLIPSIS);
        }
        for (int i = start; i < end; i++) {
            appendVisible(out, redacted.charAt(i));
        }
        if (end < redacted.length()) {
            out.append(ELLIPSIS);
        }
        return out.toString();
    }

    private static void appendVisible(StringBuilder out, char c) {
        if (c == '\r') {
            out.append("\\r");
        } else if (c == '\n') {
            out.append("\\n");
        } else if (c == '\0') {
            out.append("\\0");
        } else if (Character.isISOControl(c)) {
            out.append("\\x").append(Character.forDigit(c >> 4 & 0xF, 16)).append(Character.forDigit(c & 0xF, 16));
        } else {
            out.append(c);
        }
    }

    /** Marks the characters of every AC, AD and CO value, line by line. */
    private static boolean[] maskedPositions(CharSequence text, char delimiter, boolean singleFrame) {
        boolean[] masked = new boolean[text.length()];
        if (singleFrame) {
            // An excerpt's text is one frame: a CR or LF in it is a (rejected) character inside a value, and must
            // not end a password value early.
            maskLine(text, 0, text.length(), delimiter, masked);
            return masked;
        }
        int lineStart = 0;
        while (lineStart < text.length()) {
            int lineEnd = lineStart;
            while (lineEnd < text.length() && !isLineBreak(text.charAt(lineEnd))) {
                lineEnd++;
            }
            maskLine(text, lineStart, lineEnd, delimiter, masked);
            lineStart = lineEnd + 1;
        }
        return masked;
    }

    private static void maskLine(CharSequence text, int start, int end, char delimiter, boolean[] masked) {
        if (end - start < 2) {
            return;
        }
        int valuesEnd = trailerStart(text, start, end);
        // Tagged fields as the message definition places them.
        MessageSpec spec = MessageSpec.forCode(text.charAt(start), text.charAt(start + 1));
        int fixedLength = spec == null ? -1 : spec.fixedLength();
        int pos = start + 2 + Math.max(fixedLength, 0);
        while (pos + 2 <= valuesEnd) {
            if (text.charAt(pos) == delimiter) {
                pos++;
                continue;
            }
            int valueEnd = valueEnd(text, pos + 2, valuesEnd, delimiter);
            if (isPasswordId(text, pos)) {
                mark(masked, pos + 2, valueEnd);
            }
            pos = valueEnd + 1;
        }
        // A frame whose fixed part is cut short or misaligned (what follows it is not a field id) may have its
        // fields inside the expected fixed part: mask after any password id there too.
        int fieldsStart = start + 2 + Math.max(fixedLength, 0);
        if (fixedLength > 0 && !plausibleFieldStart(text, fieldsStart, valuesEnd, delimiter)) {
            for (int i = start + 2; i + 2 <= Math.min(fieldsStart + 2, valuesEnd); i++) {
                if (isPasswordId(text, i)) {
                    mark(masked, i + 2, valueEnd(text, i + 2, valuesEnd, delimiter));
                }
            }
        }
        // Safety net: any delimiter-preceded password identifier, wherever it is.
        for (int i = start; i + 3 <= valuesEnd; i++) {
            if (text.charAt(i) == delimiter && isPasswordId(text, i + 1)) {
                mark(masked, i + 3, valueEnd(text, i + 3, valuesEnd, delimiter));
            }
        }
    }

    private static int valueEnd(CharSequence text, int from, int limit, char delimiter) {
        int i = from;
        while (i < limit && text.charAt(i) != delimiter) {
            i++;
        }
        return i;
    }

    /** Whether {@code pos} is where tagged fields can start: the end, a delimiter, or two upper-case/digit chars. */
    private static boolean plausibleFieldStart(CharSequence text, int pos, int end, char delimiter) {
        if (pos >= end) {
            return pos == end;
        }
        if (text.charAt(pos) == delimiter) {
            return true;
        }
        return pos + 1 < end && isIdChar(text.charAt(pos)) && isIdChar(text.charAt(pos + 1));
    }

    private static boolean isIdChar(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    private static void mark(boolean[] masked, int from, int to) {
        for (int i = from; i < to; i++) {
            masked[i] = true;
        }
    }

    private static boolean isPasswordId(CharSequence text, int pos) {
        char a = text.charAt(pos);
        char b = text.charAt(pos + 1);
        return a == 'A' && (b == 'C' || b == 'D') || a == 'C' && b == 'O';
    }

    /** Where a trailing {@code AY<d>AZ<hhhh>} or {@code AZ<hhhh>} begins, or {@code end} if there is none. */
    private static int trailerStart(CharSequence text, int start, int end) {
        int az = end - 6;
        if (az < start || text.charAt(az) != 'A' || text.charAt(az + 1) != 'Z' || Checksum.parseHex(text, az + 2) < 0) {
            return end;
        }
        int ay = az - 3;
        if (ay >= start && text.charAt(ay) == 'A' && text.charAt(ay + 1) == 'Y' && isDigit(text.charAt(ay + 2))) {
            return ay;
        }
        return az;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isLineBreak(char c) {
        return c == '\r' || c == '\n';
    }
}
