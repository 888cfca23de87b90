package io.github.sip2kit.server.spi;

import io.github.sip2kit.core.EndPatronSessionRequest;
import io.github.sip2kit.core.EndSessionResponse;

/**
 * Answers End Patron Session (35) with a {@link EndSessionResponse}.
 *
 * @see Sip2Handler
 */
@FunctionalInterface
public interface EndPatronSessionHandler extends Sip2Handler<EndPatronSessionRequest, EndSessionResponse> {}
