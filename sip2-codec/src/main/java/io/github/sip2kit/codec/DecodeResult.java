package io.github.sip2kit.codec;

import java.util.Objects;

/**
 * The outcome of {@link Sip2Codec#tryDecode(byte[])}: either a {@link Decoded} frame or a {@link Malformed} input,
 * without an exception being thrown. Servers use it to answer malformed requests with a 96 on the hot path.
 *
 * <pre>{@code
 * DecodeResult result = codec.tryDecode(bytes);
 * if (result instanceof DecodeResult.Decoded decoded) {
 *     handle(decoded.frame());
 * } else if (((DecodeResult.Malformed) result).error().resendable()) {
 *     sendResendRequest();
 * }
 * }</pre>
 */
public sealed interface DecodeResult permits DecodeResult.Decoded, DecodeResult.Malformed {

    /** {@return whether the input decoded} */
    boolean isDecoded();

    /**
     * A frame that decoded.
     *
     * @param frame the frame
     */
    record Decoded(Sip2Frame frame) implements DecodeResult {
        /**
         * Validates the component.
         *
         * @param frame the frame
         */
        public Decoded {
            Objects.requireNonNull(frame, "frame");
        }

        @Override
        public boolean isDecoded() {
            return true;
        }
    }

    /**
     * Input that did not decode.
     *
     * @param error why
     */
    record Malformed(Sip2DecodeException error) implements DecodeResult {
        /**
         * Validates the component.
         *
         * @param error why
         */
        public Malformed {
            Objects.requireNonNull(error, "error");
        }

        @Override
        public boolean isDecoded() {
            return false;
        }
    }
}
