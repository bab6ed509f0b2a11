package dev.mediagen.core.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ReplayGuardTest {
    static final class SteppingClock extends Clock {
        Instant now = Instant.parse("2026-03-01T00:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void idsAreRememberedForTheRetentionWindowOnly() {
        SteppingClock clock = new SteppingClock();
        ReplayGuard guard = new ReplayGuard(Duration.ofMinutes(10), 100, clock);

        assertThat(guard.firstSeen("a")).isTrue();
        assertThat(guard.firstSeen("a")).isFalse();
        clock.now = clock.now.plus(Duration.ofMinutes(11));
        assertThat(guard.firstSeen("a")).isTrue();
    }

    @Test
    void memoryIsBoundedByEvictingTheOldest() {
        ReplayGuard guard = new ReplayGuard(Duration.ofHours(1), 3, new SteppingClock());
        guard.firstSeen("a");
        guard.firstSeen("b");
        guard.firstSeen("c");
        guard.firstSeen("d");

        assertThat(guard.size()).isEqualTo(3);
        assertThat(guard.firstSeen("a")).isTrue();
        assertThat(guard.firstSeen("d")).isFalse();
    }

    @Test
    void aForgottenIdIsAcceptedAgainSoAFailedHandlerCanBeRetried() {
        ReplayGuard guard = new ReplayGuard(Duration.ofHours(1), 10, new SteppingClock());
        guard.firstSeen("a");
        guard.forget("a");
        assertThat(guard.firstSeen("a")).isTrue();
    }
}
