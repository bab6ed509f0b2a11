package dev.mediagen.core;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;

/** The vendor's rate-limit headers of one response ({@code X-RateLimit-Limit/Remaining/Reset}). */
public final class RateLimitState {
    private final Long limit;
    private final Long remaining;
    private final Instant reset;

    /** Creates the state; any part may be null when the header was absent. */
    public RateLimitState(Long limit, Long remaining, Instant reset) {
        this.limit = limit;
        this.remaining = remaining;
        this.reset = reset;
    }

    /** Requests allowed in the window. */
    public OptionalLong limit() {
        return limit == null ? OptionalLong.empty() : OptionalLong.of(limit);
    }

    /** Requests left in the window. */
    public OptionalLong remaining() {
        return remaining == null ? OptionalLong.empty() : OptionalLong.of(remaining);
    }

    /** When the window resets. */
    public Optional<Instant> reset() {
        return Optional.ofNullable(reset);
    }

    @Override
    public String toString() {
        return "RateLimitState{limit=" + limit + ", remaining=" + remaining + ", reset=" + reset + "}";
    }
}
