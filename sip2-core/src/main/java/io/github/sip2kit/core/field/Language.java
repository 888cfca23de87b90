package io.github.sip2kit.core.field;

import java.util.Optional;

/**
 * The language of the SC's or the patron's messages (Patron Status Request and Response, Patron Information):
 * three digits.
 *
 * <p>An open code type: a constant exists for every known code, {@link #of(String)} returns it, and any other code
 * of the right width is kept as a new instance, so that a vendor's code survives a round trip. Instances are equal
 * when their codes are equal.
 *
 * @param code the code as sent on the wire: exactly three characters, printable ASCII other than {@code |}
 */
public record Language(String code) implements WireCode {

    /** {@code 000}: unknown / not specified (the default). */
    public static final Language UNKNOWN = new Language("000");

    /** {@code 001}: English. */
    public static final Language ENGLISH = new Language("001");

    /** {@code 002}: French. */
    public static final Language FRENCH = new Language("002");

    /** {@code 003}: German. */
    public static final Language GERMAN = new Language("003");

    /** {@code 004}: Italian. */
    public static final Language ITALIAN = new Language("004");

    /** {@code 005}: Dutch. */
    public static final Language DUTCH = new Language("005");

    /** {@code 006}: Swedish. */
    public static final Language SWEDISH = new Language("006");

    /** {@code 007}: Finnish. */
    public static final Language FINNISH = new Language("007");

    /** {@code 008}: Spanish. */
    public static final Language SPANISH = new Language("008");

    /** {@code 009}: Danish. */
    public static final Language DANISH = new Language("009");

    /** {@code 010}: Portuguese. */
    public static final Language PORTUGUESE = new Language("010");

    /** {@code 011}: Canadian-French. */
    public static final Language CANADIAN_FRENCH = new Language("011");

    /** {@code 012}: Norwegian. */
    public static final Language NORWEGIAN = new Language("012");

    /** {@code 013}: Hebrew. */
    public static final Language HEBREW = new Language("013");

    /** {@code 014}: Japanese. */
    public static final Language JAPANESE = new Language("014");

    /** {@code 015}: Russian. */
    public static final Language RUSSIAN = new Language("015");

    /** {@code 016}: Arabic. */
    public static final Language ARABIC = new Language("016");

    /** {@code 017}: Polish. */
    public static final Language POLISH = new Language("017");

    /** {@code 018}: Greek. */
    public static final Language GREEK = new Language("018");

    /** {@code 019}: Chinese. */
    public static final Language CHINESE = new Language("019");

    /** {@code 020}: Korean. */
    public static final Language KOREAN = new Language("020");

    /** {@code 021}: North American Spanish. */
    public static final Language NORTH_AMERICAN_SPANISH = new Language("021");

    /** {@code 022}: Tamil. */
    public static final Language TAMIL = new Language("022");

    /** {@code 023}: Malay. */
    public static final Language MALAY = new Language("023");

    /** {@code 024}: United Kingdom. */
    public static final Language UNITED_KINGDOM = new Language("024");

    /** {@code 025}: Icelandic. */
    public static final Language ICELANDIC = new Language("025");

    /** {@code 026}: Belgian. */
    public static final Language BELGIAN = new Language("026");

    /** {@code 027}: Taiwanese. */
    public static final Language TAIWANESE = new Language("027");

    private static final CodeTable<Language> TABLE = CodeTable.<Language>builder("language")
            .standard(UNKNOWN, "unknown / not specified (the default)")
            .standard(ENGLISH, "English")
            .standard(FRENCH, "French")
            .standard(GERMAN, "German")
            .standard(ITALIAN, "Italian")
            .standard(DUTCH, "Dutch")
            .standard(SWEDISH, "Swedish")
            .standard(FINNISH, "Finnish")
            .standard(SPANISH, "Spanish")
            .standard(DANISH, "Danish")
            .standard(PORTUGUESE, "Portuguese")
            .standard(CANADIAN_FRENCH, "Canadian-French")
            .standard(NORWEGIAN, "Norwegian")
            .standard(HEBREW, "Hebrew")
            .standard(JAPANESE, "Japanese")
            .standard(RUSSIAN, "Russian")
            .standard(ARABIC, "Arabic")
            .standard(POLISH, "Polish")
            .standard(GREEK, "Greek")
            .standard(CHINESE, "Chinese")
            .standard(KOREAN, "Korean")
            .standard(NORTH_AMERICAN_SPANISH, "North American Spanish")
            .standard(TAMIL, "Tamil")
            .standard(MALAY, "Malay")
            .standard(UNITED_KINGDOM, "United Kingdom")
            .standard(ICELANDIC, "Icelandic")
            .standard(BELGIAN, "Belgian")
            .standard(TAIWANESE, "Taiwanese")
            .build();

    /**
     * Checks the code.
     *
     * @param code the code as sent on the wire
     * @throws NullPointerException if {@code code} is {@code null}
     * @throws IllegalArgumentException if {@code code} is not exactly three characters of printable ASCII other
     *     than {@code |}
     */
    public Language {
        CodeTable.requireCode(code, 3, "language");
    }

    /**
     * Returns the language with the given code.
     *
     * @param code the code as sent on the wire
     * @return the constant for a known code, otherwise a new instance holding {@code code}
     * @throws NullPointerException if {@code code} is {@code null}
     * @throws IllegalArgumentException if {@code code} is not exactly three characters of printable ASCII other
     *     than {@code |}
     */
    public static Language of(String code) {
        return TABLE.of(code, Language::new);
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
