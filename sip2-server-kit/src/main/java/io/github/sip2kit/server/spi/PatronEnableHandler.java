package io.github.sip2kit.server.spi;

import io.github.sip2kit.core.PatronEnableRequest;
import io.github.sip2kit.core.PatronEnableResponse;

/**
 * Answers Patron Enable (25) with a {@link PatronEnableResponse}.
 *
 * @see Sip2Handler
 */
@FunctionalInterface
public interface PatronEnableHandler extends Sip2Handler<PatronEnableRequest, PatronEnableResponse> {}
