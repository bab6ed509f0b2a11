package dev.mediagen.core.wait;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/** How to wait for one job: deadline, poll cadence, listener, and whether cancelling the wait cancels the job. */
public final class WaitOptions {
    private static final WaitOptions DEFAULTS = builder().build();

    private final Duration timeout;
    private final PollStrategy pollStrategy;
    private final JobListener listener;
    private final boolean cancelJobOnCancel;

    private WaitOptions(Builder b) {
        this.timeout = b.timeout;
        this.pollStrategy = b.pollStrategy;
        this.listener = b.listener;
        this.cancelJobOnCancel = b.cancelJobOnCancel;
    }

    /** Thirty minutes, the default poll strategy (or the vendor's), no listener, cancel at the vendor on cancel. */
    public static WaitOptions defaults() {
        return DEFAULTS;
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder pre-filled with these options. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.timeout = timeout;
        b.pollStrategy = pollStrategy;
        b.listener = listener;
        b.cancelJobOnCancel = cancelJobOnCancel;
        return b;
    }

    /** The longest the wait lasts before failing with WaitTimeoutException. */
    public Duration timeout() {
        return timeout;
    }

    /** The poll cadence, when the caller chose one (otherwise the vendor's default applies). */
    public Optional<PollStrategy> pollStrategy() {
        return Optional.ofNullable(pollStrategy);
    }

    /** The status/progress listener. */
    public Optional<JobListener> listener() {
        return Optional.ofNullable(listener);
    }

    /** Whether cancelling the returned future also cancels the job at the vendor (where it can). */
    public boolean cancelJobOnCancel() {
        return cancelJobOnCancel;
    }

    /** Builds {@link WaitOptions}. */
    public static final class Builder {
        private Duration timeout = Duration.ofMinutes(30);
        private PollStrategy pollStrategy;
        private JobListener listener;
        private boolean cancelJobOnCancel = true;

        private Builder() {
        }

        /** The wait's deadline, measured from its start. */
        public Builder timeout(Duration timeout) {
            Objects.requireNonNull(timeout, "timeout");
            if (timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("timeout must be positive");
            }
            this.timeout = timeout;
            return this;
        }

        /** The poll cadence when the server gives no hint. */
        public Builder pollStrategy(PollStrategy pollStrategy) {
            this.pollStrategy = pollStrategy;
            return this;
        }

        /** Receives status and progress changes. */
        public Builder listener(JobListener listener) {
            this.listener = listener;
            return this;
        }

        /** Whether cancelling the future cancels the job at the vendor (default true). */
        public Builder cancelJobOnCancel(boolean cancelJobOnCancel) {
            this.cancelJobOnCancel = cancelJobOnCancel;
            return this;
        }

        /** Builds the options. */
        public WaitOptions build() {
            return new WaitOptions(this);
        }
    }
}
