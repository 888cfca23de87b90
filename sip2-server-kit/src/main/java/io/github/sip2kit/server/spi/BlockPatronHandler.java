package io.github.sip2kit.server.spi;

import io.github.sip2kit.core.BlockPatron;
import io.github.sip2kit.core.PatronStatusResponse;

/**
 * Answers Block Patron (01) with a {@link PatronStatusResponse}.
 *
 * @see Sip2Handler
 */
@FunctionalInterface
public interface BlockPatronHandler extends Sip2Handler<BlockPatron, PatronStatusResponse> {}
