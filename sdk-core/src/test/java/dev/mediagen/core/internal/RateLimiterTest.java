package dev.mediagen.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mediagen.core.RateLimit;
import dev.mediagen.core.RateLimitState;
import dev.mediagen.core.time.VirtualScheduler;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class RateLimiterTest {
    private static final Instant T0 = Instant.parse("2026-03-01T00:00:00Z");

    @Test
    void noWindowOfTheDocumentedLengthEverHoldsMoreThanTheLimit() {
        VirtualScheduler scheduler = VirtualScheduler.manual(T0);
        RateLimiter limiter = new RateLimiter(Map.of("generation", RateLimit.of(5, Duration.ofSeconds(10))), scheduler,
                Duration.ZERO);
        List<Instant> granted = new ArrayList<>();
        for (int i = 0; i < 23; i++) {
            limiter.acquire("generation").thenRun(() -> granted.add(scheduler.now()));
        }
        scheduler.advance(Duration.ofSeconds(60));

        assertThat(granted).hasSize(23);
        for (int i = 5; i < granted.size(); i++) {
            assertThat(Duration.between(granted.get(i - 5), granted.get(i))).isGreaterThanOrEqualTo(Duration.ofSeconds(10));
        }
        assertThat(granted.get(0)).isEqualTo(T0);
        assertThat(granted.get(4)).isEqualTo(T0);
        assertThat(granted.get(5)).isEqualTo(T0.plusSeconds(10));
        assertThat(granted.get(22)).isEqualTo(T0.plusSeconds(40));
    }

    @Test
    void unlimitedClassesAreGrantedAtOnce() {
        VirtualScheduler scheduler = VirtualScheduler.manual(T0);
        RateLimiter limiter = new RateLimiter(Map.of(), scheduler, Duration.ZERO);
        CompletableFuture<Void> grant = limiter.acquire("reads");
        assertThat(grant).isDone();
        assertThat(limiter.acquire(null)).isDone();
    }

    @Test
    void anExhaustedServerWindowBlocksUntilItsReset() {
        VirtualScheduler scheduler = VirtualScheduler.manual(T0);
        RateLimiter limiter = new RateLimiter(Map.of("reads", RateLimit.of(100, Duration.ofSeconds(10))), scheduler,
                Duration.ZERO);
        limiter.observe("reads", new RateLimitState(20L, 0L, T0.plusSeconds(7)));

        CompletableFuture<Void> grant = limiter.acquire("reads");
        scheduler.advance(Duration.ofSeconds(6));
        assertThat(grant).isNotDone();
        scheduler.advance(Duration.ofSeconds(1));
        assertThat(grant).isDone();
    }

    @Test
    void a429BlocksTheClassForTheServersDelay() {
        VirtualScheduler scheduler = VirtualScheduler.manual(T0);
        RateLimiter limiter = new RateLimiter(Map.of("reads", RateLimit.of(100, Duration.ofSeconds(10))), scheduler,
                Duration.ZERO);
        limiter.blockFor("reads", Duration.ofSeconds(3));

        CompletableFuture<Void> grant = limiter.acquire("reads");
        scheduler.advance(Duration.ofMillis(2999));
        assertThat(grant).isNotDone();
        scheduler.advance(Duration.ofMillis(1));
        assertThat(grant).isDone();
    }

    @Test
    void aServerBlockBeyondTheMaximumWaitFailsFastButTheCallersOwnBurstIsPaced() {
        VirtualScheduler scheduler = VirtualScheduler.manual(T0);
        RateLimiter limiter = new RateLimiter(Map.of("reads", RateLimit.of(2, Duration.ofHours(1))), scheduler,
                Duration.ZERO);
        CompletableFuture<Void> first = limiter.acquire("reads", Duration.ofSeconds(60));
        limiter.acquire("reads", Duration.ofSeconds(60));
        CompletableFuture<Void> third = limiter.acquire("reads", Duration.ofSeconds(60));
        assertThat(first).isDone();
        assertThat(third).isNotDone();

        limiter.observe("reads", new RateLimitState(5000L, 0L, T0.plus(Duration.ofMinutes(40))));

        assertThat(limiter.acquire("reads", Duration.ofSeconds(60))).isCompletedExceptionally()
                .failsWithin(Duration.ZERO).withThrowableOfType(java.util.concurrent.ExecutionException.class)
                .havingCause().isInstanceOfSatisfying(dev.mediagen.core.RateLimitException.class,
                        e -> assertThat(e.retryAfter()).hasValue(Duration.ofMinutes(40)));
    }
}
