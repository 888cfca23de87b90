package io.github.sip2kit.client;

import io.github.sip2kit.codec.DecodeResult;
import io.github.sip2kit.codec.Sip2Codec;
import io.github.sip2kit.codec.Sip2FrameReader;
import io.github.sip2kit.core.AcsMessage;
import io.github.sip2kit.core.AcsStatus;
import io.github.sip2kit.core.BlockPatron;
import io.github.sip2kit.core.CheckinRequest;
import io.github.sip2kit.core.CheckinResponse;
import io.github.sip2kit.core.CheckoutRequest;
import io.github.sip2kit.core.CheckoutResponse;
import io.github.sip2kit.core.EndPatronSessionRequest;
import io.github.sip2kit.core.EndSessionResponse;
import io.github.sip2kit.core.FeePaidRequest;
import io.github.sip2kit.core.FeePaidResponse;
import io.github.sip2kit.core.HoldRequest;
import io.github.sip2kit.core.HoldResponse;
import io.github.sip2kit.core.ItemInformationRequest;
import io.github.sip2kit.core.ItemInformationResponse;
import io.github.sip2kit.core.ItemStatusUpdateRequest;
import io.github.sip2kit.core.ItemStatusUpdateResponse;
import io.github.sip2kit.core.LoginRequest;
import io.github.sip2kit.core.LoginResponse;
import io.github.sip2kit.core.MessageType;
import io.github.sip2kit.core.PatronEnableRequest;
import io.github.sip2kit.core.PatronEnableResponse;
import io.github.sip2kit.core.PatronInformationRequest;
import io.github.sip2kit.core.PatronInformationResponse;
import io.github.sip2kit.core.PatronStatusRequest;
import io.github.sip2kit.core.PatronStatusResponse;
import io.github.sip2kit.core.RenewAllRequest;
import io.github.sip2kit.core.RenewAllResponse;
import io.github.sip2kit.core.RenewRequest;
import io.github.sip2kit.core.RenewResponse;
import io.github.sip2kit.core.RequestScResend;
import io.github.sip2kit.core.ScMessage;
import io.github.sip2kit.core.ScStatus;
import io.github.sip2kit.core.Sip2Message;
import io.github.sip2kit.core.field.Sip2Timestamp;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import javax.net.ServerSocketFactory;

/**
 * A scriptable fake ACS for the client tests: a server socket on 127.0.0.1 with an ephemeral port, one thread per
 * connection, frames read with the codec's {@link Sip2FrameReader}. A script chooses the answer to each received
 * frame; {@code null} from the script means "answer as a well-behaved ACS would".
 */
final class FakeAcs implements AutoCloseable {

    static final Sip2Timestamp DATE = Sip2Timestamp.of(LocalDateTime.of(2026, 1, 15, 10, 30, 0));

    /** One frame the fake received. */
    record Received(int connection, byte[] bytes, ScMessage message, OptionalInt sequenceNumber) {
        String text() {
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }

        String code() {
            return text().substring(0, 2);
        }
    }

    /** What the fake does in answer to one frame. */
    @FunctionalInterface
    interface Action {
        void perform(Conn conn) throws IOException;
    }

    /** The connection an action works on. */
    final class Conn {
        private final Socket socket;
        private final OutputStream out;
        private final Received received;
        private byte[] lastResponse;

        private Conn(Socket socket) throws IOException {
            this.socket = socket;
            this.out = socket.getOutputStream();
            this.received = null;
        }

        private Conn(Conn base, Received received) {
            this.socket = base.socket;
            this.out = base.out;
            this.received = received;
        }

        void writeResponse(byte[] bytes) throws IOException {
            out.write(bytes);
            out.flush();
        }
    }

    private final Sip2Codec codec = Sip2Codec.defaults();
    private final ServerSocket server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private final AtomicInteger connections = new AtomicInteger();
    private volatile Function<Received, Action> script = r -> null;
    private volatile boolean closed;

    FakeAcs() throws IOException {
        this(ServerSocketFactory.getDefault());
    }

    FakeAcs(ServerSocketFactory factory) throws IOException {
        this(factory, server -> { });
    }

    /** A fake on a server socket from the factory, configured before it accepts (e.g. to ask for client certificates). */
    FakeAcs(ServerSocketFactory factory, java.util.function.Consumer<ServerSocket> configure) throws IOException {
        server = factory.createServerSocket(0, 50, InetAddress.getLoopbackAddress());
        configure.accept(server);
        Thread acceptor = new Thread(this::acceptLoop, "fake-acs-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** Sets the script; {@code null} answers mean the standard answer. */
    FakeAcs script(Function<Received, Action> newScript) {
        this.script = newScript;
        return this;
    }

    int port() {
        return server.getLocalPort();
    }

    InetSocketAddress address() {
        return new InetSocketAddress(InetAddress.getLoopbackAddress(), port());
    }

    Sip2Client.Builder clientBuilder() {
        return Sip2Client.builder().address("127.0.0.1", port());
    }

    List<Received> received() {
        return Collections.unmodifiableList(new ArrayList<>(received));
    }

    /** {@return how many frames with this message code arrived} */
    long count(String code) {
        return received.stream().filter(r -> r.code().equals(code)).count();
    }

    List<String> codes() {
        return received.stream().map(Received::code).toList();
    }

    int connections() {
        return connections.get();
    }

    /** Closes every open connection from the server side, as an ACS's idle timeout does. */
    void dropConnections() throws IOException {
        for (Socket s : sockets) {
            s.close();
        }
    }

    @Override
    public void close() throws IOException {
        closed = true;
        server.close();
        dropConnections();
    }

    // ------------------------------------------------------------------ actions

    /** Answers with the message, sealed with the request's AY (if it had one) and a checksum. */
    Action reply(AcsMessage message) {
        return conn -> send(conn, encodeFor(conn.received, message));
    }

    /** The standard answer: the well-behaved ACS's. */
    Action standard() {
        return conn -> standardAnswer(conn);
    }

    /** Answers with the message and a wrong checksum (to a 97: with the last response, corrupted again). */
    Action corrupt(AcsMessage message) {
        return conn -> {
            boolean resend = conn.received.code().equals("97") && conn.lastResponse != null;
            byte[] good = resend ? conn.lastResponse : encodeFor(conn.received, message);
            byte[] bad = Arrays.copyOf(good, good.length);
            int az = indexOfAz(bad);
            bad[az + 2] = (byte) (bad[az + 2] == '0' ? '1' : '0');
            conn.lastResponse = good; // the ACS's last response is the good one, which a 97 gets
            conn.writeResponse(bad);
        };
    }

    /** Answers with the message but a sequence number other than the request's. */
    Action wrongSequence(AcsMessage message) {
        return conn -> {
            int seq = conn.received.sequenceNumber().orElse(0);
            conn.writeResponse(codec.encode(message, (seq + 5) % 10));
        };
    }

    /** Answers with the message sealed with the given sequence number, whatever the request's was. */
    Action replyWithSequence(AcsMessage message, int sequence) {
        return conn -> send(conn, codec.encode(message, sequence));
    }

    /** Sends raw bytes as they are. */
    Action raw(String text) {
        return conn -> conn.writeResponse(text.getBytes(StandardCharsets.ISO_8859_1));
    }

    /** Carries the request out but loses the response on the way: a 97 gets it. */
    Action lose(AcsMessage message) {
        return conn -> conn.lastResponse = encodeFor(conn.received, message);
    }

    /** Does nothing: the response is lost. */
    Action drop() {
        return conn -> { };
    }

    /** Closes the connection without answering. */
    Action closeConnection() {
        return conn -> conn.socket.close();
    }

    /** Waits, then performs the next action. */
    Action delay(long millis, Action then) {
        return conn -> {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            then.perform(conn);
        };
    }

    /** Sends the message's bytes in several writes with pauses between them. */
    Action split(AcsMessage message, int parts) {
        return conn -> {
            byte[] bytes = encodeFor(conn.received, message);
            conn.lastResponse = bytes;
            int step = Math.max(1, bytes.length / parts);
            for (int from = 0; from < bytes.length; from += step) {
                conn.writeResponse(Arrays.copyOfRange(bytes, from, Math.min(bytes.length, from + step)));
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        };
    }

    /** Performs several actions in order. */
    static Action all(Action... actions) {
        return conn -> {
            for (Action a : actions) {
                a.perform(conn);
            }
        };
    }

    /** {@return the well-behaved answer to a request, echoing its AO, AA and AB} */
    static AcsMessage answerTo(ScMessage request) {
        switch (request.messageType()) {
            case LOGIN:
                return LoginResponse.builder().ok(true).build();
            case SC_STATUS:
                return AcsStatus.builder().onlineStatus(true).checkinOk(true).checkoutOk(true)
                        .dateTimeSync(DATE).institutionId("MAIN").build();
            case BLOCK_PATRON: {
                BlockPatron r = (BlockPatron) request;
                return PatronStatusResponse.builder().transactionDate(DATE).institutionId(r.institutionId())
                        .patronIdentifier(r.patronIdentifier()).personalName("Blocked Patron").build();
            }
            case CHECKIN: {
                CheckinRequest r = (CheckinRequest) request;
                return CheckinResponse.builder().ok(true).transactionDate(DATE).institutionId(r.institutionId())
                        .itemIdentifier(r.itemIdentifier()).permanentLocation("Stacks").build();
            }
            case CHECKOUT: {
                CheckoutRequest r = (CheckoutRequest) request;
                return CheckoutResponse.builder().ok(true).transactionDate(DATE).institutionId(r.institutionId())
                        .patronIdentifier(r.patronIdentifier()).itemIdentifier(r.itemIdentifier())
                        .titleIdentifier("A Title").dueDate("20260201    235900").build();
            }
            case HOLD: {
                HoldRequest r = (HoldRequest) request;
                return HoldResponse.builder().ok(true).transactionDate(DATE).institutionId(r.institutionId())
                        .patronIdentifier(r.patronIdentifier()).build();
            }
            case ITEM_INFORMATION: {
                ItemInformationRequest r = (ItemInformationRequest) request;
                return ItemInformationResponse.builder().transactionDate(DATE).itemIdentifier(r.itemIdentifier())
                        .titleIdentifier("A Title").build();
            }
            case ITEM_STATUS_UPDATE: {
                ItemStatusUpdateRequest r = (ItemStatusUpdateRequest) request;
                return ItemStatusUpdateResponse.builder().itemPropertiesOk(true).transactionDate(DATE)
                        .itemIdentifier(r.itemIdentifier()).build();
            }
            case PATRON_STATUS_REQUEST: {
                PatronStatusRequest r = (PatronStatusRequest) request;
                return PatronStatusResponse.builder().transactionDate(DATE).institutionId(r.institutionId())
                        .patronIdentifier(r.patronIdentifier()).personalName("Ada Reader").build();
            }
            case PATRON_ENABLE: {
                PatronEnableRequest r = (PatronEnableRequest) request;
                return PatronEnableResponse.builder().transactionDate(DATE).institutionId(r.institutionId())
                        .patronIdentifier(r.patronIdentifier()).personalName("Ada Reader").build();
            }
            case RENEW: {
                RenewRequest r = (RenewRequest) request;
                return RenewResponse.builder().ok(true).renewalOk(true).transactionDate(DATE)
                        .institutionId(r.institutionId()).patronIdentifier(r.patronIdentifier())
                        .itemIdentifier(r.itemIdentifier().orElse("")).titleIdentifier("A Title")
                        .dueDate("20260301    235900").build();
            }
            case END_PATRON_SESSION: {
                EndPatronSessionRequest r = (EndPatronSessionRequest) request;
                return EndSessionResponse.builder().endSession(true).transactionDate(DATE)
                        .institutionId(r.institutionId()).patronIdentifier(r.patronIdentifier()).build();
            }
            case FEE_PAID: {
                FeePaidRequest r = (FeePaidRequest) request;
                return FeePaidResponse.builder().paymentAccepted(true).transactionDate(DATE)
                        .institutionId(r.institutionId()).patronIdentifier(r.patronIdentifier()).build();
            }
            case PATRON_INFORMATION: {
                PatronInformationRequest r = (PatronInformationRequest) request;
                return PatronInformationResponse.builder().transactionDate(DATE).institutionId(r.institutionId())
                        .patronIdentifier(r.patronIdentifier()).personalName("Ada Reader").build();
            }
            case RENEW_ALL: {
                RenewAllRequest r = (RenewAllRequest) request;
                return RenewAllResponse.builder().ok(true).transactionDate(DATE).institutionId(r.institutionId())
                        .build();
            }
            default:
                throw new IllegalArgumentException("no standard answer to " + request.code());
        }
    }

    // ------------------------------------------------------------------ internals

    private void acceptLoop() {
        while (!closed) {
            try {
                Socket socket = server.accept();
                sockets.add(socket);
                int id = connections.incrementAndGet();
                Thread t = new Thread(() -> serve(socket, id), "fake-acs-" + id);
                t.setDaemon(true);
                t.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket socket, int id) {
        try (socket; Sip2FrameReader reader = codec.newFrameReader(socket.getInputStream())) {
            Conn conn = new Conn(socket);
            byte[] frame;
            while ((frame = reader.readFrame()) != null) {
                DecodeResult result = codec.tryDecode(frame);
                ScMessage message = null;
                OptionalInt seq = OptionalInt.empty();
                if (result instanceof DecodeResult.Decoded d) {
                    Sip2Message m = d.frame().message();
                    message = m instanceof ScMessage sc ? sc : null;
                    seq = d.frame().sequenceNumber();
                }
                Received r = new Received(id, frame, message, seq);
                received.add(r);
                Action action = script.apply(r);
                Conn scoped = new Conn(conn, r);
                scoped.lastResponse = conn.lastResponse;
                (action == null ? standard() : action).perform(scoped);
                conn.lastResponse = scoped.lastResponse;
            }
        } catch (IOException e) {
            // the client or the test closed the connection
        }
    }

    private void standardAnswer(Conn conn) throws IOException {
        Received r = conn.received;
        if (r.message() == null) {
            send(conn, codec.encode(RequestScResend.builder().build(), 0));
            return;
        }
        if (r.message().messageType() == MessageType.REQUEST_ACS_RESEND) {
            if (conn.lastResponse == null) {
                conn.writeResponse(codec.encode(RequestScResend.builder().build(), 0));
            } else {
                conn.writeResponse(conn.lastResponse);
            }
            return;
        }
        send(conn, encodeFor(r, answerTo(r.message())));
    }

    private void send(Conn conn, byte[] bytes) throws IOException {
        conn.lastResponse = bytes;
        conn.writeResponse(bytes);
    }

    private byte[] encodeFor(Received request, AcsMessage message) {
        return request.sequenceNumber().isPresent()
                ? codec.encode(message, request.sequenceNumber().getAsInt())
                : codec.encode(message);
    }

    private static int indexOfAz(byte[] frame) {
        for (int i = frame.length - 2; i >= 0; i--) {
            if (frame[i] == 'A' && frame[i + 1] == 'Z') {
                return i;
            }
        }
        throw new IllegalArgumentException("frame without AZ");
    }
}
