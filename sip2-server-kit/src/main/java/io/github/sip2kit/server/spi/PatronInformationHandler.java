package io.github.sip2kit.server.spi;

import io.github.sip2kit.core.PatronInformationRequest;
import io.github.sip2kit.core.PatronInformationResponse;

/**
 * Answers Patron Information (63) with a {@link PatronInformationResponse}.
 *
 * @see Sip2Handler
 */
@FunctionalInterface
public interface PatronInformationHandler extends Sip2Handler<PatronInformationRequest, PatronInformationResponse> {}
