package io.github.sip2kit.server.spi;

import io.github.sip2kit.core.HoldRequest;
import io.github.sip2kit.core.HoldResponse;

/**
 * Answers Hold (15) with a {@link HoldResponse}.
 *
 * @see Sip2Handler
 */
@FunctionalInterface
public interface HoldHandler extends Sip2Handler<HoldRequest, HoldResponse> {}
