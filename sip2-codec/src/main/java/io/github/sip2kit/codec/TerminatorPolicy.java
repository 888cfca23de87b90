package io.github.sip2kit.codec;

/**
 * Which line endings end an incoming frame (reference §1.2). The spec ends every message with a CR, but many
 * peers send CRLF and some a lone LF, so the default accepts all three.
 */
public enum TerminatorPolicy {
    /**
     * CR, CRLF and a lone LF all end a frame; an LF right after a CR is swallowed, even when it arrives in the
     * next read. This is the default: it reads every peer seen in practice.
     */
    ANY,
    /**
     * CR and CRLF end a frame; a lone LF is data, which the decoder then rejects as an illegal character.
     */
    CR_OR_CRLF,
    /** Only CR ends a frame, as the spec says; an LF is data. */
    CR_ONLY
}
