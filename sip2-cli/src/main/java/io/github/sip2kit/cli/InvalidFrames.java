package io.github.sip2kit.cli;

import io.github.sip2kit.codec.Checksum;
import io.github.sip2kit.codec.DecodeResult;
import io.github.sip2kit.codec.Sip2Codec;
import io.github.sip2kit.codec.Sip2DecodeException.Reason;
import io.github.sip2kit.codec.Strictness;
import io.github.sip2kit.codec.internal.MessageSpec;
import io.github.sip2kit.codec.internal.Occurrence;
import io.github.sip2kit.core.MessageType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Makes a valid frame invalid for one decode failure reason. Each reason has a few ways to break a frame (cut the
 * fixed part, change a fixed character, insert a bad field, spoil the trailer ...); the candidates are tried in an
 * order the random generator picks, and a candidate is kept only when the judging codec rejects it with exactly
 * that reason, so the output never fails for another reason.
 */
final class InvalidFrames {

    /** Reasons that depend on the receiver's policy or on the caller's expectation, not on the frame. */
    static final Set<Reason> NOT_PRODUCIBLE = EnumSet.of(
            Reason.UNKNOWN_FIELD, Reason.UNKNOWN_MESSAGE_CODE, Reason.UNEXPECTED_DIRECTION,
            Reason.UNEXPECTED_MESSAGE_TYPE);

    /** Reasons a lenient decoder does not report: only a strict one ({@code --strict}) does. */
    static final Set<Reason> STRICT_ONLY = EnumSet.of(
            Reason.INVALID_FIELD_VALUE, Reason.MISSING_REQUIRED_FIELD, Reason.MISSING_DELIMITER,
            Reason.DUPLICATE_FIELD);

    private static final List<String> BAD_FIXED_CHARACTERS = List.of("X", "#", "~", "-", "?");

    private final Sip2Codec judge;
    private final char delimiter;

    /** Breaks frames for a codec: its decoder must reject them with the requested reason. */
    InvalidFrames(Sip2Codec judge) {
        this.judge = judge;
        this.delimiter = judge.fieldDelimiter();
    }

    /**
     * Breaks a frame.
     *
     * @param type the message type of {@code text}
     * @param text the valid frame's text without trailer, as the codec encodes the message
     * @param sequence the sequence number to seal with (ignored for 96 and 97)
     * @return the broken frame's bytes in the judge's charset, without terminator
     * @throws CliException (usage error) if no candidate fails with exactly that reason
     */
    byte[] make(Reason reason, MessageType type, String text, int sequence, RandomGenerator random) {
        if (NOT_PRODUCIBLE.contains(reason)) {
            throw CliException.usage("--invalid " + reason + ": depends on the receiver's policy or expectation, not"
                    + " on the frame (expected: one of " + producible() + ")");
        }
        if (STRICT_ONLY.contains(reason) && judge.strictness() != Strictness.STRICT) {
            throw CliException.usage("--invalid " + reason + ": only a strict decoder reports it (expected: --strict"
                    + " as well, and sip2 decode --strict to see it)");
        }
        String ay = type == MessageType.REQUEST_ACS_RESEND || type == MessageType.REQUEST_SC_RESEND
                ? "" : "AY" + sequence;
        MessageSpec spec = MessageSpec.of(type);
        int fixedEnd = 2 + spec.fixedLength();
        List<byte[]> candidates = candidates(reason, spec, text, fixedEnd, ay, random);
        for (byte[] candidate : candidates) {
            DecodeResult result = judge.tryDecode(candidate);
            if (result instanceof DecodeResult.Malformed
                    && ((DecodeResult.Malformed) result).error().reason() == reason) {
                return candidate;
            }
        }
        throw CliException.usage("--invalid " + reason + ": a message " + type.code() + " cannot be made to fail"
                + " with this reason alone (expected: a message type that has what the reason is about)");
    }

    static String producible() {
        List<String> names = new ArrayList<>();
        for (Reason reason : Reason.values()) {
            if (!NOT_PRODUCIBLE.contains(reason)) {
                names.add(reason.name());
            }
        }
        return String.join(", ", names);
    }

    private List<byte[]> candidates(Reason reason, MessageSpec spec, String text, int fixedEnd, String ay,
            RandomGenerator random) {
        List<byte[]> out = new ArrayList<>();
        String head = text.substring(0, fixedEnd);
        String tail = text.substring(fixedEnd);
        switch (reason) {
            case FRAME_TOO_LONG:
                out.add(seal(head + "ZZ" + "x".repeat(judge.limits().maxFrameLength()) + delimiter + tail, ay));
                break;
            case TRUNCATED_FIXED_PART:
                out.add(bytes(spec.fixedLength() == 0 ? text.substring(0, 1)
                        : text.substring(0, 2 + random.nextInt(spec.fixedLength()))));
                break;
            case INVALID_FIXED_FIELD:
                for (MessageSpec.Fixed fixed : shuffled(spec.fixedFields(), random)) {
                    for (String bad : BAD_FIXED_CHARACTERS) {
                        int at = fixed.offset() + random.nextInt(fixed.width());
                        out.add(seal(text.substring(0, at) + bad + text.substring(at + 1), ay));
                    }
                }
                break;
            case INVALID_FIELD_ID:
                out.add(seal(head + "A" + delimiter + tail, ay));
                break;
            case FIELD_TOO_LONG:
                out.add(seal(head + "ZZ" + "x".repeat(judge.limits().maxFieldLength() + 1) + delimiter + tail, ay));
                break;
            case TOO_MANY_REPEATS:
                for (MessageSpec.Tagged tagged : spec.taggedFields()) {
                    if (tagged.occurrence() == Occurrence.REPEATABLE) {
                        String one = tagged.id().code() + "x" + delimiter;
                        out.add(seal(head + one.repeat(judge.limits().maxRepeats() + 1) + tail, ay));
                    }
                }
                break;
            case CHECKSUM_MISMATCH: {
                String covered = text + ay + "AZ";
                int wrong = (checksum(covered) + 1 + random.nextInt(0xFFFF)) & 0xFFFF;
                out.add(bytes(covered + Checksum.toHex(wrong)));
                break;
            }
            case MALFORMED_CHECKSUM:
                out.add(bytes(text + ay + "AZ" + "ZZZZ"));
                break;
            case MISSING_CHECKSUM:
                out.add(bytes(text + (ay.isEmpty() ? "AY0" : ay)));
                break;
            case BAD_SEQUENCE_NUMBER:
                out.add(seal(text, "AYX"));
                break;
            case ILLEGAL_CHARACTER:
                out.add(seal(head + "ZZ\u0000" + delimiter + tail, ay));
                break;
            case INVALID_FIELD_VALUE:
                for (MessageSpec.Tagged tagged : shuffled(spec.taggedFields(), random)) {
                    out.add(seal(head + tagged.id().code() + "~" + delimiter + tail, ay));
                }
                break;
            case MISSING_REQUIRED_FIELD:
                for (MessageSpec.Tagged tagged : shuffled(spec.taggedFields(), random)) {
                    if (tagged.occurrence() == Occurrence.REQUIRED) {
                        out.add(seal(head + withoutField(tail, tagged.id().code()), ay));
                    }
                }
                break;
            case MISSING_DELIMITER:
                if (!tail.isEmpty()) {
                    out.add(seal(text.substring(0, text.length() - 1), ay));
                }
                break;
            case DUPLICATE_FIELD:
                for (MessageSpec.Tagged tagged : shuffled(spec.taggedFields(), random)) {
                    if (tagged.occurrence() != Occurrence.REPEATABLE) {
                        out.add(seal(head + tagged.id().code() + "x" + delimiter + tagged.id().code() + "y"
                                + delimiter + withoutField(tail, tagged.id().code()), ay));
                    }
                }
                break;
            default:
                break;
        }
        return out;
    }

    /** {@return the tagged part without any occurrence of a field} */
    private String withoutField(String tail, String id) {
        StringBuilder kept = new StringBuilder();
        int pos = 0;
        while (pos < tail.length()) {
            int end = tail.indexOf(delimiter, pos);
            end = end < 0 ? tail.length() : end + 1;
            if (!tail.startsWith(id, pos)) {
                kept.append(tail, pos, end);
            }
            pos = end;
        }
        return kept.toString();
    }

    private byte[] seal(String text, String ay) {
        String covered = text + ay + "AZ";
        return bytes(covered + Checksum.toHex(checksum(covered)));
    }

    private int checksum(String covered) {
        return Checksum.compute(covered, judge.charset(), judge.checksumMode());
    }

    private byte[] bytes(String text) {
        return text.getBytes(judge.charset());
    }

    private static <T> List<T> shuffled(List<T> list, RandomGenerator random) {
        List<T> copy = new ArrayList<>(list);
        for (int i = copy.size() - 1; i > 0; i--) {
            Collections.swap(copy, i, random.nextInt(i + 1));
        }
        return copy;
    }
}
