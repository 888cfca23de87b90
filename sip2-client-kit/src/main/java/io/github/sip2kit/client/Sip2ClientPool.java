package io.github.sip2kit.client;

import io.github.sip2kit.core.AcsMessage;
import io.github.sip2kit.core.ScRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.apache.commons.lang3.Validate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A small thread-safe pool of logged-in {@link Sip2Client}s for callers with many threads, such as a web
 * application that talks to one ACS. Each client carries one request at a time; the pool hands a free client to
 * each caller, opening new ones (each logs in) up to {@link Builder#maxSize(int)}, and makes further callers wait
 * up to {@link Builder#borrowTimeout(Duration)}.
 *
 * <pre>{@code
 * try (Sip2ClientPool pool = Sip2ClientPool.builder(Sip2Client.builder()
 *                 .address("acs.example.org", 6001)
 *                 .credentials("webopac", Secret.of(password))
 *                 .institutionId("MAIN"))
 *         .maxSize(4)
 *         .build()) {
 *     PatronStatusResponse status = pool.execute(client -> client.patronStatus("21234567890"));
 *     AcsStatus acs = pool.send(ScStatus.builder().build());
 * }
 * }</pre>
 *
 * <p>A client whose request failed has closed its connection; the pool then discards it rather than hand it out
 * again, and opens a new one when needed. Clients are opened lazily, on the first borrow that finds none free.
 */
public final class Sip2ClientPool implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Sip2ClientPool.class);

    private final ClientConfig config;
    private final int maxSize;
    private final Duration borrowTimeout;
    private final Semaphore permits;
    private final LinkedBlockingDeque<Sip2Client> idle = new LinkedBlockingDeque<>();
    private volatile boolean closed;

    private Sip2ClientPool(Builder b) {
        this.config = b.clients.config();
        this.maxSize = b.maxSize;
        this.borrowTimeout = b.borrowTimeout;
        this.permits = new Semaphore(maxSize, true);
    }

    /**
     * Starts a pool whose clients are built with the given client builder's settings, as they are when
     * {@link Builder#build()} runs.
     *
     * @param clients the settings of each client, usually with credentials so that each one logs in
     * @return a builder
     */
    public static Builder builder(Sip2Client.Builder clients) {
        return new Builder(clients);
    }

    /**
     * Runs work with a client of its own, then returns the client to the pool (or discards it, if its connection
     * failed). The client must not be used after the work returns.
     *
     * @param work what to do with the client; any exception it throws is passed on
     * @param <T> the work's result type
     * @return the work's result
     * @throws Sip2ClientException if no client became free within the borrow timeout, or a new client could not
     *     connect or log in; or as the work throws it
     * @throws IllegalStateException if the pool is closed
     */
    public <T> T execute(Function<? super Sip2Client, ? extends T> work) {
        Objects.requireNonNull(work, "work");
        Sip2Client client = borrow();
        try {
            return work.apply(client);
        } finally {
            giveBack(client);
        }
    }

    /**
     * Sends one request with a client of the pool.
     *
     * @param request the request
     * @param <R> the response type
     * @return the response
     * @throws Sip2OutcomeUnknownException if a request that changes state was sent but no answer could be obtained
     * @throws Sip2ClientException if the request failed otherwise, or no client became free in time
     * @throws IllegalStateException if the pool is closed
     */
    public <R extends AcsMessage> R send(ScRequest<R> request) {
        Objects.requireNonNull(request, "request");
        return execute(client -> client.send(request));
    }

    /** {@return the most clients the pool opens} */
    public int maxSize() {
        return maxSize;
    }

    /** {@return how many clients are open and free right now} */
    public int idleCount() {
        return idle.size();
    }

    /** {@return how many clients are lent out right now} */
    public int activeCount() {
        return maxSize - permits.availablePermits();
    }

    /** Closes the free clients now and each lent-out client when it comes back. Closing twice does nothing. */
    @Override
    public void close() {
        closed = true;
        List<Sip2Client> drained = new ArrayList<>();
        idle.drainTo(drained);
        drained.forEach(Sip2Client::close);
        LOG.debug("{}: pool closed ({} idle clients closed)", config.peer(), drained.size());
    }

    @Override
    public String toString() {
        return "Sip2ClientPool[" + config.peer() + ", maxSize=" + maxSize + ", idle=" + idleCount() + ", active="
                + activeCount() + (closed ? ", closed" : "") + "]";
    }

    private Sip2Client borrow() {
        checkOpen();
        try {
            if (!permits.tryAcquire(borrowTimeout.toNanos(), TimeUnit.NANOSECONDS)) {
                throw new Sip2ClientException(null, "pool of " + maxSize + " clients to " + config.peer()
                        + ": no client free within " + Sip2Client.format(borrowTimeout), null);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Sip2ClientException(null, "pool of " + maxSize + " clients to " + config.peer()
                    + ": interrupted while waiting for a free client", e);
        }
        try {
            checkOpen();
            Sip2Client client = idle.pollFirst();
            if (client != null) {
                return client;
            }
            client = new Sip2Client(config);
            try {
                client.connect();
            } catch (RuntimeException e) {
                client.close();
                throw e;
            }
            LOG.debug("{}: pool opened a client ({} lent out)", config.peer(), activeCount());
            return client;
        } catch (RuntimeException e) {
            permits.release();
            throw e;
        }
    }

    private void giveBack(Sip2Client client) {
        try {
            if (closed || !client.isConnected()) {
                LOG.debug("{}: pool discards a client ({})", config.peer(), closed ? "pool closed" : "disconnected");
                client.close();
            } else {
                idle.offerFirst(client);
                if (closed && idle.remove(client)) {
                    client.close();
                }
            }
        } finally {
            permits.release();
        }
    }

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException("pool: closed (expected: a pool that has not been closed)");
        }
    }

    /** Builds {@link Sip2ClientPool} values; not thread-safe. */
    public static final class Builder {
        private final Sip2Client.Builder clients;
        private int maxSize = 4;
        private Duration borrowTimeout = Duration.ofSeconds(30);

        private Builder(Sip2Client.Builder clients) {
            this.clients = Objects.requireNonNull(clients, "clients");
        }

        /**
         * Sets the most clients (connections to the ACS) the pool opens.
         *
         * @param maxSize default 4; 1 to 256
         * @return this builder
         */
        public Builder maxSize(int maxSize) {
            Validate.isTrue(maxSize >= 1 && maxSize <= 256, "maxSize: %d (expected: 1 to 256)", maxSize);
            this.maxSize = maxSize;
            return this;
        }

        /**
         * Sets how long a caller waits for a free client before the pool gives up.
         *
         * @param timeout default 30 seconds; not negative (zero: do not wait)
         * @return this builder
         */
        public Builder borrowTimeout(Duration timeout) {
            Objects.requireNonNull(timeout, "timeout");
            Validate.isTrue(!timeout.isNegative(), "borrowTimeout: %s (expected: zero or more)", timeout);
            this.borrowTimeout = timeout;
            return this;
        }

        /**
         * {@return the pool, with no client open yet}
         *
         * @throws IllegalStateException if the client builder has no address
         */
        public Sip2ClientPool build() {
            return new Sip2ClientPool(this);
        }
    }
}
