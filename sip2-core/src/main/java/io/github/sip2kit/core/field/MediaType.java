package io.github.sip2kit.core.field;

import java.util.Optional;

/**
 * The media type of an item (field CK): three digits.
 *
 * <p>An open code type: a constant exists for every known code, {@link #of(String)} returns it, and any other code
 * of the right width is kept as a new instance, so that a vendor's code survives a round trip. Instances are equal
 * when their codes are equal.
 *
 * @param code the code as sent on the wire: exactly three characters, printable ASCII other than {@code |}
 */
public record MediaType(String code) implements WireCode {

    /** {@code 000}: other. */
    public static final MediaType OTHER = new MediaType("000");

    /** {@code 001}: book. */
    public static final MediaType BOOK = new MediaType("001");

    /** {@code 002}: magazine. */
    public static final MediaType MAGAZINE = new MediaType("002");

    /** {@code 003}: bound journal. */
    public static final MediaType BOUND_JOURNAL = new MediaType("003");

    /** {@code 004}: audio tape. */
    public static final MediaType AUDIO_TAPE = new MediaType("004");

    /** {@code 005}: video tape. */
    public static final MediaType VIDEO_TAPE = new MediaType("005");

    /** {@code 006}: CD / CD-ROM. */
    public static final MediaType CD_OR_CD_ROM = new MediaType("006");

    /** {@code 007}: diskette. */
    public static final MediaType DISKETTE = new MediaType("007");

    /** {@code 008}: book with diskette. */
    public static final MediaType BOOK_WITH_DISKETTE = new MediaType("008");

    /** {@code 009}: book with CD. */
    public static final MediaType BOOK_WITH_CD = new MediaType("009");

    /** {@code 010}: book with audio tape. */
    public static final MediaType BOOK_WITH_AUDIO_TAPE = new MediaType("010");

    private static final CodeTable<MediaType> TABLE = CodeTable.<MediaType>builder("media type")
            .standard(OTHER, "other")
            .standard(BOOK, "book")
            .standard(MAGAZINE, "magazine")
            .standard(BOUND_JOURNAL, "bound journal")
            .standard(AUDIO_TAPE, "audio tape")
            .standard(VIDEO_TAPE, "video tape")
            .standard(CD_OR_CD_ROM, "CD / CD-ROM")
            .standard(DISKETTE, "diskette")
            .standard(BOOK_WITH_DISKETTE, "book with diskette")
            .standard(BOOK_WITH_CD, "book with CD")
            .standard(BOOK_WITH_AUDIO_TAPE, "book with audio tape")
            .build();

    /**
     * Checks the code.
     *
     * @param code the code as sent on the wire
     * @throws NullPointerException if {@code code} is {@code null}
     * @throws IllegalArgumentException if {@code code} is not exactly three characters of printable ASCII other
     *     than {@code |}
     */
    public MediaType {
        CodeTable.requireCode(code, 3, "media type");
    }

    /**
     * Returns the media type with the given code.
     *
     * @param code the code as sent on the wire
     * @return the constant for a known code, otherwise a new instance holding {@code code}
     * @throws NullPointerException if {@code code} is {@code null}
     * @throws IllegalArgumentException if {@code code} is not exactly three characters of printable ASCII other
     *     than {@code |}
     */
    public static MediaType of(String code) {
        return TABLE.of(code, MediaType::new);
    }

    /**
     * {@return whether the code is defined by the SIP 2.00 spec}
     */
    public boolean isStandard() {
        return TABLE.isStandard(code);
    }

    /**
     * {@return what the code means, or empty for a code that is not known}
     */
    public Optional<String> description() {
        return TABLE.description(code);
    }
}
