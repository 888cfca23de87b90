package io.github.sip2kit.server.internal;

import io.github.sip2kit.core.AcsMessage;
import io.github.sip2kit.core.MessageType;
import io.github.sip2kit.core.ScRequest;
import io.github.sip2kit.core.SupportedMessage;
import io.github.sip2kit.server.Sip2Session;
import io.github.sip2kit.server.spi.Sip2Handler;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.lang3.Validate;

/**
 * The handlers a server was given, by request type, and the supported-messages field (BX) derived from them.
 * Immutable and thread-safe.
 */
public final class HandlerRegistry {

    /** Request types the kit answers itself; no handler may be registered for them. */
    private static final Set<MessageType> KIT_OWNED =
            EnumSet.of(MessageType.LOGIN, MessageType.SC_STATUS, MessageType.REQUEST_ACS_RESEND);

    /** Calls one handler with an untyped request; the registry checked the types when the handler was added. */
    @FunctionalInterface
    public interface Invoker {
        /**
         * Calls the handler.
         *
         * @param request the request, of the handler's request type
         * @param session the session
         * @return the handler's response, unchecked
         * @throws Exception what the handler throws
         */
        AcsMessage invoke(ScRequest<?> request, Sip2Session session) throws Exception;
    }

    private final Map<MessageType, Invoker> invokers;
    private final Set<SupportedMessage> supported;

    private HandlerRegistry(Map<MessageType, Invoker> invokers) {
        this.invokers = Collections.unmodifiableMap(new EnumMap<>(invokers));
        EnumSet<SupportedMessage> set = EnumSet.of(
                SupportedMessage.SC_ACS_STATUS,
                SupportedMessage.REQUEST_SC_ACS_RESEND,
                SupportedMessage.LOGIN,
                SupportedMessage.END_PATRON_SESSION);
        for (MessageType type : invokers.keySet()) {
            SupportedMessage.forRequest(type).ifPresent(set::add);
        }
        this.supported = Collections.unmodifiableSet(set);
    }

    /** {@return an empty registry builder} */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * {@return the invoker of the handler for a request type, if one was registered}
     *
     * @param type the request type
     */
    public Optional<Invoker> invoker(MessageType type) {
        return Optional.ofNullable(invokers.get(type));
    }

    /**
     * {@return whether a handler was registered for the type}
     *
     * @param type the request type
     */
    public boolean has(MessageType type) {
        return invokers.containsKey(type);
    }

    /**
     * {@return the supported messages (BX) of the ACS Status (98)} Status, resend, login and end patron session are
     * always supported, since the kit answers them; every other position is {@code Y} when a handler is registered.
     */
    public Set<SupportedMessage> supportedMessages() {
        return supported;
    }

    /** {@return the registered request types} */
    public Set<MessageType> types() {
        return invokers.keySet();
    }

    /** Collects handlers; a later registration for a type replaces an earlier one. Not thread-safe. */
    public static final class Builder {
        private final Map<MessageType, Invoker> invokers = new EnumMap<>(MessageType.class);

        private Builder() {}

        /**
         * Registers a handler.
         *
         * @param type the request type
         * @param requestClass the request record class, which must be {@code type.messageClass()}
         * @param handler the handler
         * @param <Q> the request type
         * @param <R> the response type
         * @return this builder
         * @throws IllegalArgumentException if the type is not a request, is answered by the kit, or does not match
         *     the class
         */
        public <Q extends ScRequest<R>, R extends AcsMessage> Builder put(
                MessageType type, Class<Q> requestClass, Sip2Handler<Q, R> handler) {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(requestClass, "requestClass");
            Objects.requireNonNull(handler, "handler");
            Validate.isTrue(type.isRequest() && !KIT_OWNED.contains(type),
                    "type: %s (expected: a request the kit does not answer itself)", type);
            Validate.isTrue(type.messageClass() == requestClass,
                    "requestClass: %s (expected: %s)", requestClass.getSimpleName(),
                    type.messageClass().getSimpleName());
            invokers.put(type, (request, session) -> handler.handle(requestClass.cast(request), session));
            return this;
        }

        /**
         * Adds every handler of another registry.
         *
         * @param other the registry
         * @return this builder
         */
        public Builder putAll(HandlerRegistry other) {
            invokers.putAll(other.invokers);
            return this;
        }

        /** {@return the registry} */
        public HandlerRegistry build() {
            return new HandlerRegistry(invokers);
        }
    }
}
