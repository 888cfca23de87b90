package io.github.sip2kit.testkit;

import io.github.sip2kit.client.Sip2Client;
import io.github.sip2kit.testkit.library.InMemoryLibrary;
import java.net.InetSocketAddress;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Runs a {@link FakeAcs} for JUnit 5 tests. In a static field it runs for the whole class; in an instance field,
 * a fresh one runs for each test:
 * <pre>{@code
 * class CirculationTest {
 *     @RegisterExtension
 *     final FakeAcsExtension acs = FakeAcsExtension.demoLibrary();  // a fresh demo library per test
 *
 *     @Test
 *     void checksOut() {
 *         try (Sip2Client client = acs.clientBuilder().credentials("kiosk1", "kiosk1-pass").build()) {
 *             assertTrue(client.checkout("PAT-0001", "ITM-0001").ok());
 *         }
 *         assertEquals(Optional.of("PAT-0001"), acs.library().item("ITM-0001").orElseThrow().chargedTo());
 *     }
 * }
 * }</pre>
 *
 * <p>Needs JUnit Jupiter on the class path (the testkit's dependency on it is optional). Thread-safe.
 */
public final class FakeAcsExtension extends PeerLifecycle<FakeAcs> {

    private final Supplier<FakeAcs.Builder> builder;

    private FakeAcsExtension(Supplier<FakeAcs.Builder> builder) {
        super("FakeAcsExtension");
        this.builder = builder;
    }

    /** {@return an extension serving a fresh {@code InMemoryLibrary.defaultData()} with the demo accounts} */
    public static FakeAcsExtension demoLibrary() {
        return of(() -> FakeAcs.builder().library(InMemoryLibrary.defaultData()));
    }

    /**
     * {@return an extension starting a fake from a new builder each time}
     *
     * @param builder supplies a configured builder; called once per start, so a library made inside it is fresh
     */
    public static FakeAcsExtension of(Supplier<FakeAcs.Builder> builder) {
        return new FakeAcsExtension(Objects.requireNonNull(builder, "builder"));
    }

    @Override
    FakeAcs open() {
        return Objects.requireNonNull(builder.get(), "builder.get()").start();
    }

    /**
     * {@return the running fake}
     *
     * @throws IllegalStateException outside the tests the extension runs for
     */
    public FakeAcs acs() {
        return peer();
    }

    /** {@return the running fake's address} */
    public InetSocketAddress address() {
        return acs().address();
    }

    /** {@return a client builder with the running fake's address} */
    public Sip2Client.Builder clientBuilder() {
        return acs().clientBuilder();
    }

    /**
     * {@return the library the running fake serves}
     *
     * @throws IllegalStateException if it serves none
     */
    public InMemoryLibrary library() {
        return acs().library().orElseThrow(() -> new IllegalStateException(
                "FakeAcsExtension: the fake serves no library (expected: FakeAcsExtension.demoLibrary() or a builder "
                        + "with library(..))"));
    }
}
