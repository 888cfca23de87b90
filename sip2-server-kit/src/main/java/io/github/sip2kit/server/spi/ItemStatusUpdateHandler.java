package io.github.sip2kit.server.spi;

import io.github.sip2kit.core.ItemStatusUpdateRequest;
import io.github.sip2kit.core.ItemStatusUpdateResponse;

/**
 * Answers Item Status Update (19) with a {@link ItemStatusUpdateResponse}.
 *
 * @see Sip2Handler
 */
@FunctionalInterface
public interface ItemStatusUpdateHandler extends Sip2Handler<ItemStatusUpdateRequest, ItemStatusUpdateResponse> {}
