package io.github.sip2kit.codec;

import io.github.sip2kit.core.AcsMessage;
import io.github.sip2kit.core.ScMessage;
import io.github.sip2kit.core.Sip2Message;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Decodes and encodes SIP2 messages: the entry point of the codec. Immutable and thread-safe; build one per peer
 * configuration and share it.
 *
 * <pre>{@code
 * Sip2Codec codec = Sip2Codec.defaults();
 * Sip2Message message = codec.decode("9300CNLoginUserID|COLoginPassword|CPLocationCode|AY5AZEC7B");
 * byte[] wire = codec.encode(LoginResponse.builder().ok(true).build(), 5); // "941AY5AZFDF8\r"
 * }</pre>
 *
 * <p>Defaults: charset IBM850 (code page 850, the spec's default), field delimiter {@code |}, CR terminator on
 * output, CR, CRLF or LF accepted on input, {@link Strictness#LENIENT}, unknown fields and messages preserved, the
 * first of duplicate fields wins, checksums verified when present, checksums summed over the wire bytes, and
 * {@link Sip2Limits#defaults()}. {@link #strict()} is the preset for conformance testing.
 *
 * <p>The checksum is always computed over the exact bytes on the wire in the codec's charset. Peers that sum
 * something else (Unicode code points, or an ASCII-folded copy of the text) are handled by naming their
 * {@link ChecksumMode}, either as the codec's own mode or as an additionally accepted one.
 */
public final class Sip2Codec {

    private static final Sip2Codec DEFAULTS = new Builder().build();

    private final Charset charset;
    private final char fieldDelimiter;
    private final Terminator terminator;
    private final TerminatorPolicy terminatorPolicy;
    private final Sip2Limits limits;
    private final Strictness strictness;
    private final UnknownFieldPolicy unknownFieldPolicy;
    private final UnknownMessagePolicy unknownMessagePolicy;
    private final DuplicateFieldPolicy duplicateFieldPolicy;
    private final ChecksumPolicy checksumPolicy;
    private final ChecksumMode checksumMode;
    private final Set<ChecksumMode> acceptedChecksumModes;
    private final List<ChecksumMode> verifiedChecksumModes;
    private final FrameEncoder encoder;

    private Sip2Codec(Builder b) {
        this.charset = b.charset;
        this.fieldDelimiter = b.fieldDelimiter;
        this.terminator = b.terminator;
        this.terminatorPolicy = b.terminatorPolicy;
        this.limits = b.limits;
        this.strictness = b.strictness;
        this.unknownFieldPolicy = b.unknownFieldPolicy;
        this.unknownMessagePolicy = b.unknownMessagePolicy;
        this.duplicateFieldPolicy = b.duplicateFieldPolicy;
        this.checksumPolicy = b.checksumPolicy;
        this.checksumMode = b.checksumMode;
        EnumSet<ChecksumMode> accepted = EnumSet.noneOf(ChecksumMode.class);
        accepted.addAll(b.acceptedChecksumModes);
        this.acceptedChecksumModes = Collections.unmodifiableSet(accepted);
        List<ChecksumMode> verified = new ArrayList<>();
        verified.add(checksumMode);
        for (ChecksumMode mode : accepted) {
            if (mode != checksumMode) {
                verified.add(mode);
            }
        }
        this.verifiedChecksumModes = List.copyOf(verified);
        this.encoder = new FrameEncoder(this);
    }

    /** {@return the default codec: lenient, IBM850, CR terminator, {@code |} delimiter} */
    public static Sip2Codec defaults() {
        return DEFAULTS;
    }

    /**
     * {@return a codec for conformance testing} Every deviation from SIP 2.00 is reported (all of them, as the
     * decode exception's violations): duplicate fields are rejected, values longer than 255 characters, empty and
     * unterminated fields, lower-case checksums, blank or odd fixed values and missing required fields are errors.
     * Unknown fields are still preserved, since the spec tells receivers to ignore them.
     */
    public static Sip2Codec strict() {
        return builder().strictness(Strictness.STRICT).duplicateFieldPolicy(DuplicateFieldPolicy.REJECT).build();
    }

    /** {@return a builder with the defaults} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return a builder holding this codec's settings} */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** {@return the charset text is encoded in on the wire (default IBM850)} */
    public Charset charset() {
        return charset;
    }

    /** {@return the field delimiter (default {@code |})} */
    public char fieldDelimiter() {
        return fieldDelimiter;
    }

    /** {@return the terminator written after each encoded message (default CR)} */
    public Terminator terminator() {
        return terminator;
    }

    /** {@return which terminators end a frame on input (default {@link TerminatorPolicy#ANY})} */
    public TerminatorPolicy terminatorPolicy() {
        return terminatorPolicy;
    }

    /** {@return the size limits} */
    public Sip2Limits limits() {
        return limits;
    }

    /** {@return how strictly input is judged} */
    public Strictness strictness() {
        return strictness;
    }

    /** {@return what happens to tagged fields a message does not define} */
    public UnknownFieldPolicy unknownFieldPolicy() {
        return unknownFieldPolicy;
    }

    /** {@return what happens to message codes SIP 2.00 does not define} */
    public UnknownMessagePolicy unknownMessagePolicy() {
        return unknownMessagePolicy;
    }

    /** {@return what happens when a field that may occur once occurs again} */
    public DuplicateFieldPolicy duplicateFieldPolicy() {
        return duplicateFieldPolicy;
    }

    /** {@return whether checksums are verified} */
    public ChecksumPolicy checksumPolicy() {
        return checksumPolicy;
    }

    /** {@return how this codec computes the checksums it writes and first tries when verifying} */
    public ChecksumMode checksumMode() {
        return checksumMode;
    }

    /** {@return further checksum modes accepted when verifying, for peers that sum something other than bytes} */
    public Set<ChecksumMode> acceptedChecksumModes() {
        return acceptedChecksumModes;
    }

    List<ChecksumMode> verifiedChecksumModes() {
        return verifiedChecksumModes;
    }

    // ------------------------------------------------------------------ decoding

    /**
     * Decodes one frame's bytes to a message. A trailing terminator (CR, CRLF or LF) is allowed.
     *
     * @param frame the frame's bytes
     * @return the message
     * @throws Sip2DecodeException if the frame is malformed
     */
    public Sip2Message decode(byte[] frame) {
        return decodeFrame(frame, 0, frame.length).message();
    }

    /**
     * Decodes one frame's text to a message. The text is encoded in the codec's charset first, since the checksum
     * covers bytes.
     *
     * @param frame the frame's text, with or without a trailing terminator
     * @return the message
     * @throws Sip2DecodeException if the frame is malformed
     */
    public Sip2Message decode(CharSequence frame) {
        return decodeFrame(frame).message();
    }

    /**
     * Decodes one frame and checks that it is the expected kind of message, such as {@code ScMessage.class} on a
     * server or {@code CheckoutResponse.class} on a client.
     *
     * @param frame the frame's text
     * @param type the expected message type or supertype
     * @param <M> the expected type
     * @return the message
     * @throws Sip2DecodeException if the frame is malformed (reason UNEXPECTED_DIRECTION when it travels the other
     *     way, UNEXPECTED_MESSAGE_TYPE when it is another message of the same direction)
     */
    public <M extends Sip2Message> M decode(CharSequence frame, Class<M> type) {
        return expect(decodeFrame(frame).message(), type, frame);
    }

    /**
     * Decodes one frame's bytes and checks that it is the expected kind of message.
     *
     * @param frame the frame's bytes
     * @param type the expected message type or supertype
     * @param <M> the expected type
     * @return the message
     * @throws Sip2DecodeException if the frame is malformed or of another type
     */
    public <M extends Sip2Message> M decode(byte[] frame, Class<M> type) {
        return expect(decodeFrame(frame, 0, frame.length).message(), type,
                new String(frame, StandardCharsets.ISO_8859_1));
    }

    /**
     * Decodes one frame, keeping its wire details (sequence number, checksum status, field order).
     *
     * @param frame the frame's bytes, with or without a trailing terminator
     * @return the frame
     * @throws Sip2DecodeException if the frame is malformed
     */
    public Sip2Frame decodeFrame(byte[] frame) {
        return decodeFrame(frame, 0, frame.length);
    }

    /**
     * Decodes one frame from part of an array.
     *
     * @param bytes the array
     * @param offset where the frame starts
     * @param length the frame's length
     * @return the frame
     * @throws Sip2DecodeException if the frame is malformed
     */
    public Sip2Frame decodeFrame(byte[] bytes, int offset, int length) {
        Objects.checkFromIndexSize(offset, length, bytes.length);
        return new FrameDecoder(this).decode(bytes, offset, length);
    }

    /**
     * Decodes one frame given as text.
     *
     * @param frame the frame's text
     * @return the frame
     * @throws Sip2DecodeException if the frame is malformed or has a character the charset cannot encode
     */
    public Sip2Frame decodeFrame(CharSequence frame) {
        byte[] bytes = toBytes(frame);
        return decodeFrame(bytes, 0, bytes.length);
    }

    /**
     * Decodes one frame without throwing for malformed input.
     *
     * @param frame the frame's bytes
     * @return the frame, or the reason it is malformed
     */
    public DecodeResult tryDecode(byte[] frame) {
        return tryDecode(frame, 0, frame.length);
    }

    /**
     * Decodes one frame from part of an array without throwing for malformed input.
     *
     * @param bytes the array
     * @param offset where the frame starts
     * @param length the frame's length
     * @return the frame, or the reason it is malformed
     */
    public DecodeResult tryDecode(byte[] bytes, int offset, int length) {
        try {
            return new DecodeResult.Decoded(decodeFrame(bytes, offset, length));
        } catch (Sip2DecodeException e) {
            return new DecodeResult.Malformed(e);
        }
    }

    /**
     * Decodes one frame given as text without throwing for malformed input.
     *
     * @param frame the frame's text
     * @return the frame, or the reason it is malformed
     */
    public DecodeResult tryDecode(CharSequence frame) {
        try {
            return new DecodeResult.Decoded(decodeFrame(frame));
        } catch (Sip2DecodeException e) {
            return new DecodeResult.Malformed(e);
        }
    }

    private <M extends Sip2Message> M expect(Sip2Message message, Class<M> type, CharSequence frame) {
        Objects.requireNonNull(type, "type");
        if (type.isInstance(message)) {
            return type.cast(message);
        }
        boolean wantSc = ScMessage.class.isAssignableFrom(type);
        boolean wantAcs = AcsMessage.class.isAssignableFrom(type);
        boolean otherDirection = (wantSc && message instanceof AcsMessage) || (wantAcs && message instanceof ScMessage);
        Sip2DecodeException.Reason reason = otherDirection
                ? Sip2DecodeException.Reason.UNEXPECTED_DIRECTION
                : Sip2DecodeException.Reason.UNEXPECTED_MESSAGE_TYPE;
        String text = frame.toString();
        throw new Sip2DecodeException(reason, "message " + message.code() + " is a "
                        + message.getClass().getSimpleName() + " (expected: " + type.getSimpleName() + ")",
                message.code(), null, 1, Redaction.excerpt(text, 1, fieldDelimiter));
    }

    private byte[] toBytes(CharSequence frame) {
        Objects.requireNonNull(frame, "frame");
        CharBuffer in = CharBuffer.wrap(frame);
        try {
            ByteBuffer out = charset.newEncoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .encode(in);
            byte[] bytes = new byte[out.remaining()];
            out.get(bytes);
            return bytes;
        } catch (CharacterCodingException e) {
            int column = in.position() + 1;
            throw new Sip2DecodeException(Sip2DecodeException.Reason.ILLEGAL_CHARACTER,
                    "a character that " + charset.name() + " cannot encode (expected: text in the codec's charset)",
                    null, null, column, Redaction.excerpt(frame, column, fieldDelimiter));
        }
    }

    // ------------------------------------------------------------------ encoding

    /**
     * Encodes a message without error detection: the frame's bytes including the terminator.
     *
     * @param message the message
     * @return the wire bytes
     * @throws Sip2EncodeException if a value cannot be encoded in the charset or contains a custom delimiter
     */
    public byte[] encode(Sip2Message message) {
        return encoder.toWire(text(message, null), false, -1);
    }

    /**
     * Encodes a message with error detection: AY with the sequence number, AZ with the checksum, the terminator.
     * For 96 and 97 only AZ is written, as the spec says.
     *
     * @param message the message
     * @param sequenceNumber 0 to 9
     * @return the wire bytes
     * @throws IllegalArgumentException if the sequence number is not 0 to 9
     * @throws Sip2EncodeException if a value cannot be encoded
     */
    public byte[] encode(Sip2Message message, int sequenceNumber) {
        if (sequenceNumber < 0 || sequenceNumber > 9) {
            throw new IllegalArgumentException("sequenceNumber: " + sequenceNumber + " (expected: 0 to 9)");
        }
        int sequence = Sip2Frame.isResendRequest(message) ? -1 : sequenceNumber;
        return encoder.toWire(text(message, null), true, sequence);
    }

    /**
     * Encodes a frame: its message in the frame's recorded field order (spec order when it has none), with the
     * trailer the frame says it has.
     *
     * @param frame the frame
     * @return the wire bytes
     * @throws Sip2EncodeException if a value cannot be encoded
     */
    public byte[] encode(Sip2Frame frame) {
        int sequence = frame.sequenceNumber().isPresent() ? frame.sequenceNumber().getAsInt() : -1;
        return encoder.toWire(text(frame.message(), frame.fieldOrder()), frame.hasChecksum(), sequence);
    }

    /**
     * Encodes a message without error detection to text, without the terminator.
     *
     * @param message the message
     * @return the wire text
     */
    public String encodeToString(Sip2Message message) {
        return text(message, null).toString();
    }

    /**
     * Encodes a message with error detection to text, without the terminator.
     *
     * @param message the message
     * @param sequenceNumber 0 to 9
     * @return the wire text, ending in {@code AY<n>AZ<checksum>}
     */
    public String encodeToString(Sip2Message message, int sequenceNumber) {
        return withoutTerminator(encode(message, sequenceNumber));
    }

    /**
     * Encodes a frame to text, without the terminator.
     *
     * @param frame the frame
     * @return the wire text
     */
    public String encodeToString(Sip2Frame frame) {
        return withoutTerminator(encode(frame));
    }

    private String withoutTerminator(byte[] wire) {
        return new String(wire, 0, wire.length - terminator.bytes().length, charset);
    }

    private StringBuilder text(Sip2Message message, List<String> order) {
        Objects.requireNonNull(message, "message");
        StringBuilder out = new StringBuilder(256);
        encoder.appendText(message, order, out);
        return out;
    }

    // ------------------------------------------------------------------ framing

    /** {@return a new frame splitter using this codec's limits and terminator policy} */
    public Sip2FrameSplitter newFrameSplitter() {
        return new Sip2FrameSplitter(limits, terminatorPolicy);
    }

    /**
     * Creates a frame reader using this codec's limits and terminator policy.
     *
     * @param in the stream to read frames from
     * @return the reader
     */
    public Sip2FrameReader newFrameReader(InputStream in) {
        return new Sip2FrameReader(in, limits, terminatorPolicy);
    }

    /**
     * Creates a frame writer that encodes with this codec.
     *
     * @param out the stream to write frames to
     * @return the writer
     */
    public Sip2FrameWriter newFrameWriter(OutputStream out) {
        return new Sip2FrameWriter(out, this);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Sip2Codec)) {
            return false;
        }
        Sip2Codec c = (Sip2Codec) o;
        return charset.equals(c.charset)
                && fieldDelimiter == c.fieldDelimiter
                && terminator == c.terminator
                && terminatorPolicy == c.terminatorPolicy
                && limits.equals(c.limits)
                && strictness == c.strictness
                && unknownFieldPolicy == c.unknownFieldPolicy
                && unknownMessagePolicy == c.unknownMessagePolicy
                && duplicateFieldPolicy == c.duplicateFieldPolicy
                && checksumPolicy == c.checksumPolicy
                && checksumMode == c.checksumMode
                && acceptedChecksumModes.equals(c.acceptedChecksumModes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(charset, fieldDelimiter, terminator, terminatorPolicy, limits, strictness,
                unknownFieldPolicy, unknownMessagePolicy, duplicateFieldPolicy, checksumPolicy, checksumMode,
                acceptedChecksumModes);
    }

    @Override
    public String toString() {
        return "Sip2Codec[charset=" + charset.name() + ", delimiter=" + fieldDelimiter + ", terminator=" + terminator
                + ", terminatorPolicy=" + terminatorPolicy + ", " + limits + ", " + strictness
                + ", unknownFields=" + unknownFieldPolicy + ", unknownMessages=" + unknownMessagePolicy
                + ", duplicates=" + duplicateFieldPolicy + ", checksum=" + checksumPolicy + "/" + checksumMode
                + (acceptedChecksumModes.isEmpty() ? "" : " accepting " + acceptedChecksumModes) + "]";
    }

    /** Builds {@link Sip2Codec} instances; not thread-safe. */
    public static final class Builder {
        private Charset charset = Charset.forName("IBM850");
        private char fieldDelimiter = '|';
        private Terminator terminator = Terminator.CR;
        private TerminatorPolicy terminatorPolicy = TerminatorPolicy.ANY;
        private Sip2Limits limits = Sip2Limits.defaults();
        private Strictness strictness = Strictness.LENIENT;
        private UnknownFieldPolicy unknownFieldPolicy = UnknownFieldPolicy.PRESERVE;
        private UnknownMessagePolicy unknownMessagePolicy = UnknownMessagePolicy.PRESERVE;
        private DuplicateFieldPolicy duplicateFieldPolicy = DuplicateFieldPolicy.FIRST_WINS;
        private ChecksumPolicy checksumPolicy = ChecksumPolicy.VERIFY_IF_PRESENT;
        private ChecksumMode checksumMode = ChecksumMode.WIRE_BYTES;
        private Set<ChecksumMode> acceptedChecksumModes = Set.of();

        private Builder() {}

        private Builder(Sip2Codec c) {
            charset = c.charset;
            fieldDelimiter = c.fieldDelimiter;
            terminator = c.terminator;
            terminatorPolicy = c.terminatorPolicy;
            limits = c.limits;
            strictness = c.strictness;
            unknownFieldPolicy = c.unknownFieldPolicy;
            unknownMessagePolicy = c.unknownMessagePolicy;
            duplicateFieldPolicy = c.duplicateFieldPolicy;
            checksumPolicy = c.checksumPolicy;
            checksumMode = c.checksumMode;
            acceptedChecksumModes = c.acceptedChecksumModes;
        }

        /**
         * Sets the wire charset. It must encode ASCII as ASCII (every single-byte code page and UTF-8 do), since
         * message codes, fixed fields, ids and the trailer are ASCII.
         *
         * @param charset such as {@code StandardCharsets.UTF_8}; default IBM850
         * @return this builder
         * @throws IllegalArgumentException if the charset is not ASCII-compatible
         */
        public Builder charset(Charset charset) {
            Objects.requireNonNull(charset, "charset");
            String probe = "0123456789AZaz|~ !";
            if (!charset.canEncode()
                    || !Arrays.equals(probe.getBytes(charset), probe.getBytes(StandardCharsets.US_ASCII))) {
                throw new IllegalArgumentException(
                        "charset: " + charset.name() + " (expected: a charset that encodes ASCII as single ASCII bytes)");
            }
            this.charset = charset;
            return this;
        }

        /**
         * Sets the field delimiter, for sites that configured another than {@code |}.
         *
         * @param fieldDelimiter a printable ASCII character that is neither a letter, a digit nor a space
         * @return this builder
         */
        public Builder fieldDelimiter(char fieldDelimiter) {
            if (fieldDelimiter <= 0x20 || fieldDelimiter >= 0x7f || Character.isLetterOrDigit(fieldDelimiter)) {
                throw new IllegalArgumentException("fieldDelimiter: '" + fieldDelimiter
                        + "' (expected: printable ASCII, not a letter, digit or space)");
            }
            this.fieldDelimiter = fieldDelimiter;
            return this;
        }

        /**
         * Sets the terminator written after each message.
         *
         * @param terminator default CR
         * @return this builder
         */
        public Builder terminator(Terminator terminator) {
            this.terminator = Objects.requireNonNull(terminator, "terminator");
            return this;
        }

        /**
         * Sets which terminators end a frame on input.
         *
         * @param terminatorPolicy default ANY
         * @return this builder
         */
        public Builder terminatorPolicy(TerminatorPolicy terminatorPolicy) {
            this.terminatorPolicy = Objects.requireNonNull(terminatorPolicy, "terminatorPolicy");
            return this;
        }

        /**
         * Sets the size limits.
         *
         * @param limits default {@link Sip2Limits#defaults()}
         * @return this builder
         */
        public Builder limits(Sip2Limits limits) {
            this.limits = Objects.requireNonNull(limits, "limits");
            return this;
        }

        /**
         * Sets how strictly input is judged.
         *
         * @param strictness default LENIENT
         * @return this builder
         */
        public Builder strictness(Strictness strictness) {
            this.strictness = Objects.requireNonNull(strictness, "strictness");
            return this;
        }

        /**
         * Sets what happens to tagged fields a message does not define.
         *
         * @param policy default PRESERVE
         * @return this builder
         */
        public Builder unknownFieldPolicy(UnknownFieldPolicy policy) {
            this.unknownFieldPolicy = Objects.requireNonNull(policy, "unknownFieldPolicy");
            return this;
        }

        /**
         * Sets what happens to message codes SIP 2.00 does not define.
         *
         * @param policy default PRESERVE
         * @return this builder
         */
        public Builder unknownMessagePolicy(UnknownMessagePolicy policy) {
            this.unknownMessagePolicy = Objects.requireNonNull(policy, "unknownMessagePolicy");
            return this;
        }

        /**
         * Sets what happens when a field that may occur once occurs again.
         *
         * @param policy default FIRST_WINS
         * @return this builder
         */
        public Builder duplicateFieldPolicy(DuplicateFieldPolicy policy) {
            this.duplicateFieldPolicy = Objects.requireNonNull(policy, "duplicateFieldPolicy");
            return this;
        }

        /**
         * Sets whether checksums are verified.
         *
         * @param policy default VERIFY_IF_PRESENT
         * @return this builder
         */
        public Builder checksumPolicy(ChecksumPolicy policy) {
            this.checksumPolicy = Objects.requireNonNull(policy, "checksumPolicy");
            return this;
        }

        /**
         * Sets how checksums are computed when writing and first tried when verifying.
         *
         * @param mode default WIRE_BYTES, the spec's rule
         * @return this builder
         */
        public Builder checksumMode(ChecksumMode mode) {
            this.checksumMode = Objects.requireNonNull(mode, "checksumMode");
            return this;
        }

        /**
         * Sets further checksum modes to accept when verifying, for a peer known to sum Unicode code points or an
         * ASCII-folded copy of the text. Off by default.
         *
         * @param modes the modes
         * @return this builder
         */
        public Builder acceptedChecksumModes(Set<ChecksumMode> modes) {
            this.acceptedChecksumModes = Set.copyOf(modes);
            return this;
        }

        /** {@return the codec} */
        public Sip2Codec build() {
            return new Sip2Codec(this);
        }
    }
}
