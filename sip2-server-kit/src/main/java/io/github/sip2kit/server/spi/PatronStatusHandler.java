package io.github.sip2kit.server.spi;

import io.github.sip2kit.core.PatronStatusRequest;
import io.github.sip2kit.core.PatronStatusResponse;

/**
 * Answers Patron Status Request (23) with a {@link PatronStatusResponse}.
 *
 * @see Sip2Handler
 */
@FunctionalInterface
public interface PatronStatusHandler extends Sip2Handler<PatronStatusRequest, PatronStatusResponse> {}
