package io.github.sip2kit.examples;

import io.github.sip2kit.codec.Sip2Codec;
import io.github.sip2kit.core.CheckoutResponse;
import io.github.sip2kit.core.field.MediaType;
import io.github.sip2kit.core.field.Sip2Timestamp;
import io.github.sip2kit.core.field.YesNoUnknown;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;

/** Builds a Checkout response and encodes it with and without error detection, in IBM850 and UTF-8. */
public final class EncodeAMessage {

    private EncodeAMessage() {}

    /**
     * Runs the example.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        CheckoutResponse response = CheckoutResponse.builder()
                .ok(true)
                .magneticMedia(YesNoUnknown.NO)
                .desensitize(YesNoUnknown.YES)
                .transactionDate(Sip2Timestamp.of(LocalDateTime.of(1996, 2, 12, 10, 5, 15)))
                .institutionId("")
                .patronIdentifier("104000000105")
                .itemIdentifier("000000000005792")
                .titleIdentifier("The Hobbit")
                .dueDate("19960226    235900")
                .mediaType(MediaType.BOOK)
                .build();

        Sip2Codec codec = Sip2Codec.defaults();
        String withTrailer = codec.encodeToString(response, 3);
        System.out.println(withTrailer);
        String expected = "121NNY19960212    100515AO|AA104000000105|AB000000000005792|AJThe Hobbit"
                + "|AH19960226    235900|CK001|AY3AZE6F4";
        if (!withTrailer.equals(expected)) {
            throw new IllegalStateException("unexpected encoding: " + withTrailer);
        }
        System.out.println(codec.encodeToString(response)); // no AY/AZ

        // The same title in two charsets: different bytes, so different checksums.
        CheckoutResponse accented = response.toBuilder().titleIdentifier("Müller: Über Café-Kultur").build();
        Sip2Codec utf8 = Sip2Codec.builder().charset(StandardCharsets.UTF_8).build();
        System.out.println("IBM850: " + codec.encodeToString(accented, 3));
        System.out.println("UTF-8:  " + utf8.encodeToString(accented, 3));
        if (!utf8.decode(utf8.encode(accented, 3)).equals(accented)) {
            throw new IllegalStateException("UTF-8 round trip failed");
        }
    }
}
