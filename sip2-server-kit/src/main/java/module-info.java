/**
 * The SIP2 server kit: a complete ACS (the library-system side of SIP2) around a vendor's handlers. It owns login,
 * SC status, resends, sequence numbers, duplicate detection and access policies, and runs a non-blocking Netty
 * transport that hands each request to a worker executor.
 *
 * <p>Netty, SLF4J, Commons Lang and Jackson (which reads the configuration file) are implementation details: no
 * type of theirs appears in this module's API.
 *
 * <p>The internal package is exported to the testkit module only, whose contract tests drive the protocol engine
 * without sockets; the testkit is built after this module, hence the suppressed "module not found" warning.
 */
@SuppressWarnings("module")
module io.github.sip2kit.server {
    requires transitive io.github.sip2kit.codec;
    requires com.fasterxml.jackson.databind;
    requires io.netty.buffer;
    requires io.netty.codec;
    requires io.netty.codec.haproxy;
    requires io.netty.common;
    requires io.netty.handler;
    requires io.netty.transport;
    requires org.apache.commons.lang3;
    requires org.slf4j;

    exports io.github.sip2kit.server;
    exports io.github.sip2kit.server.spi;
    exports io.github.sip2kit.server.internal to io.github.sip2kit.testkit;

    uses io.github.sip2kit.server.spi.Sip2BackendProvider;
}
