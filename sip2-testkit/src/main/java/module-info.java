/**
 * Test support for sip2kit: an in-memory integrated library system (patrons, items, loans, holds and fees) that
 * demo servers, tests, the command line tool and the examples share, and a SIP2 backend serving it through the
 * server kit's handler interfaces.
 *
 * <p>The server kit is a transitive dependency: the backend's methods take and return its types
 * ({@code Sip2Session}, {@code ClientPolicies}) and the message records of the core module.
 */
module io.github.sip2kit.testkit {
    exports io.github.sip2kit.testkit;
    exports io.github.sip2kit.testkit.library;

    requires transitive io.github.sip2kit.server;
    requires com.fasterxml.jackson.databind;
}
