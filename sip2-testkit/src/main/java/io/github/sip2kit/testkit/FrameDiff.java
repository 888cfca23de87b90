package io.github.sip2kit.testkit;

import io.github.sip2kit.codec.Redaction;

/**
 * Shows two frames one above the other under a column ruler (1-based, tens marked), with a caret under the first
 * column where they differ. Passwords (AC, AD, CO) are masked by {@link Redaction} before anything is compared or
 * shown, so a failure message never reveals one; columns then count the masked text.
 */
final class FrameDiff {

    private static final String EXPECTED = "expected: ";
    private static final String ACTUAL = "actual:   ";
    private static final String INDENT = " ".repeat(EXPECTED.length());

    private FrameDiff() {
    }

    /**
     * {@return a multi-line description of how the frames differ, or of the fact that they differ only inside a
     * password} Both texts are frames without terminator.
     */
    static String describe(String expected, String actual) {
        String shownExpected = Redaction.redact(expected);
        String shownActual = Redaction.redact(actual);
        boolean masked = !shownExpected.equals(expected) || !shownActual.equals(actual);
        boolean shifted = shownExpected.length() != expected.length() || shownActual.length() != actual.length();
        int column = firstDifference(shownExpected, shownActual);
        if (column == 0) {
            return "the frames differ only inside a password (AC, AD or CO), which is not shown:\n"
                    + EXPECTED + visible(shownExpected) + "\n" + ACTUAL + visible(shownActual);
        }
        int width = Math.max(shownExpected.length(), shownActual.length());
        StringBuilder out = new StringBuilder();
        out.append("the frames differ from column ").append(column);
        if (shifted) {
            out.append(" (passwords masked as ****; columns count the masked text)");
        } else if (masked) {
            out.append(" (passwords masked as ****)");
        }
        out.append(":\n");
        out.append(ruler(width));
        out.append(EXPECTED).append(visible(shownExpected)).append('\n');
        out.append(ACTUAL).append(visible(shownActual)).append('\n');
        out.append(INDENT).append(" ".repeat(column - 1)).append('^');
        return out.toString();
    }

    /**
     * {@return the frame under a ruler with a caret at the given 1-based column (none for 0)} Used to point at a
     * decode error; the frame is masked first, and the caret is left out when masking moved the columns.
     */
    static String point(String frame, int column) {
        String shown = Redaction.redact(frame);
        StringBuilder out = new StringBuilder();
        out.append(ruler(shown.length()));
        out.append("frame:    ").append(visible(shown));
        if (column > 0 && shown.equals(frame)) {
            out.append('\n').append(INDENT).append(" ".repeat(column - 1)).append('^');
        }
        return out.toString();
    }

    /** {@return the 1-based column of the first difference, or 0 when the texts are equal} */
    static int firstDifference(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            if (a.charAt(i) != b.charAt(i)) {
                return i + 1;
            }
        }
        return a.length() == b.length() ? 0 : n + 1;
    }

    /** Two ruler lines: the tens digit above every tenth column, then the units digit of every column. */
    static String ruler(int width) {
        StringBuilder tens = new StringBuilder(INDENT);
        StringBuilder units = new StringBuilder(INDENT);
        for (int column = 1; column <= width; column++) {
            tens.append(column % 10 == 0 ? Character.forDigit(column / 10 % 10, 10) : ' ');
            units.append(Character.forDigit(column % 10, 10));
        }
        return tens.toString().stripTrailing() + "\n" + units + "\n";
    }

    /** The text with control characters shown as {@code ·}, so that every character takes one column. */
    private static String visible(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(c < 0x20 || c == 0x7f ? '\u00b7' : c);
        }
        return out.toString();
    }
}
