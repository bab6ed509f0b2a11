package dev.mediagen.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class VirtualSchedulerTest {
    private static final Instant T0 = Instant.parse("2026-03-01T00:00:00Z");

    @Test
    void manualTimeRunsDueTasksInOrderAndRecordsDelays() {
        VirtualScheduler scheduler = VirtualScheduler.manual(T0);
        List<String> ran = new CopyOnWriteArrayList<>();
        scheduler.schedule(() -> ran.add("b@" + scheduler.now()), Duration.ofSeconds(2));
        scheduler.schedule(() -> ran.add("a@" + scheduler.now()), Duration.ofSeconds(1));
        Scheduler.Cancellable dropped = scheduler.schedule(() -> ran.add("never"), Duration.ofSeconds(1));
        dropped.cancel();

        scheduler.advance(Duration.ofSeconds(5));

        assertThat(ran).containsExactly("a@2026-03-01T00:00:01Z", "b@2026-03-01T00:00:02Z");
        assertThat(scheduler.now()).isEqualTo(T0.plusSeconds(5));
        assertThat(scheduler.requestedDelays()).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(1),
                Duration.ofSeconds(1));
    }

    @Test
    void automaticTimeDoesNotJumpWhileWorkIsOpen() throws Exception {
        try (VirtualScheduler scheduler = VirtualScheduler.automatic(T0)) {
            Scheduler.Work exchange = scheduler.beginWork();
            CountDownLatch ran = new CountDownLatch(1);
            scheduler.schedule(ran::countDown, Duration.ofMinutes(10));

            assertThat(ran.await(200, TimeUnit.MILLISECONDS)).isFalse();
            assertThat(scheduler.now()).isEqualTo(T0);

            exchange.end();
            exchange.end();
            assertThat(ran.await(5, TimeUnit.SECONDS)).isTrue();
            assertThat(scheduler.now()).isEqualTo(T0.plus(Duration.ofMinutes(10)));
        }
    }

    @Test
    void tasksAlreadyDueRunEvenWhileWorkIsOpen() throws Exception {
        try (VirtualScheduler scheduler = VirtualScheduler.automatic(T0)) {
            scheduler.beginWork();
            CountDownLatch ran = new CountDownLatch(1);
            scheduler.schedule(ran::countDown, Duration.ZERO);
            assertThat(ran.await(5, TimeUnit.SECONDS)).isTrue();
        }
    }
}
