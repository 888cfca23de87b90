package io.github.sip2kit.benchmarks;

import io.github.sip2kit.codec.ChecksumStatus;
import io.github.sip2kit.codec.Sip2Codec;
import io.github.sip2kit.codec.Sip2Frame;
import io.github.sip2kit.core.Sip2Message;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.OptionalInt;

/**
 * The realistic messages the codec benchmarks decode and encode: what a self-check station and its library system
 * exchange during a session, in canonical field order, written as wire text without the error-detection trailer.
 *
 * <p>Each sample is decoded once in a benchmark's setup; the benchmark then encodes that message with a sequence
 * number (so the frame carries AY and AZ) and decodes those bytes. The setup checks that the text is canonical, so
 * the measured encode produces exactly the measured frame.
 */
public enum Sample {

    /** Checkout (11) with patron password, fee acknowledged and cancel. */
    CHECKOUT_11(false, "11YN20240115    103000                  AOMAIN|AA21234567890|AB31234000000011|AC|"
            + "ADpin1234|BON|BIN|"),

    /** Checkout response (12), item checked out, with due date, media type, screen message and print line. */
    CHECKOUT_RESPONSE_12(false, "121NNY20240115    103001AOMAIN|AA21234567890|AB31234000000011|"
            + "AJThe Hobbit, or There and Back Again|AH20240129    235900|CK001|AFCheckout successful|"
            + "AGDue 2024-01-29|"),

    /** Checkin (09) with return date, current location and cancel. */
    CHECKIN_09(false, "09N20240115    10300020240115    103000APSelf-check 1, ground floor|AOMAIN|"
            + "AB31234000000011|AC|BIN|"),

    /** Checkin response (10) with location, title, sort bin, patron, media type, call number and screen message. */
    CHECKIN_RESPONSE_10(false, "101YNN20240115    103001AOMAIN|AB31234000000011|AQMain Library, Adult Fiction|"
            + "AJThe Hobbit, or There and Back Again|CLA1|AA21234567890|CK001|CSFIC TOL|AFItem checked in|"),

    /** Patron information response (64) with 3 hold items (AS), 10 charged items (AU) and 1 fine item (AV). */
    PATRON_INFO_RESPONSE_64(false, "64              00120240115    103001000300000010000100000000"
            + "AOMAIN|AA21234567890|AEJane Q. Patron|BZ0010|CA0005|CB0050|BLY|CQY|BHUSD|BV2.50|CC25.00|"
            + "AS31234000000101|AS31234000000102|AS31234000000103|"
            + "AU31234000000011|AU31234000000012|AU31234000000013|AU31234000000014|AU31234000000015|"
            + "AU31234000000016|AU31234000000017|AU31234000000018|AU31234000000019|AU31234000000020|"
            + "AV31234000000007 overdue 2.50|"
            + "BD1 Main Street, Springfield|BEjane.patron@example.org|BF555-0100|AFYou have 3 holds waiting|"),

    /** Item information response (18) with hold queue, due date, owner, locations, collection and call number. */
    ITEM_INFO_RESPONSE_18(false, "1803000120240115    103001CF0000|AH20240129    235900|AB31234000000011|"
            + "AJThe Hobbit, or There and Back Again|BGMAIN|CK001|AQMain Library, Adult Fiction|APMain Library|"
            + "CRFIC|CSFIC TOL|"),

    /** The item information response (18) with accented French text, on a UTF-8 codec. */
    ITEM_INFO_RESPONSE_18_UTF8(true, "1803000120240115    103001CF0000|AH20240129    235900|AB31234000000042|"
            + "AJLe Piège de Bogotá : roman policier|BGMAIN|CK001|AQBibliothèque municipale, Étage 2|"
            + "APBibliothèque municipale|CRROM|CSR SÉG|"),

    /** Login (93) with user id, password and location code. */
    LOGIN_93(false, "9300CNselfcheck01|COs3cret-Pa55|CPMAIN-FLOOR1|"),

    /** Login response (94), accepted. */
    LOGIN_RESPONSE_94(false, "941"),

    /** SC status (99). */
    SC_STATUS_99(false, "9900302.00"),

    /** ACS status (98) with library name, supported messages, terminal location and screen message. */
    ACS_STATUS_98(false, "98YYYNYN01000320240115    1030002.00AOMAIN|AMMain Library|BXYYYYYNYYYNYYYYNN|"
            + "ANselfcheck01|AFWelcome|");

    /** The sequence number every benchmark frame carries in AY. */
    public static final int SEQUENCE_NUMBER = 3;

    private final boolean utf8;
    private final String text;

    Sample(boolean utf8, String text) {
        this.utf8 = utf8;
        this.text = text;
    }

    /** {@return the wire text of the message, without the AY/AZ trailer and the terminator} */
    public String text() {
        return text;
    }

    /** {@return the codec this sample is sent with: the default (IBM850) one, or a UTF-8 one} */
    public Sip2Codec codec() {
        Sip2Codec defaults = Sip2Codec.defaults();
        return utf8 ? defaults.toBuilder().charset(StandardCharsets.UTF_8).build() : defaults;
    }

    /** {@return the samples sent with the default codec, in the order a session would send them} */
    public static Sample[] defaultCodecMix() {
        return Arrays.stream(values()).filter(s -> !s.utf8).toArray(Sample[]::new);
    }

    /**
     * Builds the sample's message and frame and checks that they agree.
     *
     * @param codec the codec the sample is sent with
     * @return the message and its wire bytes with AY and AZ
     * @throws IllegalStateException if the text is not canonical or the frame does not decode to the message
     */
    public Prepared prepare(Sip2Codec codec) {
        Sip2Message message = codec.decode(text);
        String reencoded = codec.encodeToString(message);
        if (!reencoded.equals(text)) {
            throw new IllegalStateException(name() + " is not in canonical field order:\n  given   " + text
                    + "\n  encoded " + reencoded);
        }
        byte[] frame = codec.encode(message, SEQUENCE_NUMBER);
        Sip2Frame decoded = codec.decodeFrame(frame);
        if (!decoded.message().equals(message)
                || decoded.checksum() != ChecksumStatus.VERIFIED
                || !decoded.sequenceNumber().equals(OptionalInt.of(SEQUENCE_NUMBER))) {
            throw new IllegalStateException(name() + " does not survive encode and decode: " + decoded);
        }
        return new Prepared(message, frame);
    }

    /**
     * A sample ready for measuring.
     *
     * @param message the message record
     * @param frame the message's frame: wire bytes with AY, AZ and the terminator
     */
    public record Prepared(Sip2Message message, byte[] frame) {}
}
