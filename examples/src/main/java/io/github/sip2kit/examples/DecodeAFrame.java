package io.github.sip2kit.examples;

import io.github.sip2kit.codec.Sip2Codec;
import io.github.sip2kit.codec.Sip2DecodeException;
import io.github.sip2kit.codec.Sip2Frame;
import io.github.sip2kit.core.CheckoutRequest;
import io.github.sip2kit.core.Sip2Message;

/** Decodes a Checkout request frame, reads its fields, and shows what a corrupted frame reports. */
public final class DecodeAFrame {

    private DecodeAFrame() {}

    /**
     * Runs the example.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        Sip2Codec codec = Sip2Codec.defaults();
        String wire = "11YN19960212    10051419960212    100514AO|AA104000000105|AB000000000005792|AC|AY3AZEDC2";

        Sip2Frame frame = codec.decodeFrame(wire);
        Sip2Message message = frame.message();
        if (!(message instanceof CheckoutRequest)) {
            throw new IllegalStateException("expected a CheckoutRequest, got " + message);
        }
        CheckoutRequest checkout = (CheckoutRequest) message;
        System.out.println("patron " + checkout.patronIdentifier() + " checks out " + checkout.itemIdentifier()
                + " at " + checkout.transactionDate().localDateTime().orElseThrow()
                + " (sequence number " + frame.sequenceNumber().getAsInt() + ")");
        System.out.println("terminal password: " + checkout.terminalPassword()); // prints ****

        String corrupted = wire.replace("AB000000000005792", "AB000000000005793");
        try {
            codec.decode(corrupted);
            throw new IllegalStateException("a corrupted frame decoded");
        } catch (Sip2DecodeException e) {
            System.out.println("corrupted frame: " + e.reason() + ", answer with a 96: " + e.resendable());
            System.out.println("  " + e.getMessage());
        }
    }
}
