/**
 * Test support for sip2kit: an in-memory integrated library system (patrons, items, loans, holds and fees) that
 * demo servers, tests, the command line tool and the examples share, and a SIP2 backend serving it through the
 * server kit's handler interfaces; fake peers with fault injection ({@code FakeAcs}, {@code FakeSc}), their JUnit 5
 * extensions, and the backend contract test ({@code Sip2BackendContractTest}).
 *
 * <p>Also seeded generators of valid and invalid SIP2 frames, message fixtures, the codec's golden vectors, a JUnit 5
 * argument source and AssertJ assertions; JUnit and AssertJ are optional dependencies, needed only by the types that
 * use them.
 *
 * <p>The server kit is a transitive dependency: the backend's methods take and return its types
 * ({@code Sip2Session}, {@code ClientPolicies}) and the message records of the core module. The client kit is one
 * too ({@code FakeAcs.clientBuilder()} returns its builder). JUnit 5 and AssertJ are optional: only the classes
 * that use them need them at run time.
 */
module io.github.sip2kit.testkit {
    exports io.github.sip2kit.testkit;
    exports io.github.sip2kit.testkit.library;

    requires transitive io.github.sip2kit.server;
    requires transitive io.github.sip2kit.client;
    requires com.fasterxml.jackson.databind;

    // Optional: the JUnit extensions, the contract test and @Sip2MessageSource (JUnit 5.13 or newer) need JUnit 5,
    // Sip2Assertions needs AssertJ. Static and not transitive, so that modules using the rest of the testkit (the
    // command line tool, the demo server) need neither; code that uses those classes has JUnit or AssertJ anyway,
    // which is why the "exports" lint about their types in this module's API is off in this module's pom.
    requires static org.junit.jupiter.api;
    requires static org.junit.jupiter.params;
    requires static org.assertj.core;
}
