package dev.mediagen.core;

import java.time.Duration;
import java.util.Objects;
import java.util.Set;

/**
 * When and how the SDK re-sends a failed request: connection failures and HTTP 408, 429, 500, 502, 503, 504,
 * with exponential backoff, jitter and a cap; server hints ({@code Retry-After}, {@code X-RateLimit-Reset}) are
 * honoured up to {@link #maxServerDelay()}, beyond which the call fails at once with a {@link RateLimitException}.
 *
 * <p>A request that creates paid work is re-sent only when it carries an idempotency key the vendor honours, or
 * when the failure proves the vendor never processed it (connection refused, HTTP 429).
 */
public final class RetryPolicy {
    /** The statuses retried by default. */
    public static final Set<Integer> DEFAULT_RETRYABLE_STATUSES = Set.of(408, 429, 500, 502, 503, 504);

    private static final RetryPolicy DEFAULTS = builder().build();
    private static final RetryPolicy NONE = builder().maxRetries(0).build();

    private final int maxRetries;
    private final Duration initialBackoff;
    private final Duration maxBackoff;
    private final double jitter;
    private final Duration maxServerDelay;
    private final Set<Integer> retryableStatuses;

    private RetryPolicy(Builder b) {
        this.maxRetries = b.maxRetries;
        this.initialBackoff = b.initialBackoff;
        this.maxBackoff = b.maxBackoff;
        this.jitter = b.jitter;
        this.maxServerDelay = b.maxServerDelay;
        this.retryableStatuses = Set.copyOf(b.retryableStatuses);
    }

    /** Two retries, 0.5 s initial backoff doubling to an 8 s cap, 25 % jitter, server hints honoured up to 60 s. */
    public static RetryPolicy defaults() {
        return DEFAULTS;
    }

    /** Never retry. */
    public static RetryPolicy none() {
        return NONE;
    }

    /** A builder starting from the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from this policy. */
    public Builder toBuilder() {
        return new Builder()
                .maxRetries(maxRetries)
                .initialBackoff(initialBackoff)
                .maxBackoff(maxBackoff)
                .jitter(jitter)
                .maxServerDelay(maxServerDelay)
                .retryableStatuses(retryableStatuses);
    }

    /** Retries after the first attempt. */
    public int maxRetries() {
        return maxRetries;
    }

    /** Backoff before the first retry. */
    public Duration initialBackoff() {
        return initialBackoff;
    }

    /** Upper bound of the computed backoff. */
    public Duration maxBackoff() {
        return maxBackoff;
    }

    /** Share of the backoff randomly removed (0 = none, 1 = full jitter). */
    public double jitter() {
        return jitter;
    }

    /** The longest server-requested delay the SDK waits out before retrying. */
    public Duration maxServerDelay() {
        return maxServerDelay;
    }

    /** Statuses that may be retried. */
    public Set<Integer> retryableStatuses() {
        return retryableStatuses;
    }

    /** Whether {@code status} is retryable under this policy. */
    public boolean isRetryableStatus(int status) {
        return retryableStatuses.contains(status);
    }

    /**
     * The computed backoff before retry number {@code retry} (1-based), given a random value in [0, 1).
     */
    public Duration backoff(int retry, double random) {
        long base = initialBackoff.toMillis();
        long cap = maxBackoff.toMillis();
        long exponential = retry >= 31 ? cap : Math.min(cap, base * (1L << Math.max(0, retry - 1)));
        long jittered = Math.round(exponential * (1.0 - jitter * random));
        return Duration.ofMillis(Math.max(0, jittered));
    }

    @Override
    public String toString() {
        return "RetryPolicy{maxRetries=" + maxRetries + ", initialBackoff=" + initialBackoff + ", maxBackoff="
                + maxBackoff + ", jitter=" + jitter + ", maxServerDelay=" + maxServerDelay + "}";
    }

    /** Builds a {@link RetryPolicy}. */
    public static final class Builder {
        private int maxRetries = 2;
        private Duration initialBackoff = Duration.ofMillis(500);
        private Duration maxBackoff = Duration.ofSeconds(8);
        private double jitter = 0.25;
        private Duration maxServerDelay = Duration.ofSeconds(60);
        private Set<Integer> retryableStatuses = DEFAULT_RETRYABLE_STATUSES;

        private Builder() {
        }

        /** Retries after the first attempt (0 disables retries). */
        public Builder maxRetries(int maxRetries) {
            if (maxRetries < 0) {
                throw new IllegalArgumentException("maxRetries must be >= 0");
            }
            this.maxRetries = maxRetries;
            return this;
        }

        /** Backoff before the first retry. */
        public Builder initialBackoff(Duration initialBackoff) {
            this.initialBackoff = requireNonNegative(initialBackoff, "initialBackoff");
            return this;
        }

        /** Cap of the computed backoff. */
        public Builder maxBackoff(Duration maxBackoff) {
            this.maxBackoff = requireNonNegative(maxBackoff, "maxBackoff");
            return this;
        }

        /** Share of the backoff randomly removed, between 0 and 1. */
        public Builder jitter(double jitter) {
            if (jitter < 0 || jitter > 1) {
                throw new IllegalArgumentException("jitter must be between 0 and 1");
            }
            this.jitter = jitter;
            return this;
        }

        /** The longest {@code Retry-After} / reset delay that is waited out; longer ones fail fast. */
        public Builder maxServerDelay(Duration maxServerDelay) {
            this.maxServerDelay = requireNonNegative(maxServerDelay, "maxServerDelay");
            return this;
        }

        /** Statuses that may be retried. */
        public Builder retryableStatuses(Set<Integer> statuses) {
            this.retryableStatuses = Set.copyOf(Objects.requireNonNull(statuses, "statuses"));
            return this;
        }

        /** Builds the policy. */
        public RetryPolicy build() {
            return new RetryPolicy(this);
        }

        private static Duration requireNonNegative(Duration d, String name) {
            Objects.requireNonNull(d, name);
            if (d.isNegative()) {
                throw new IllegalArgumentException(name + " must not be negative");
            }
            return d;
        }
    }
}
