package io.github.sip2kit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sip2kit.codec.Checksum;
import io.github.sip2kit.codec.ChecksumStatus;
import io.github.sip2kit.codec.Sip2Codec;
import io.github.sip2kit.codec.Sip2Frame;
import io.github.sip2kit.codec.VendorProfile;
import io.github.sip2kit.core.AcsMessage;
import io.github.sip2kit.core.BlockPatron;
import io.github.sip2kit.core.CheckinRequest;
import io.github.sip2kit.core.CheckoutRequest;
import io.github.sip2kit.core.EndPatronSessionRequest;
import io.github.sip2kit.core.FeePaidRequest;
import io.github.sip2kit.core.HoldRequest;
import io.github.sip2kit.core.ItemInformationRequest;
import io.github.sip2kit.core.ItemStatusUpdateRequest;
import io.github.sip2kit.core.MessageType;
import io.github.sip2kit.core.PatronEnableRequest;
import io.github.sip2kit.core.PatronInformationRequest;
import io.github.sip2kit.core.PatronStatusRequest;
import io.github.sip2kit.core.RenewAllRequest;
import io.github.sip2kit.core.RenewRequest;
import io.github.sip2kit.server.ClientPolicies;
import io.github.sip2kit.server.internal.HandlerRegistry;
import io.github.sip2kit.server.internal.ProtocolEngine;
import io.github.sip2kit.server.internal.ProtocolSession;
import io.github.sip2kit.server.internal.Reply;
import io.github.sip2kit.server.spi.BlockPatronHandler;
import io.github.sip2kit.server.spi.CheckinHandler;
import io.github.sip2kit.server.spi.CheckoutHandler;
import io.github.sip2kit.server.spi.EndPatronSessionHandler;
import io.github.sip2kit.server.spi.FeePaidHandler;
import io.github.sip2kit.server.spi.HoldHandler;
import io.github.sip2kit.server.spi.ItemInformationHandler;
import io.github.sip2kit.server.spi.ItemStatusUpdateHandler;
import io.github.sip2kit.server.spi.PatronEnableHandler;
import io.github.sip2kit.server.spi.PatronInformationHandler;
import io.github.sip2kit.server.spi.PatronStatusHandler;
import io.github.sip2kit.server.spi.RenewAllHandler;
import io.github.sip2kit.server.spi.RenewHandler;
import java.net.InetSocketAddress;
import java.nio.charset.Charset;
import java.time.Clock;

/**
 * An SC talking to the real protocol engine without sockets: it seals each request with AY and a correct AZ in
 * its profile's charset, hands the bytes to a {@link ProtocolSession}, and checks that the reply echoes the
 * sequence number and carries a correct checksum.
 */
final class Terminal {

    private final ProtocolSession session;
    private final Sip2Codec codec;
    private final Charset charset;
    private int sequence;
    private byte[] lastReply = new byte[0];

    private Terminal(ProtocolSession session, Sip2Codec codec) {
        this.session = session;
        this.codec = codec;
        this.charset = codec.charset();
    }

    /**
     * Registers every backend method through its named handler interface: this only compiles while each method's
     * signature is exactly its handler's.
     */
    static HandlerRegistry handlers(InMemoryLibraryBackend backend) {
        BlockPatronHandler blockPatron = backend::blockPatron;
        CheckinHandler checkin = backend::checkin;
        CheckoutHandler checkout = backend::checkout;
        HoldHandler hold = backend::hold;
        ItemInformationHandler itemInformation = backend::itemInformation;
        ItemStatusUpdateHandler itemStatusUpdate = backend::itemStatusUpdate;
        PatronStatusHandler patronStatus = backend::patronStatus;
        PatronEnableHandler patronEnable = backend::patronEnable;
        RenewHandler renew = backend::renew;
        EndPatronSessionHandler endPatronSession = backend::endPatronSession;
        FeePaidHandler feePaid = backend::feePaid;
        PatronInformationHandler patronInformation = backend::patronInformation;
        RenewAllHandler renewAll = backend::renewAll;
        return HandlerRegistry.builder()
                .put(MessageType.BLOCK_PATRON, BlockPatron.class, blockPatron)
                .put(MessageType.CHECKIN, CheckinRequest.class, checkin)
                .put(MessageType.CHECKOUT, CheckoutRequest.class, checkout)
                .put(MessageType.HOLD, HoldRequest.class, hold)
                .put(MessageType.ITEM_INFORMATION, ItemInformationRequest.class, itemInformation)
                .put(MessageType.ITEM_STATUS_UPDATE, ItemStatusUpdateRequest.class, itemStatusUpdate)
                .put(MessageType.PATRON_STATUS_REQUEST, PatronStatusRequest.class, patronStatus)
                .put(MessageType.PATRON_ENABLE, PatronEnableRequest.class, patronEnable)
                .put(MessageType.RENEW, RenewRequest.class, renew)
                .put(MessageType.END_PATRON_SESSION, EndPatronSessionRequest.class, endPatronSession)
                .put(MessageType.FEE_PAID, FeePaidRequest.class, feePaid)
                .put(MessageType.PATRON_INFORMATION, PatronInformationRequest.class, patronInformation)
                .put(MessageType.RENEW_ALL, RenewAllRequest.class, renewAll)
                .build();
    }

    /** An engine serving the backend to the given policies, running handlers on the calling thread. */
    static ProtocolEngine engine(
            InMemoryLibraryBackend backend, ClientPolicies policies, Clock clock, VendorProfile... profiles) {
        ProtocolEngine.Builder builder = ProtocolEngine.builder()
                .policies(policies)
                .handlers(handlers(backend))
                .executor(Runnable::run)
                .clock(clock);
        for (VendorProfile profile : profiles) {
            builder.profile(profile);
        }
        return builder.build();
    }

    /** Connects from an address; fails when the engine refuses the connection. */
    static Terminal connect(ProtocolEngine engine, String address) {
        ProtocolSession session = engine.open(new InetSocketAddress(address, 40_000)).orElseThrow();
        return new Terminal(session, session.session().profile().codec());
    }

    /** Connects from a public address and logs in; fails unless the login is accepted. */
    static Terminal loggedIn(ProtocolEngine engine, String user, String password) {
        Terminal terminal = connect(engine, "192.0.2.10");
        assertThat(terminal.send("9300CN" + user + "|CO" + password + "|")).isEqualTo("941");
        return terminal;
    }

    ProtocolSession session() {
        return session;
    }

    /** {@return the bytes of the last reply, terminator and trailer included} */
    byte[] lastReply() {
        return lastReply.clone();
    }

    /**
     * Sends a request sealed with the next sequence number and returns the reply's text without AY, AZ and the
     * terminator, after checking that the trailer echoes the sequence number and its checksum is right.
     */
    String send(String body) {
        int seq = sequence;
        sequence = (sequence + 1) % 10;
        String sealed = body + "AY" + seq + "AZ";
        byte[] bytes = sealed.getBytes(charset);
        sealed += Checksum.toHex(Checksum.compute(bytes, 0, bytes.length));
        Reply reply = session.handle(sealed.getBytes(charset));
        assertThat(reply.close()).as("connection closed after %s", body).isFalse();
        lastReply = reply.bytes();
        String text = reply.text(charset);
        assertThat(text).as("reply to %s", body).endsWith("\r");
        text = text.substring(0, text.length() - 1);
        Sip2Frame frame = codec.decodeFrame(lastReply);
        assertThat(frame.checksum()).as("checksum of %s", text).isEqualTo(ChecksumStatus.VERIFIED);
        assertThat(frame.sequenceNumber()).as("sequence number of %s", text).hasValue(seq);
        int trailer = text.lastIndexOf("AY" + seq + "AZ");
        assertThat(trailer).as("trailer of %s", text).isEqualTo(text.length() - 9);
        return text.substring(0, trailer);
    }

    /** Sends a request and decodes the reply's bytes as the expected response type. */
    <M extends AcsMessage> M request(String body, Class<M> type) {
        send(body);
        return codec.decode(lastReply, type);
    }
}
