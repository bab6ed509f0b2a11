package dev.mediagen.core.wait;

import java.util.Objects;
import java.util.Optional;

/**
 * One kind of vendor job (a VAP task, a VideoGen tool execution, ...): how to poll it, read it and cancel it.
 * A vendor module declares each once and hands it to {@link JobWaiter#await}.
 */
public final class JobType<J> {
    private final String name;
    private final JobPoller<J> poller;
    private final JobClassifier<J> classifier;
    private final JobCanceller canceller;
    private final PollStrategy defaultPollStrategy;

    private JobType(String name, JobPoller<J> poller, JobClassifier<J> classifier, JobCanceller canceller,
                    PollStrategy defaultPollStrategy) {
        this.name = Objects.requireNonNull(name, "name");
        this.poller = Objects.requireNonNull(poller, "poller");
        this.classifier = Objects.requireNonNull(classifier, "classifier");
        this.canceller = canceller;
        this.defaultPollStrategy = Objects.requireNonNull(defaultPollStrategy, "defaultPollStrategy");
    }

    /** A job type without a vendor cancel endpoint. */
    public static <J> JobType<J> of(String name, JobPoller<J> poller, JobClassifier<J> classifier,
                                    PollStrategy defaultPollStrategy) {
        return new JobType<>(name, poller, classifier, null, defaultPollStrategy);
    }

    /** A job type whose jobs can be cancelled at the vendor. */
    public static <J> JobType<J> cancellable(String name, JobPoller<J> poller, JobClassifier<J> classifier,
                                             JobCanceller canceller, PollStrategy defaultPollStrategy) {
        return new JobType<>(name, poller, classifier, Objects.requireNonNull(canceller, "canceller"),
                defaultPollStrategy);
    }

    /** The type's name, unique within a client (e.g. {@code task}). */
    public String name() {
        return name;
    }

    /** Fetches a job. */
    public JobPoller<J> poller() {
        return poller;
    }

    /** Reads a job. */
    public JobClassifier<J> classifier() {
        return classifier;
    }

    /** Cancels a job at the vendor, when the vendor can. */
    public Optional<JobCanceller> canceller() {
        return Optional.ofNullable(canceller);
    }

    /** The poll cadence used when the caller chose none. */
    public PollStrategy defaultPollStrategy() {
        return defaultPollStrategy;
    }
}
