package io.github.sip2kit.server.spi;

import io.github.sip2kit.core.AcsMessage;
import io.github.sip2kit.core.ScRequest;
import io.github.sip2kit.server.Sip2Session;

/**
 * Answers one kind of SC request: the single method a backend implements per message. The named sub-interfaces
 * ({@link CheckoutHandler}, {@link CheckinHandler}, …) fix the two type parameters, so a vendor class plugs in by
 * method reference:
 * <pre>{@code
 * Sip2Server.builder()
 *     .onCheckout(ils::checkout)
 *     .onCheckin(ils::checkin)
 * }</pre>
 *
 * <p>Handlers are plain blocking code (JDBC, HTTP): the server calls them on its worker executor, never on an I/O
 * thread, and calls one handler at a time per connection. Different connections call the same handler
 * concurrently, so a handler must be thread-safe. The kit answers for the handler when it throws, takes longer
 * than the backend timeout, or returns {@code null}: the SC then receives a refusal of the request's response type
 * (such as a Checkout Response with ok {@code 0}) with a generic screen message, never the exception's text.
 *
 * @param <Q> the request type
 * @param <R> the response type
 */
@FunctionalInterface
public interface Sip2Handler<Q extends ScRequest<R>, R extends AcsMessage> {

    /**
     * Answers a request.
     *
     * @param request the decoded request; sequence number and checksum are the kit's business and not part of it
     * @param session the connection's state: institution, location, vendor profile, remote address, attributes
     * @return the response; {@code io.github.sip2kit.server.Responses} pre-fills a builder from the request
     * @throws Exception any failure of the backend; the kit answers with a refusal and reports it
     */
    R handle(Q request, Sip2Session session) throws Exception;
}
