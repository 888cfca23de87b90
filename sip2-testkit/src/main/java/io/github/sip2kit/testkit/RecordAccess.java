package io.github.sip2kit.testkit;

import io.github.sip2kit.core.AcsMessage;
import io.github.sip2kit.core.MessageType;
import io.github.sip2kit.core.ScMessage;
import io.github.sip2kit.core.Sip2Message;
import io.github.sip2kit.core.field.RawField;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Optional;

/**
 * Reads and replaces the components of message records through their public accessors and canonical constructors,
 * so that code in this module can treat the 31 records alike without the codec's internal message table.
 */
final class RecordAccess {

    private RecordAccess() {
    }

    /** {@return the message type, or empty for an {@link io.github.sip2kit.core.UnknownMessage}} */
    static Optional<MessageType> type(Sip2Message message) {
        if (message instanceof ScMessage) {
            return Optional.of(((ScMessage) message).messageType());
        }
        if (message instanceof AcsMessage) {
            return Optional.of(((AcsMessage) message).messageType());
        }
        return Optional.empty();
    }

    /** {@return the unknown fields of a known message, or an empty list for an unknown message} */
    static List<RawField> unknownFields(Sip2Message message) {
        if (message instanceof ScMessage) {
            return ((ScMessage) message).unknownFields();
        }
        if (message instanceof AcsMessage) {
            return ((AcsMessage) message).unknownFields();
        }
        return List.of();
    }

    /** {@return the record component of that name, or empty} */
    static Optional<RecordComponent> component(Sip2Message message, String name) {
        for (RecordComponent component : message.getClass().getRecordComponents()) {
            if (component.getName().equals(name)) {
                return Optional.of(component);
            }
        }
        return Optional.empty();
    }

    /** {@return the value of a record component} */
    static Object get(Sip2Message message, RecordComponent component) {
        try {
            return component.getAccessor().invoke(message);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot read " + component, e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component, e.getCause());
        }
    }

    /**
     * {@return a copy of the record with one component replaced, made by the canonical constructor, which validates it}
     *
     * @throws IllegalArgumentException if the record has no such component or rejects the value
     */
    @SuppressWarnings("unchecked")
    static <M extends Sip2Message> M with(M message, String name, Object value) {
        RecordComponent[] components = message.getClass().getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        boolean found = false;
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            if (components[i].getName().equals(name)) {
                values[i] = value;
                found = true;
            } else {
                values[i] = get(message, components[i]);
            }
        }
        if (!found) {
            throw new IllegalArgumentException("component: " + name + " (expected: a component of "
                    + message.getClass().getSimpleName() + ")");
        }
        try {
            return (M) message.getClass().getDeclaredConstructor(types).newInstance(values);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException) {
                throw (RuntimeException) cause;
            }
            throw new IllegalStateException("cannot copy " + message.getClass().getSimpleName(), cause);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot copy " + message.getClass().getSimpleName(), e);
        }
    }

    /** {@return the message without unknown fields} */
    static Sip2Message withoutUnknownFields(Sip2Message message) {
        return unknownFields(message).isEmpty() ? message : with(message, "unknownFields", List.of());
    }
}
