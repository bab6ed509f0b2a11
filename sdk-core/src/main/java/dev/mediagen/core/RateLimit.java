package dev.mediagen.core;

import java.time.Duration;
import java.util.Objects;

/** A documented request limit: at most {@code permits} requests in any window of {@code window}. */
public final class RateLimit {
    private final int permits;
    private final Duration window;

    private RateLimit(int permits, Duration window) {
        if (permits < 1) {
            throw new IllegalArgumentException("permits must be >= 1");
        }
        Objects.requireNonNull(window, "window");
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("window must be positive");
        }
        this.permits = permits;
        this.window = window;
    }

    /** At most {@code permits} requests in any window of {@code window}. */
    public static RateLimit of(int permits, Duration window) {
        return new RateLimit(permits, window);
    }

    /** Requests allowed per window. */
    public int permits() {
        return permits;
    }

    /** The window length. */
    public Duration window() {
        return window;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RateLimit && ((RateLimit) o).permits == permits && ((RateLimit) o).window.equals(window);
    }

    @Override
    public int hashCode() {
        return Objects.hash(permits, window);
    }

    @Override
    public String toString() {
        return permits + " per " + window;
    }
}
