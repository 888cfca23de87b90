package io.github.sip2kit.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sip2kit.core.ItemInformationResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(60)
class Sip2ClientPoolTest {

    private FakeAcs acs;

    @BeforeEach
    void startAcs() throws Exception {
        acs = new FakeAcs();
    }

    @AfterEach
    void stopAcs() throws Exception {
        acs.close();
    }

    @Test
    void servesManyThreadsWithAtMostMaxSizeLoggedInConnections() throws Exception {
        int threads = 8;
        int perThread = 25;
        ExecutorService executor = Executors.newFixedThreadPool(threads);
        try (Sip2ClientPool pool = Sip2ClientPool.builder(acs.clientBuilder()
                        .credentials("selfcheck1", "Login-Pa55word")
                        .institutionId("MAIN"))
                .maxSize(3)
                .build()) {
            List<Future<Integer>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                results.add(executor.submit(() -> {
                    int ok = 0;
                    for (int i = 0; i < perThread; i++) {
                        String item = "T" + thread + "-" + i;
                        ItemInformationResponse response = i % 2 == 0
                                ? pool.execute(client -> client.itemInformation(item))
                                : pool.send(Requests.itemInformation().toBuilder().itemIdentifier(item).build());
                        if (response.itemIdentifier().equals(item)) {
                            ok++;
                        }
                    }
                    return ok;
                }));
            }
            for (Future<Integer> result : results) {
                assertThat(result.get(30, TimeUnit.SECONDS)).isEqualTo(perThread);
            }
            assertThat(pool.activeCount()).isZero();
            assertThat(pool.idleCount()).isBetween(1, 3);
        } finally {
            executor.shutdownNow();
        }
        assertThat(acs.connections()).isBetween(1, 3);
        assertThat(acs.count("93")).isEqualTo(acs.connections());
        assertThat(acs.count("17")).isEqualTo(threads * perThread);
    }

    @Test
    void discardsAClientWhoseRequestFailedAndOpensANewOne() {
        acs.script(r -> r.code().equals("11") && acs.count("11") == 1 ? acs.closeConnection() : null);
        try (Sip2ClientPool pool = Sip2ClientPool.builder(acs.clientBuilder()).maxSize(1).build()) {
            assertThatThrownBy(() -> pool.send(Requests.checkout()))
                    .isInstanceOf(Sip2OutcomeUnknownException.class);
            assertThat(pool.idleCount()).isZero();
            assertThat(pool.send(Requests.checkout()).ok()).isTrue();
            assertThat(pool.idleCount()).isOne();
        }
        assertThat(acs.connections()).isEqualTo(2);
    }

    @Test
    void borrowingFailsAfterTheTimeoutWhenEveryClientIsBusy() throws Exception {
        CountDownLatch busy = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService executor = Executors.newSingleThreadExecutor();
        try (Sip2ClientPool pool = Sip2ClientPool.builder(acs.clientBuilder())
                .maxSize(1)
                .borrowTimeout(Duration.ofMillis(100))
                .build()) {
            Future<?> holder = executor.submit(() -> pool.execute(client -> {
                busy.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return client.scStatus();
            }));
            assertThat(busy.await(10, TimeUnit.SECONDS)).isTrue();
            assertThatThrownBy(() -> pool.send(Requests.scStatus()))
                    .isExactlyInstanceOf(Sip2ClientException.class)
                    .hasMessage("pool of 1 clients to 127.0.0.1:" + acs.port() + ": no client free within 100 ms")
                    .satisfies(e -> assertThat(((Sip2ClientException) e).requestType()).isEmpty());
            release.countDown();
            holder.get(10, TimeUnit.SECONDS);
        } finally {
            executor.shutdownNow();
        }
    }

    @Test
    void aClientThatCannotLogInIsNotKept() {
        AtomicInteger logins = new AtomicInteger();
        acs.script(r -> r.code().equals("93") && logins.incrementAndGet() == 1
                ? acs.reply(io.github.sip2kit.core.LoginResponse.builder().ok(false).build())
                : null);
        try (Sip2ClientPool pool = Sip2ClientPool.builder(acs.clientBuilder().credentials("u", "p")).build()) {
            assertThatThrownBy(() -> pool.send(Requests.scStatus())).isInstanceOf(Sip2ClientException.class);
            assertThat(pool.activeCount()).isZero();
            assertThat(pool.send(Requests.scStatus()).onlineStatus()).isTrue();
        }
    }

    @Test
    void closedPoolRefusesWork() {
        Sip2ClientPool pool = Sip2ClientPool.builder(acs.clientBuilder()).build();
        pool.send(Requests.scStatus());
        pool.close();
        assertThatThrownBy(() -> pool.send(Requests.scStatus())).isInstanceOf(IllegalStateException.class);
        assertThat(pool.idleCount()).isZero();
    }

    @Test
    void builderRejectsAnEmptyPool() {
        assertThatThrownBy(() -> Sip2ClientPool.builder(acs.clientBuilder()).maxSize(0))
                .hasMessage("maxSize: 0 (expected: 1 to 256)");
    }
}
