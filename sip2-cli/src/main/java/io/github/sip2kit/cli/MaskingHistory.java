package io.github.sip2kit.cli;

import io.github.sip2kit.codec.Redaction;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import org.jline.reader.impl.history.DefaultHistory;

/**
 * The shell's history: JLine's, except that every line is {@linkplain #mask masked} before it is kept, so no
 * password reaches memory or the history file. Recalling a masked line brings back {@code ****}, to be typed over.
 */
final class MaskingHistory extends DefaultHistory {

    /** The short-form keys whose values are passwords: {@code pin=} (AD) and {@code password=} (CO). */
    static final Set<String> SECRET_KEYS = Set.of("pin", "password");

    private static final String MASK = "****";

    private final char delimiter;

    /** A history that masks raw frames written with the given field delimiter. */
    MaskingHistory(char delimiter) {
        this.delimiter = delimiter;
    }

    @Override
    public void add(Instant time, String line) {
        super.add(time, mask(line, delimiter));
    }

    /**
     * {@return the line with every password replaced by {@code ****}} The values of {@code pin=} and
     * {@code password=} (any case, quoted or not) are masked, and so are AC, AD and CO values of raw frames, by the
     * codec's {@link Redaction}. Empty values stay empty, and everything else, blanks included, is kept.
     *
     * @param line a line as typed
     * @param delimiter the field delimiter of raw frames
     */
    static String mask(String line, char delimiter) {
        String frameMasked = Redaction.redact(line, delimiter);
        StringBuilder masked = new StringBuilder(frameMasked.length());
        int i = 0;
        while (i < frameMasked.length()) {
            char c = frameMasked.charAt(i);
            if (Character.isWhitespace(c)) {
                masked.append(c);
                i++;
                continue;
            }
            int start = i;
            StringBuilder unquoted = new StringBuilder();
            char quote = 0;
            for (; i < frameMasked.length(); i++) {
                c = frameMasked.charAt(i);
                if (quote != 0) {
                    if (c == quote) {
                        quote = 0;
                    } else {
                        unquoted.append(c);
                    }
                } else if (c == '"' || c == '\'') {
                    quote = c;
                } else if (Character.isWhitespace(c)) {
                    break;
                } else {
                    unquoted.append(c);
                }
            }
            int eq = unquoted.indexOf("=");
            String key = eq < 0 ? "" : unquoted.substring(0, eq);
            if (SECRET_KEYS.contains(key.toLowerCase(Locale.ROOT)) && eq + 1 < unquoted.length()) {
                masked.append(key).append('=').append(MASK);
            } else {
                masked.append(frameMasked, start, i);
            }
        }
        return masked.toString();
    }
}
