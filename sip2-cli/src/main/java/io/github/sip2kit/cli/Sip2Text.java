package io.github.sip2kit.cli;

import io.github.sip2kit.codec.Redaction;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/** Frame text helpers: splitting input into frames, and masking passwords in text the codec does not model. */
final class Sip2Text {

    private static final List<String> SECRET_IDS = List.of("AC", "AD", "CO");

    private Sip2Text() {}

    /**
     * Splits bytes into frames at CR, LF or CRLF, as the frame reader does, but keeps a last frame that has no
     * terminator and skips empty lines.
     */
    static List<byte[]> splitFrames(byte[] input) {
        List<byte[]> frames = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= input.length; i++) {
            if (i == input.length || input[i] == '\r' || input[i] == '\n') {
                if (i > start) {
                    byte[] frame = new byte[i - start];
                    System.arraycopy(input, start, frame, 0, frame.length);
                    frames.add(frame);
                }
                start = i + 1;
            }
        }
        return frames;
    }

    /** {@return whether the first {@code length} bytes hold a CR or LF, where {@link #splitFrames} would split} */
    static boolean hasLineEnd(byte[] bytes, int length) {
        for (int i = 0; i < length; i++) {
            if (bytes[i] == '\r' || bytes[i] == '\n') {
                return true;
            }
        }
        return false;
    }

    static byte[] readAll(InputStream in) {
        try {
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            in.transferTo(buffer);
            return buffer.toByteArray();
        } catch (IOException e) {
            throw new CliException(Sip2Cli.EXIT_FAILURE, "cannot read standard input: " + e.getMessage(), e);
        }
    }

    /** {@return the body of an unknown message with AC, AD and CO values masked where they follow a delimiter} */
    static String redactBody(String code, String body) {
        return Redaction.redact(code + body).substring(code.length());
    }

    /** {@return whether text holds a password masked as {@code ****} at the start or after a delimiter} */
    static boolean hasMaskedPassword(String text, char delimiter) {
        for (String id : SECRET_IDS) {
            String masked = id + FrameJson.MASK;
            int at = text.indexOf(masked);
            while (at >= 0) {
                if (at == 0 || text.charAt(at - 1) == delimiter) {
                    return true;
                }
                at = text.indexOf(masked, at + 1);
            }
        }
        return false;
    }
}
