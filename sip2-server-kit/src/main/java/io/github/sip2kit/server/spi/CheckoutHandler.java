package io.github.sip2kit.server.spi;

import io.github.sip2kit.core.CheckoutRequest;
import io.github.sip2kit.core.CheckoutResponse;

/**
 * Answers Checkout (11) with a {@link CheckoutResponse}.
 *
 * @see Sip2Handler
 */
@FunctionalInterface
public interface CheckoutHandler extends Sip2Handler<CheckoutRequest, CheckoutResponse> {}
