/**
 * Test support for sip2kit. For now it holds an in-memory integrated library system (patrons, items, loans,
 * holds and fees) that demo servers, tests, the command line tool and the examples share.
 */
module io.github.sip2kit.testkit {
    exports io.github.sip2kit.testkit.library;

    requires com.fasterxml.jackson.databind;
}
