/**
 * A blocking SIP2 client over plain JDK sockets, with TLS, error detection (sequence numbers and checksums),
 * recovery of lost and corrupted responses, reconnection, and a small pool for multi-threaded callers.
 */
module io.github.sip2kit.client {
    requires transitive io.github.sip2kit.codec;
    requires org.slf4j;
    requires org.apache.commons.lang3;

    exports io.github.sip2kit.client;
}
