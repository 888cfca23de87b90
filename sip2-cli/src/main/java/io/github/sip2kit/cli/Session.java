package io.github.sip2kit.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.sip2kit.client.Sip2Client;
import io.github.sip2kit.client.Sip2ClientException;
import io.github.sip2kit.codec.DecodeResult;
import io.github.sip2kit.codec.ErrorDetection;
import io.github.sip2kit.codec.Redaction;
import io.github.sip2kit.codec.Sip2Codec;
import io.github.sip2kit.codec.Sip2EncodeException;
import io.github.sip2kit.core.AcsMessage;
import io.github.sip2kit.core.CheckinResponse;
import io.github.sip2kit.core.CheckoutResponse;
import io.github.sip2kit.core.EndSessionResponse;
import io.github.sip2kit.core.FeePaidResponse;
import io.github.sip2kit.core.HoldResponse;
import io.github.sip2kit.core.ItemStatusUpdateResponse;
import io.github.sip2kit.core.LoginRequest;
import io.github.sip2kit.core.LoginResponse;
import io.github.sip2kit.core.MessageType;
import io.github.sip2kit.core.RenewAllResponse;
import io.github.sip2kit.core.RenewResponse;
import io.github.sip2kit.core.RequestAcsResend;
import io.github.sip2kit.core.ScRequest;
import io.github.sip2kit.core.Sip2Message;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.OptionalInt;

/**
 * One connection of {@code send} or {@code shell}: turns request lines (short forms or raw frames) into requests,
 * sends them with the client kit (which adds sequence numbers and checksums and recovers lost responses), and
 * prints each response. Client failures become {@link CliException}s with the matching exit code.
 */
final class Session implements AutoCloseable {

    private final ConnectionOptions options;
    private final Sip2Client client;
    private final Sip2Codec codec;
    private final PrintStream out;
    private final Printer printer;
    private final boolean json;
    private final boolean revealSecrets;

    Session(ConnectionOptions options, PrintStream out, boolean colour, boolean json, boolean revealSecrets) {
        this.options = options;
        this.client = options.client();
        this.codec = client.codec();
        this.out = out;
        this.printer = new Printer(out, colour, revealSecrets);
        this.json = json;
        this.revealSecrets = revealSecrets;
    }

    /** Logs in when a user is given; a refusal is a {@link CliException} with {@link Sip2Cli#EXIT_REFUSED}. */
    void login() {
        if (options.user == null) {
            return;
        }
        LoginRequest.Builder login = LoginRequest.builder()
                .loginUserId(options.user)
                .loginPassword(options.loginPassword());
        if (options.location != null) {
            login.locationCode(options.location);
        }
        LoginResponse response = exchange(login.build());
        if (!response.ok()) {
            throw new CliException(Sip2Cli.EXIT_REFUSED, "the ACS at " + options.peer() + " refused the login of '"
                    + options.user + "' (94 with ok 0)");
        }
    }

    /** {@return the request a line describes} Parsing happens before anything is sent. */
    ScRequest<?> request(String line) {
        if (ShortForms.isShortForm(line)) {
            return ShortForms.parse(line, options.defaults());
        }
        String frame = line.strip();
        if (frame.length() < 2 || !Character.isDigit(frame.charAt(0)) || !Character.isDigit(frame.charAt(1))) {
            throw CliException.usage("unknown request '" + ShortForms.firstWord(line) + "' (expected: a short form "
                    + "such as checkout patron=P1 item=I1, or a raw frame such as 9900802.00; 'sip2 send --help' "
                    + "lists them)");
        }
        DecodeResult result = codec.tryDecode(frame);
        if (result instanceof DecodeResult.Malformed) {
            throw CliException.usage("raw frame: " + ((DecodeResult.Malformed) result).error().getMessage());
        }
        Sip2Message message = ((DecodeResult.Decoded) result).frame().message();
        if (!(message instanceof ScRequest) || message instanceof RequestAcsResend) {
            throw CliException.usage("raw frame: message " + message.code() + " is not a request the SC sends "
                    + "(expected: 01 09 11 15 17 19 23 25 29 35 37 63 65 93 or 99; the client sends 97 itself)");
        }
        return (ScRequest<?>) message;
    }

    /** Sends a request and prints its response. */
    AcsMessage send(ScRequest<?> request) {
        if (!json) {
            printer.sent(Redaction.redact(encode(request), codec.fieldDelimiter()));
        }
        AcsMessage response = exchange(request);
        show(response);
        return response;
    }

    private String encode(ScRequest<?> request) {
        try {
            return codec.encodeToString(request);
        } catch (Sip2EncodeException e) {
            throw CliException.usage("cannot encode the request: " + e.getMessage());
        }
    }

    private <R extends AcsMessage> R exchange(ScRequest<R> request) {
        try {
            if (request instanceof LoginRequest) {
                @SuppressWarnings("unchecked")
                R response = (R) client.login((LoginRequest) request);
                return response;
            }
            return client.send(request);
        } catch (Sip2ClientException e) {
            throw failure(e);
        } catch (Sip2EncodeException e) {
            throw CliException.usage("cannot encode the request: " + e.getMessage());
        }
    }

    private void show(AcsMessage response) {
        // The client has checked and removed the trailer; the response is shown as its fields, in spec order.
        String text = codec.encodeToString(response);
        FrameView decoded = FrameView.of(codec.decodeFrame(text), text, codec);
        boolean sealed = client.errorDetection() == ErrorDetection.ON;
        FrameView view = new FrameView(decoded.code(), decoded.type(), OptionalInt.empty(), sealed,
                decoded.fieldOrder(), decoded.fixed(), decoded.fields(), decoded.body());
        if (json) {
            try {
                out.println(FrameJson.MAPPER.writeValueAsString(FrameJson.toJson(view, revealSecrets)));
            } catch (JsonProcessingException e) {
                throw new UncheckedIOException(e);
            }
        } else {
            printer.print(view, trailerNote(client.errorDetection()));
        }
    }

    private static String trailerNote(ErrorDetection errorDetection) {
        switch (errorDetection) {
            case ON:
                return "AY/AZ verified by the client";
            case AUTO:
                return "AY/AZ verified by the client if present";
            default:
                return "error detection off";
        }
    }

    /** {@return whether a response says no: ok 0, payment not accepted, login refused, ...} */
    static boolean negative(AcsMessage response) {
        switch (response.messageType()) {
            case LOGIN_RESPONSE:
                return !((LoginResponse) response).ok();
            case CHECKOUT_RESPONSE:
                return !((CheckoutResponse) response).ok();
            case CHECKIN_RESPONSE:
                return !((CheckinResponse) response).ok();
            case RENEW_RESPONSE:
                return !((RenewResponse) response).ok();
            case RENEW_ALL_RESPONSE:
                return !((RenewAllResponse) response).ok();
            case HOLD_RESPONSE:
                return !((HoldResponse) response).ok();
            case FEE_PAID_RESPONSE:
                return !((FeePaidResponse) response).paymentAccepted();
            case END_SESSION_RESPONSE:
                return !((EndSessionResponse) response).endSession();
            case ITEM_STATUS_UPDATE_RESPONSE:
                return !((ItemStatusUpdateResponse) response).itemPropertiesOk();
            default:
                return false;
        }
    }

    static CliException failure(Sip2ClientException e) {
        Throwable cause = e.getCause();
        if (cause instanceof IOException) {
            return new CliException(Sip2Cli.EXIT_CONNECTION, e.getMessage(), e);
        }
        if (cause == null && e.requestType().orElse(null) == MessageType.LOGIN) {
            return new CliException(Sip2Cli.EXIT_REFUSED, e.getMessage(), e);
        }
        return new CliException(Sip2Cli.EXIT_PROTOCOL, e.getMessage(), e);
    }

    void note(String text) {
        if (!json) {
            printer.note(text);
        }
    }

    @Override
    public void close() {
        client.close();
    }
}
