package io.github.sip2kit.core.field;

/**
 * A value that appears on the wire as a fixed code: a field identifier, a flag letter or an entry of a SIP2 code
 * set.
 *
 * <p>Implemented by every enum and open code type in this package, so that a codec can write any of them the same
 * way.
 */
public interface WireCode {

    /**
     * {@return the exact characters this value is written as on the wire, never {@code null}}
     */
    String code();
}
