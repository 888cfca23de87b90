package io.github.sip2kit.server.spi;

import io.github.sip2kit.core.ItemInformationRequest;
import io.github.sip2kit.core.ItemInformationResponse;

/**
 * Answers Item Information (17) with a {@link ItemInformationResponse}.
 *
 * @see Sip2Handler
 */
@FunctionalInterface
public interface ItemInformationHandler extends Sip2Handler<ItemInformationRequest, ItemInformationResponse> {}
