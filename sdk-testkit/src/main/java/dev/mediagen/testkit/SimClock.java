package dev.mediagen.testkit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * The clock a simulator's jobs progress on: manual (moves only with {@link #advance}), accelerated (real time
 * times a factor, for demos), or following another clock (e.g. a test's virtual scheduler).
 */
public final class SimClock extends Clock {
    private final Clock base;
    private final Instant baseStart;
    private final Instant simStart;
    private final double factor;
    private volatile Duration offset = Duration.ZERO;

    private SimClock(Clock base, Instant simStart, double factor) {
        this.base = base;
        this.baseStart = base == null ? null : base.instant();
        this.simStart = simStart;
        this.factor = factor;
    }

    /** A clock that stands still until {@link #advance(Duration)} moves it. */
    public static SimClock manual(Instant start) {
        return new SimClock(null, Objects.requireNonNull(start), 0);
    }

    /** A clock running {@code factor} times faster than real time (e.g. 60: a minute passes each second). */
    public static SimClock accelerated(double factor) {
        if (factor <= 0) {
            throw new IllegalArgumentException("factor must be positive");
        }
        Clock system = Clock.systemUTC();
        return new SimClock(system, system.instant(), factor);
    }

    /** A clock that reads {@code clock} (plus any {@link #advance} offset). */
    public static SimClock following(Clock clock) {
        return new SimClock(clock, clock.instant(), 1.0);
    }

    /** Moves the clock forward. */
    public void advance(Duration amount) {
        offset = offset.plus(amount);
    }

    @Override
    public Instant instant() {
        Instant now = simStart;
        if (base != null) {
            long elapsedNanos = Duration.between(baseStart, base.instant()).toNanos();
            now = simStart.plusNanos((long) (elapsedNanos * factor));
        }
        return now.plus(offset);
    }

    /** Converts a simulated duration into the real time it takes on this clock (for server hints in demos). */
    public Duration toReal(Duration simulated) {
        if (base == null || factor == 1.0) {
            return simulated;
        }
        return Duration.ofNanos((long) (simulated.toNanos() / factor));
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant(), zone);
    }
}
