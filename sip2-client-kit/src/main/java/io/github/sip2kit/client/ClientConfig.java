package io.github.sip2kit.client;

import io.github.sip2kit.codec.ErrorDetection;
import io.github.sip2kit.codec.Sip2Codec;
import io.github.sip2kit.core.LoginRequest;
import io.github.sip2kit.core.field.Secret;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import javax.net.ssl.SSLContext;

/** The settings of a client, fixed when {@link Sip2Client.Builder#build()} runs; shared by a pool's clients. */
record ClientConfig(
        InetSocketAddress address,
        SSLContext sslContext,
        boolean hostnameVerification,
        Duration connectTimeout,
        Duration responseTimeout,
        Sip2Codec codec,
        ErrorDetection errorDetection,
        int maxCorruptResponseRetries,
        int maxResends,
        int maxLostResponseRecoveries,
        boolean retryIdempotentRequests,
        LoginRequest loginRequest,
        String institutionId,
        Secret terminalPassword,
        Clock clock) {

    /** {@return "host:port" as the caller named the ACS, for messages and log lines} */
    String peer() {
        return address.getHostString() + ":" + address.getPort();
    }
}
