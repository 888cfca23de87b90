package io.github.sip2kit.codec.internal;

/**
 * Length of the fixed part of each message the spec defines: the characters between the two-character message
 * code and the first tagged field (reference §3.0). These are the same numbers for every implementation that
 * agrees on the wire, so redaction, the trailer check and the typed decoder can share them.
 */
public final class FixedPartLengths {

    private FixedPartLengths() {}

    /**
     * {@return the length of the fixed part that follows the two-character code, or {@code -1} if the code is not
     * one the spec defines}
     *
     * @param messageCode the two-character message code, such as {@code "11"}
     */
    public static int of(CharSequence messageCode) {
        if (messageCode.length() != 2) {
            return -1;
        }
        return switch (messageCode.toString()) {
            case "01" -> 19;
            case "09" -> 37;
            case "10" -> 22;
            case "11" -> 38;
            case "12" -> 22;
            case "15" -> 19;
            case "16" -> 20;
            case "17" -> 18;
            case "18" -> 24;
            case "19" -> 18;
            case "20" -> 19;
            case "23" -> 21;
            case "24" -> 35;
            case "25" -> 18;
            case "26" -> 35;
            case "29" -> 38;
            case "30" -> 22;
            case "35" -> 18;
            case "36" -> 19;
            case "37" -> 25;
            case "38" -> 19;
            case "63" -> 31;
            case "64" -> 59;
            case "65" -> 18;
            case "66" -> 27;
            case "93" -> 2;
            case "94" -> 1;
            case "96" -> 0;
            case "97" -> 0;
            case "98" -> 34;
            case "99" -> 8;
            default -> -1;
        };
    }
}
