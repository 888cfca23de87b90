package io.github.sip2kit.server.spi;

import io.github.sip2kit.core.RenewRequest;
import io.github.sip2kit.core.RenewResponse;

/**
 * Answers Renew (29) with a {@link RenewResponse}.
 *
 * @see Sip2Handler
 */
@FunctionalInterface
public interface RenewHandler extends Sip2Handler<RenewRequest, RenewResponse> {}
