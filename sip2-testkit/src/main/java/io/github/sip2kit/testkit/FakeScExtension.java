package io.github.sip2kit.testkit;

import java.net.InetSocketAddress;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Connects a {@link FakeSc} for JUnit 5 tests and closes it afterwards: for the whole class from a static field, for
 * each test from an instance field. The address is asked for when the connection is made, so it may come from a
 * server or fake ACS that another extension starts. Order the two fields with {@code @Order}, since JUnit does not
 * run {@code @RegisterExtension} fields in the order they are written:
 * <pre>{@code
 * @RegisterExtension
 * @Order(1)
 * final FakeAcsExtension acs = FakeAcsExtension.demoLibrary();
 *
 * @RegisterExtension
 * @Order(2)
 * final FakeScExtension sc = FakeScExtension.connectingTo(acs);
 * }</pre>
 *
 * <p>Needs JUnit Jupiter on the class path (the testkit's dependency on it is optional). Thread-safe.
 */
public final class FakeScExtension extends PeerLifecycle<FakeSc> {

    private final Supplier<InetSocketAddress> address;
    private final Consumer<FakeSc.Builder> configuration;

    private FakeScExtension(Supplier<InetSocketAddress> address, Consumer<FakeSc.Builder> configuration) {
        super("FakeScExtension");
        this.address = address;
        this.configuration = configuration;
    }

    /**
     * {@return an extension connecting to an address}
     *
     * @param address supplies the ACS's address when the connection is made
     */
    public static FakeScExtension connectingTo(Supplier<InetSocketAddress> address) {
        return connectingTo(address, builder -> { });
    }

    /**
     * {@return an extension connecting to an address with further settings}
     *
     * @param address supplies the ACS's address when the connection is made
     * @param configuration sets codec, error detection, timeout or local address on the builder
     */
    public static FakeScExtension connectingTo(
            Supplier<InetSocketAddress> address, Consumer<FakeSc.Builder> configuration) {
        return new FakeScExtension(Objects.requireNonNull(address, "address"),
                Objects.requireNonNull(configuration, "configuration"));
    }

    /**
     * {@return an extension connecting to the fake ACS another extension runs}
     *
     * @param acs the fake ACS's extension, ordered before this one
     */
    public static FakeScExtension connectingTo(FakeAcsExtension acs) {
        Objects.requireNonNull(acs, "acs");
        return connectingTo(acs::address);
    }

    @Override
    FakeSc open() {
        FakeSc.Builder builder = FakeSc.builder()
                .address(Objects.requireNonNull(address.get(), "address.get()"));
        configuration.accept(builder);
        return builder.connect();
    }

    /**
     * {@return the connected fake SC}
     *
     * @throws IllegalStateException outside the tests the extension runs for
     */
    public FakeSc sc() {
        return peer();
    }
}
