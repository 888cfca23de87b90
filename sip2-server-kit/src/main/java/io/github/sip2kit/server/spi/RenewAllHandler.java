package io.github.sip2kit.server.spi;

import io.github.sip2kit.core.RenewAllRequest;
import io.github.sip2kit.core.RenewAllResponse;

/**
 * Answers Renew All (65) with a {@link RenewAllResponse}.
 *
 * @see Sip2Handler
 */
@FunctionalInterface
public interface RenewAllHandler extends Sip2Handler<RenewAllRequest, RenewAllResponse> {}
