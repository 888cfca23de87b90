package io.github.sip2kit.testkit.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.Test;

/** Many threads circulating the same few items never leave an item charged twice or lose a loan. */
class ConcurrencyTest {

    private static final int THREADS = 8;
    private static final int ROUNDS = 2_000;
    private static final int ITEMS = 3;

    @Test
    void concurrentCheckoutsAndCheckinsNeverDoubleChargeAnItem() throws Exception {
        long seed = Long.getLong("sip2.seed", System.nanoTime());
        InMemoryLibrary.Builder builder = Fixtures.base(Fixtures.clock());
        for (int p = 0; p < THREADS; p++) {
            builder.patron(Patron.builder("p" + p, "", "Patron " + p)
                    .limits(new PatronLimits(ITEMS, 0, 5)).build());
        }
        for (int i = 0; i < ITEMS; i++) {
            builder.item(Fixtures.book("i" + i).maxRenewals(1_000_000).build());
        }
        InMemoryLibrary library = builder.build();
        // loans[p * ITEMS + i]: checkouts of item i by patron p minus checkins that ended such a loan
        AtomicIntegerArray loans = new AtomicIntegerArray(THREADS * ITEMS);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> futures = new ArrayList<>();
        try {
            for (int t = 0; t < THREADS; t++) {
                int patronIndex = t;
                SplittableRandom random = new SplittableRandom(seed + t);
                futures.add(pool.submit(() -> {
                    start.await();
                    for (int round = 0; round < ROUNDS; round++) {
                        int index = random.nextInt(ITEMS);
                        String item = "i" + index;
                        if (random.nextBoolean()) {
                            LoanResult result = library.checkout("p" + patronIndex, item, false, false);
                            if (result.ok() && !result.renewal()) {
                                loans.incrementAndGet(patronIndex * ITEMS + index);
                            }
                        } else {
                            CheckinResult result = library.checkin(item, Fixtures.HOME);
                            result.previousPatronId().ifPresent(previous -> loans.decrementAndGet(
                                    Integer.parseInt(previous.substring(1)) * ITEMS + index));
                        }
                        Item snapshot = library.item(item).orElseThrow();
                        if (snapshot.isCharged() != snapshot.status().isCharged()) {
                            throw new AssertionError("inconsistent snapshot " + snapshot);
                        }
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> future : futures) {
                future.get(60, TimeUnit.SECONDS);
            }
            for (int i = 0; i < ITEMS; i++) {
                Optional<String> borrower = library.item("i" + i).orElseThrow().chargedTo();
                for (int p = 0; p < THREADS; p++) {
                    int expected = borrower.filter(("p" + p)::equals).isPresent() ? 1 : 0;
                    assertThat(loans.get(p * ITEMS + i))
                            .as("seed %d: open loans of i%d by p%d (borrower now %s)", seed, i, p, borrower)
                            .isEqualTo(expected);
                }
            }
            long charged = library.items().stream().filter(Item::isCharged).count();
            long summarised = library.patrons().stream()
                    .mapToLong(p -> library.patronSummary(p.id()).orElseThrow().chargedItems().size()).sum();
            assertThat(summarised).as("seed %d", seed).isEqualTo(charged);
        } finally {
            pool.shutdownNow();
        }
    }
}
