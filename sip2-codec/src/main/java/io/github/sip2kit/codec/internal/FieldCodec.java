package io.github.sip2kit.codec.internal;

/**
 * Converts one field value between its wire text and its model value. Fixed-field codecs have a width; tagged-field
 * codecs have width -1 unless the spec fixes the value's length.
 */
public abstract class FieldCodec {

    private final int width;
    private final String description;

    FieldCodec(int width, String description) {
        this.width = width;
        this.description = description;
    }

    /** {@return the exact width of the value, or -1 for a variable-length value} */
    public int width() {
        return width;
    }

    /** {@return what the value looks like, for the message reference} */
    public String description() {
        return description;
    }

    /**
     * Parses a value.
     *
     * @param text the value's characters (exactly {@link #width()} of them for a fixed field)
     * @param strict whether only spec-conforming values are accepted
     * @return the model value
     * @throws IllegalArgumentException if the value cannot be modelled
     */
    public abstract Object parse(String text, boolean strict);

    /**
     * Parses a value that sits inside a larger text, without cutting it out first where the codec can avoid it.
     *
     * @param text the whole text
     * @param start the value's first index
     * @param end the index after the value
     * @param strict whether only spec-conforming values are accepted
     * @return the model value
     * @throws IllegalArgumentException if the value cannot be modelled
     */
    public Object parse(String text, int start, int end, boolean strict) {
        return parse(text.substring(start, end), strict);
    }

    /**
     * Appends a model value's wire text.
     *
     * @param value the model value, never null
     * @param out where to append
     */
    public abstract void format(Object value, StringBuilder out);

    /**
     * {@return whether a value is the "nothing there" value of a required field} The encoder omits such a value when
     * a frame's recorded field order shows the field was absent on the wire.
     *
     * @param value the model value
     */
    public boolean isEmpty(Object value) {
        return false;
    }
}
