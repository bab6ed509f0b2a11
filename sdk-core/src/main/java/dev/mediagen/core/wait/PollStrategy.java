package dev.mediagen.core.wait;

import java.time.Duration;
import java.util.Objects;

/**
 * How long to wait between polls when the server gives no hint: start quick, then back off to a cap.
 * A server hint (such as {@code Retry-After}) always wins.
 */
public final class PollStrategy {
    private static final PollStrategy DEFAULT = new PollStrategy(Duration.ofSeconds(1), 1.5, Duration.ofSeconds(15));

    private final Duration initial;
    private final double multiplier;
    private final Duration max;

    private PollStrategy(Duration initial, double multiplier, Duration max) {
        this.initial = Objects.requireNonNull(initial, "initial");
        this.max = Objects.requireNonNull(max, "max");
        if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0) {
            throw new IllegalArgumentException("need 0 < initial <= max");
        }
        if (multiplier < 1.0) {
            throw new IllegalArgumentException("multiplier must be >= 1");
        }
        this.multiplier = multiplier;
    }

    /** 1 s, growing by 1.5x to 15 s. */
    public static PollStrategy defaults() {
        return DEFAULT;
    }

    /** Starts at {@code initial}, multiplies by {@code multiplier} after each poll, never above {@code max}. */
    public static PollStrategy backoff(Duration initial, double multiplier, Duration max) {
        return new PollStrategy(initial, multiplier, max);
    }

    /** Polls at a fixed interval. */
    public static PollStrategy fixed(Duration interval) {
        return new PollStrategy(interval, 1.0, interval);
    }

    /** The delay before poll number {@code pollIndex} (0 for the first poll). */
    public Duration delay(int pollIndex) {
        double millis = initial.toMillis() * Math.pow(multiplier, Math.min(pollIndex, 64));
        return millis >= max.toMillis() ? max : Duration.ofMillis((long) millis);
    }

    /** The first delay. */
    public Duration initial() {
        return initial;
    }

    /** The cap. */
    public Duration max() {
        return max;
    }

    @Override
    public String toString() {
        return "PollStrategy{initial=" + initial + ", multiplier=" + multiplier + ", max=" + max + "}";
    }
}
