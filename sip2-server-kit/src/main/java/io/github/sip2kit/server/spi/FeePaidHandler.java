package io.github.sip2kit.server.spi;

import io.github.sip2kit.core.FeePaidRequest;
import io.github.sip2kit.core.FeePaidResponse;

/**
 * Answers Fee Paid (37) with a {@link FeePaidResponse}.
 *
 * @see Sip2Handler
 */
@FunctionalInterface
public interface FeePaidHandler extends Sip2Handler<FeePaidRequest, FeePaidResponse> {}
