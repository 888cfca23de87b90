package io.github.sip2kit.testkit;

import java.util.Objects;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts a fake peer before and stops it after a test class (when JUnit calls the class callbacks, as it does for an
 * extension in a static field) or each test (an extension in an instance field). The context that started the peer
 * stops it, so nested classes share their outer class's peer.
 *
 * @param <T> the peer type
 */
abstract class PeerLifecycle<T extends AutoCloseable>
        implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback {

    private final String name;
    private volatile T peer;
    private volatile String startedBy;

    PeerLifecycle(String name) {
        this.name = name;
    }

    /** {@return a started peer} */
    abstract T open();

    /**
     * {@return the running peer}
     *
     * @throws IllegalStateException outside a test or class the extension runs for
     */
    final T peer() {
        T current = peer;
        if (current == null) {
            throw new IllegalStateException(name + ": not running (expected: use inside a test, with the extension "
                    + "registered through @RegisterExtension)");
        }
        return current;
    }

    /**
     * Starts the peer for the whole class.
     *
     * @param context the class's context
     */
    @Override
    public void beforeAll(ExtensionContext context) {
        start(context);
    }

    /**
     * Stops the peer started for the class.
     *
     * @param context the class's context
     */
    @Override
    public void afterAll(ExtensionContext context) {
        stop(context);
    }

    /**
     * Starts the peer for the test, unless one runs for the class.
     *
     * @param context the test's context
     */
    @Override
    public void beforeEach(ExtensionContext context) {
        start(context);
    }

    /**
     * Stops the peer started for the test.
     *
     * @param context the test's context
     */
    @Override
    public void afterEach(ExtensionContext context) {
        stop(context);
    }

    private synchronized void start(ExtensionContext context) {
        if (peer == null) {
            peer = Objects.requireNonNull(open(), "open()");
            startedBy = context.getUniqueId();
        }
    }

    private synchronized void stop(ExtensionContext context) {
        if (peer != null && context.getUniqueId().equals(startedBy)) {
            T current = peer;
            peer = null;
            startedBy = null;
            try {
                current.close();
            } catch (Exception e) {
                throw new IllegalStateException(name + ": closing failed: " + e.getMessage(), e);
            }
        }
    }
}
