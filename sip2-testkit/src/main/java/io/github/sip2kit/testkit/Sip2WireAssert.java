package io.github.sip2kit.testkit;

import io.github.sip2kit.codec.DecodeResult;
import io.github.sip2kit.codec.Redaction;
import io.github.sip2kit.codec.Sip2Codec;
import io.github.sip2kit.codec.Sip2DecodeException;
import io.github.sip2kit.codec.Sip2Frame;
import io.github.sip2kit.core.Sip2Message;
import java.lang.reflect.RecordComponent;
import java.util.Objects;
import org.assertj.core.api.AbstractStringAssert;

/**
 * AssertJ assertions on a frame's text, made by {@link Sip2Assertions#assertThat(String)}: what it decodes to, plus
 * every string assertion of AssertJ.
 */
public final class Sip2WireAssert extends AbstractStringAssert<Sip2WireAssert> {

    Sip2WireAssert(String actual) {
        super(actual, Sip2WireAssert.class);
    }

    /**
     * Verifies that {@link Sip2Codec#defaults()} decodes the frame to the given message.
     *
     * @param expected the expected message
     * @return this assertion
     */
    public Sip2WireAssert decodesTo(Sip2Message expected) {
        return decodesTo(Sip2Codec.defaults(), expected);
    }

    /**
     * Verifies that the codec decodes the frame to the given message. On failure the message shows the frame and
     * the expected message encoded in the frame's field order, under a column ruler, and lists the record
     * components that differ; passwords are masked.
     *
     * @param codec the codec
     * @param expected the expected message
     * @return this assertion
     */
    public Sip2WireAssert decodesTo(Sip2Codec codec, Sip2Message expected) {
        Objects.requireNonNull(codec, "codec");
        Objects.requireNonNull(expected, "expected");
        isNotNull();
        String frameText = Sip2MessageAssert.withoutTerminator(actual);
        DecodeResult result = codec.tryDecode(actual);
        if (result instanceof DecodeResult.Malformed) {
            Sip2DecodeException error = ((DecodeResult.Malformed) result).error();
            failWithMessage("%s", "Expecting the frame to decode to " + Sip2MessageAssert.name(expected)
                    + ", but decoding failed: " + error.getMessage() + "\n" + FrameDiff.point(frameText, error.column()));
            return this;
        }
        Sip2Frame frame = ((DecodeResult.Decoded) result).frame();
        Sip2Message decoded = frame.message();
        if (!decoded.equals(expected)) {
            String expectedText = encodeLike(codec, expected, frame);
            StringBuilder message = new StringBuilder("Expecting the frame to decode to ")
                    .append(Sip2MessageAssert.name(expected));
            if (expected.getClass() == decoded.getClass()) {
                message.append(", but these components differ:\n");
            } else {
                message.append(", but it decodes to ").append(Sip2MessageAssert.name(decoded)).append(".\n");
            }
            differences(expected, decoded, message);
            message.append("Written the same way, ").append(FrameDiff.describe(expectedText, frameText));
            failWithActualExpectedAndMessage(Redaction.redact(frameText), Redaction.redact(expectedText), "%s",
                    message.toString());
        }
        return this;
    }

    /** The expected message written with the decoded frame's field order and trailer, so only real differences show. */
    private static String encodeLike(Sip2Codec codec, Sip2Message expected, Sip2Frame frame) {
        try {
            return codec.encodeToString(
                    new Sip2Frame(expected, frame.sequenceNumber(), frame.checksum(), frame.fieldOrder()));
        } catch (RuntimeException e) {
            return codec.encodeToString(expected);
        }
    }

    private static void differences(Sip2Message expected, Sip2Message decoded, StringBuilder out) {
        if (expected.getClass() != decoded.getClass() || RecordAccess.type(expected).isEmpty()) {
            return;
        }
        for (RecordComponent component : expected.getClass().getRecordComponents()) {
            Object want = RecordAccess.get(expected, component);
            Object got = RecordAccess.get(decoded, component);
            if (!Objects.equals(want, got)) {
                out.append("  ").append(component.getName()).append(": expected ").append(want)
                        .append(" but was ").append(got).append('\n');
            }
        }
    }
}
