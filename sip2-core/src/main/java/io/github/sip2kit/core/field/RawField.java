package io.github.sip2kit.core.field;

import java.util.Optional;

/**
 * A tagged field as it appeared on the wire, kept when the model has no component for it (a vendor extension, or
 * a standard field in a message that does not define it), so that the message re-encodes without loss.
 *
 * <p>{@link #toString()} shows {@code ****} instead of the value for the password identifiers AC, AD and CO.
 *
 * @param id the two-character field identifier, for example {@code "XI"}
 * @param value the field value without the identifier and the delimiter; may be empty
 */
public record RawField(String id, String value) {

    /**
     * Checks the components.
     *
     * @param id the two-character field identifier
     * @param value the field value; may be empty
     * @throws NullPointerException if a component is {@code null}
     * @throws IllegalArgumentException if {@code id} is not two characters, or either component contains
     *     {@code |}, CR, LF or NUL
     */
    public RawField {
        WireText.requireFieldId(id);
        WireText.requireValue(value, "field " + id);
    }

    /**
     * Creates a raw field.
     *
     * @param id the two-character field identifier
     * @param value the field value; may be empty
     * @return the field
     * @throws NullPointerException if an argument is {@code null}
     * @throws IllegalArgumentException if {@code id} is not two characters, or either argument contains
     *     {@code |}, CR, LF or NUL
     */
    public static RawField of(String id, String value) {
        return new RawField(id, value);
    }

    /**
     * {@return the known field identifier with this field's code, if the spec or a listed extension defines it}
     */
    public Optional<FieldId> fieldId() {
        return FieldId.fromCode(id);
    }

    /**
     * {@return whether the value is a password (AC, AD or CO) and must not be shown}
     */
    public boolean isSecret() {
        return fieldId().map(FieldId::isSecret).orElse(false);
    }

    /**
     * {@return the identifier and value, with the value of AC, AD and CO shown as {@code ****}}
     */
    @Override
    public String toString() {
        return "RawField[id=" + id + ", value=" + (isSecret() ? "****" : value) + "]";
    }
}
