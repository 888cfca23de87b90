package io.github.sip2kit.server.spi;

import io.github.sip2kit.core.CheckinRequest;
import io.github.sip2kit.core.CheckinResponse;

/**
 * Answers Checkin (09) with a {@link CheckinResponse}.
 *
 * @see Sip2Handler
 */
@FunctionalInterface
public interface CheckinHandler extends Sip2Handler<CheckinRequest, CheckinResponse> {}
