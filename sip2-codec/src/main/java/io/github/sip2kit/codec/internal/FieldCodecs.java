package io.github.sip2kit.codec.internal;

import io.github.sip2kit.core.SupportedMessage;
import io.github.sip2kit.core.field.AlertType;
import io.github.sip2kit.core.field.CirculationStatus;
import io.github.sip2kit.core.field.CurrencyType;
import io.github.sip2kit.core.field.FeeType;
import io.github.sip2kit.core.field.HoldMode;
import io.github.sip2kit.core.field.HoldType;
import io.github.sip2kit.core.field.Language;
import io.github.sip2kit.core.field.MediaType;
import io.github.sip2kit.core.field.PatronStatusFlag;
import io.github.sip2kit.core.field.PaymentType;
import io.github.sip2kit.core.field.ScStatusCode;
import io.github.sip2kit.core.field.Secret;
import io.github.sip2kit.core.field.SecurityMarker;
import io.github.sip2kit.core.field.Sip2Timestamp;
import io.github.sip2kit.core.field.SummaryItem;
import io.github.sip2kit.core.field.WireCode;
import io.github.sip2kit.core.field.YesNoUnknown;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;

/** The value codecs the message table uses. */
public final class FieldCodecs {

    private FieldCodecs() {}

    /** Y/N flag as a boolean. */
    public static final FieldCodec YES_NO = flag('Y', 'N');

    /** 1/0 flag (ok) as a boolean. */
    public static final FieldCodec ONE_ZERO = flag('1', '0');

    /** A one-character flag with one character for true and one for false. */
    private static FieldCodec flag(char yes, char no) {
        String expected = "(expected: " + yes + " or " + no + ")";
        return new FieldCodec(1, yes + " or " + no) {
            @Override
            public Object parse(String text, int start, int end, boolean strict) {
                if (end - start == 1) {
                    char c = text.charAt(start);
                    if (c == yes) {
                        return Boolean.TRUE;
                    }
                    if (c == no) {
                        return Boolean.FALSE;
                    }
                }
                throw new IllegalArgumentException("'" + text.substring(start, end) + "' " + expected);
            }

            @Override
            public Object parse(String text, boolean strict) {
                return parse(text, 0, text.length(), strict);
            }

            @Override
            public void format(Object value, StringBuilder out) {
                out.append((Boolean) value ? yes : no);
            }
        };
    }

    /** Item properties ok (20): the spec says 1 means stored and anything else means not stored. */
    public static final FieldCodec ITEM_PROPERTIES_OK = new FieldCodec(1, "1 (stored) or 0") {
        @Override
        public Object parse(String text, boolean strict) {
            if (text.equals("1")) {
                return Boolean.TRUE;
            }
            if (strict && !text.equals("0")) {
                throw new IllegalArgumentException("'" + text + "' (expected: 1 or 0)");
            }
            return Boolean.FALSE;
        }

        @Override
        public void format(Object value, StringBuilder out) {
            out.append((Boolean) value ? '1' : '0');
        }
    };

    /** Y/N/U flag. */
    public static final FieldCodec YES_NO_UNKNOWN = new FieldCodec(1, "Y, N or U") {
        @Override
        public Object parse(String text, int start, int end, boolean strict) {
            if (end - start == 1) {
                switch (text.charAt(start)) {
                    case 'Y':
                        return YesNoUnknown.YES;
                    case 'N':
                        return YesNoUnknown.NO;
                    case 'U':
                        return YesNoUnknown.UNKNOWN;
                    default:
                        break;
                }
            }
            return parse(text.substring(start, end), strict);
        }

        @Override
        public Object parse(String text, boolean strict) {
            return YesNoUnknown.fromCode(text)
                    .orElseThrow(() -> new IllegalArgumentException("'" + text + "' (expected: Y, N or U)"));
        }

        @Override
        public void format(Object value, StringBuilder out) {
            out.append(((YesNoUnknown) value).code());
        }
    };

    /** 18-character date/time; when strict, neither 18 blanks nor 18 zeros. */
    public static final FieldCodec TIMESTAMP = timestamp("YYYYMMDDZZZZHHMMSS", false, false);

    /** 18-character date/time or 18 blanks (nb due date, return date: blank when unused, as is common practice). */
    public static final FieldCodec TIMESTAMP_OR_BLANK =
            timestamp("YYYYMMDDZZZZHHMMSS, or 18 blanks", true, false);

    /** 18-character date/time or 18 zeros (98 date/time sync: zeros when not supported). */
    public static final FieldCodec TIMESTAMP_OR_NOT_SUPPORTED =
            timestamp("YYYYMMDDZZZZHHMMSS, or 18 zeros", false, true);

    private static FieldCodec timestamp(String description, boolean blankAllowed, boolean zerosAllowed) {
        return new FieldCodec(18, description) {
            @Override
            public Object parse(String text, boolean strict) {
                if (!strict) {
                    return Sip2Timestamp.parseLenient(text);
                }
                Sip2Timestamp timestamp = Sip2Timestamp.parse(text);
                if (timestamp.isBlank() && !blankAllowed) {
                    throw new IllegalArgumentException("18 blanks (expected: a date; fixed fields cannot be blank)");
                }
                if (timestamp.isNotSupported() && !zerosAllowed) {
                    throw new IllegalArgumentException("18 zeros (expected: a date)");
                }
                return timestamp;
            }

            @Override
            public void format(Object value, StringBuilder out) {
                out.append(((Sip2Timestamp) value).wire());
            }
        };
    }

    /** Four-digit count, four blanks when unknown. */
    public static final FieldCodec COUNT = new FieldCodec(4, "0000-9999, or 4 blanks") {
        @Override
        public Object parse(String text, int start, int end, boolean strict) {
            if (end - start == 4) {
                int value = 0;
                int blanks = 0;
                for (int i = start; i < end; i++) {
                    char c = text.charAt(i);
                    if (isDigit(c)) {
                        value = value * 10 + (c - '0');
                    } else if (c == ' ') {
                        blanks++;
                    } else {
                        blanks = -1;
                        break;
                    }
                }
                if (blanks == 0) {
                    return OptionalInt.of(value);
                }
                if (blanks == 4) {
                    return OptionalInt.empty();
                }
            }
            return parse(text.substring(start, end), strict);
        }

        @Override
        public Object parse(String text, boolean strict) {
            if (text.equals("    ")) {
                return OptionalInt.empty();
            }
            return OptionalInt.of(digits(text, 4));
        }

        @Override
        public void format(Object value, StringBuilder out) {
            OptionalInt count = (OptionalInt) value;
            if (count.isPresent()) {
                pad(out, count.getAsInt(), 4);
            } else {
                out.append("    ");
            }
        }
    };

    /** Three-digit number. */
    public static final FieldCodec NUMBER3 = new FieldCodec(3, "000-999") {
        @Override
        public Object parse(String text, int start, int end, boolean strict) {
            if (end - start == 3 && isDigit(text.charAt(start)) && isDigit(text.charAt(start + 1))
                    && isDigit(text.charAt(start + 2))) {
                return (text.charAt(start) - '0') * 100 + (text.charAt(start + 1) - '0') * 10
                        + (text.charAt(start + 2) - '0');
            }
            return parse(text.substring(start, end), strict);
        }

        @Override
        public Object parse(String text, boolean strict) {
            return digits(text, 3);
        }

        @Override
        public void format(Object value, StringBuilder out) {
            pad(out, (Integer) value, 3);
        }
    };

    /** Four-digit limit in a tagged field (BZ, CA, CB). */
    public static final FieldCodec LIMIT = new FieldCodec(-1, "4 digits") {
        @Override
        public Object parse(String text, boolean strict) {
            return digits(text, 4);
        }

        @Override
        public void format(Object value, StringBuilder out) {
            pad(out, (Integer) value, 4);
        }
    };

    /** Algorithm character of Login (93). */
    public static final FieldCodec ALGORITHM = new FieldCodec(1, "0 = not encrypted") {
        @Override
        public Object parse(String text, boolean strict) {
            char c = text.charAt(0);
            if (c < 0x20 || c > 0x7e || c == '|') {
                throw new IllegalArgumentException("character 0x" + Integer.toHexString(c) + " (expected: printable)");
            }
            return c;
        }

        @Override
        public void format(Object value, StringBuilder out) {
            out.append((char) (Character) value);
        }
    };

    /** Protocol version, {@code d.dd}. */
    public static final FieldCodec PROTOCOL_VERSION = new FieldCodec(4, "x.xx, such as 2.00") {
        @Override
        public Object parse(String text, boolean strict) {
            if (strict
                    && !(isDigit(text.charAt(0))
                            && text.charAt(1) == '.'
                            && isDigit(text.charAt(2))
                            && isDigit(text.charAt(3)))) {
                throw new IllegalArgumentException("'" + text + "' (expected: a version such as 2.00)");
            }
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c < 0x20 || c > 0x7e || c == '|') {
                    throw new IllegalArgumentException("'" + text + "' (expected: printable characters other than '|')");
                }
            }
            return text;
        }

        @Override
        public void format(Object value, StringBuilder out) {
            out.append((String) value);
        }
    };

    /** 14 patron status positions. */
    public static final FieldCodec PATRON_STATUS = new FieldCodec(14, "14 positions, Y or blank") {
        @Override
        public Object parse(String text, boolean strict) {
            return strict ? PatronStatusFlag.parse(text) : PatronStatusFlag.parseLenient(text);
        }

        @Override
        public void format(Object value, StringBuilder out) {
            @SuppressWarnings("unchecked")
            Set<PatronStatusFlag> flags = (Set<PatronStatusFlag>) value;
            out.append(PatronStatusFlag.format(flags));
        }
    };

    /** 10 summary positions. */
    public static final FieldCodec SUMMARY = new FieldCodec(10, "10 positions, Y or blank") {
        @Override
        public Object parse(String text, boolean strict) {
            return strict ? SummaryItem.parse(text) : SummaryItem.parseLenient(text);
        }

        @Override
        public void format(Object value, StringBuilder out) {
            @SuppressWarnings("unchecked")
            Set<SummaryItem> items = (Set<SummaryItem>) value;
            out.append(SummaryItem.format(items));
        }
    };

    /** Supported messages (BX), 16 positions. */
    public static final FieldCodec SUPPORTED_MESSAGES = new FieldCodec(-1, "16 positions, Y or N") {
        @Override
        public Object parse(String text, boolean strict) {
            return strict ? SupportedMessage.parse(text) : SupportedMessage.parseLenient(text);
        }

        @Override
        public void format(Object value, StringBuilder out) {
            @SuppressWarnings("unchecked")
            Set<SupportedMessage> supported = (Set<SupportedMessage>) value;
            out.append(SupportedMessage.format(supported));
        }

        @Override
        public boolean isEmpty(Object value) {
            return ((Set<?>) value).isEmpty();
        }
    };

    /** Free text. */
    public static final FieldCodec TEXT = new FieldCodec(-1, "text") {
        @Override
        public Object parse(String text, boolean strict) {
            return text;
        }

        @Override
        public void format(Object value, StringBuilder out) {
            out.append((String) value);
        }

        @Override
        public boolean isEmpty(Object value) {
            return ((String) value).isEmpty();
        }
    };

    /** A password. */
    public static final FieldCodec SECRET = new FieldCodec(-1, "password, masked in logs") {
        @Override
        public Object parse(String text, boolean strict) {
            return text.isEmpty() ? Secret.EMPTY : Secret.of(text);
        }

        @Override
        public void format(Object value, StringBuilder out) {
            out.append(((Secret) value).reveal());
        }

        @Override
        public boolean isEmpty(Object value) {
            return ((Secret) value).isEmpty();
        }
    };

    /** Y/N flag in a tagged field. */
    public static final FieldCodec FLAG = new FieldCodec(-1, "Y or N") {
        @Override
        public Object parse(String text, boolean strict) {
            return YES_NO.parse(text, strict);
        }

        @Override
        public void format(Object value, StringBuilder out) {
            YES_NO.format(value, out);
        }
    };

    /** Language, 3 digits. */
    public static final FieldCodec LANGUAGE = code(3, "3 digits", true, Language::of);
    /** Circulation status, 2 digits. */
    public static final FieldCodec CIRCULATION_STATUS = code(2, "2 digits", true, CirculationStatus::of);
    /** Security marker, 2 digits. */
    public static final FieldCodec SECURITY_MARKER = code(2, "2 digits", true, SecurityMarker::of);
    /** Fee type, 2 digits. */
    public static final FieldCodec FEE_TYPE = code(2, "2 digits", true, FeeType::of);
    /** Payment type, 2 digits. */
    public static final FieldCodec PAYMENT_TYPE = code(2, "2 digits", true, PaymentType::of);
    /** Currency, 3 letters (ISO 4217). */
    public static final FieldCodec CURRENCY_TYPE = code(3, "ISO 4217 code", false, CurrencyType::of);
    /** Media type, 3 digits. */
    public static final FieldCodec MEDIA_TYPE = code(3, "3 digits", true, MediaType::of);
    /** Hold mode: +, - or *. */
    public static final FieldCodec HOLD_MODE = code(1, "+, - or *", false, HoldMode::of);
    /** Hold type, 1 digit. */
    public static final FieldCodec HOLD_TYPE = code(1, "1 digit", true, HoldType::of);
    /** Alert type, 2 digits. */
    public static final FieldCodec ALERT_TYPE = code(2, "2 digits", true, AlertType::of);
    /** SC status code, 1 digit. */
    public static final FieldCodec SC_STATUS_CODE = code(1, "0, 1 or 2", true, ScStatusCode::of);

    private static FieldCodec code(int width, String description, boolean digits, Function<String, WireCode> factory) {
        return new FieldCodec(width, description) {
            @Override
            public Object parse(String text, boolean strict) {
                if (strict && digits) {
                    digits(text, text.length());
                }
                if (strict && !digits && width == 3) {
                    for (int i = 0; i < text.length(); i++) {
                        char c = text.charAt(i);
                        if (c < 'A' || c > 'Z') {
                            throw new IllegalArgumentException("'" + text + "' (expected: 3 upper-case letters)");
                        }
                    }
                }
                return factory.apply(text);
            }

            @Override
            public void format(Object value, StringBuilder out) {
                out.append(((WireCode) value).code());
            }
        };
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static int digits(String text, int width) {
        if (text.length() != width) {
            throw new IllegalArgumentException("'" + text + "' (expected: " + width + " digits)");
        }
        int value = 0;
        for (int i = 0; i < width; i++) {
            char c = text.charAt(i);
            if (!isDigit(c)) {
                throw new IllegalArgumentException("'" + text + "' (expected: " + width + " digits)");
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    static void pad(StringBuilder out, int value, int width) {
        int divisor = 1;
        for (int i = 1; i < width; i++) {
            divisor *= 10;
        }
        if (value >= divisor * 10) {
            out.append(value); // wider than the field; the records' range checks prevent this
            return;
        }
        for (int d = divisor; d > 0; d /= 10) {
            out.append((char) ('0' + (value / d) % 10));
        }
    }
}
