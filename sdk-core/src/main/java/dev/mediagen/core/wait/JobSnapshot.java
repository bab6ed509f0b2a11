package dev.mediagen.core.wait;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/** One observation of a job: the vendor model and the server's hint of when to look again. */
public final class JobSnapshot<J> {
    private final J job;
    private final Duration retryAfter;

    private JobSnapshot(J job, Duration retryAfter) {
        this.job = Objects.requireNonNull(job, "job");
        this.retryAfter = retryAfter;
    }

    /** A snapshot without a server hint. */
    public static <J> JobSnapshot<J> of(J job) {
        return new JobSnapshot<>(job, null);
    }

    /** A snapshot whose response asked to wait {@code retryAfter} (null when it did not). */
    public static <J> JobSnapshot<J> of(J job, Duration retryAfter) {
        return new JobSnapshot<>(job, retryAfter);
    }

    /** The job as the vendor described it. */
    public J job() {
        return job;
    }

    /** The server's hint for the next poll (e.g. {@code Retry-After}). */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
