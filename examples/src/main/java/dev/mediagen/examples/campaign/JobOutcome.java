package dev.mediagen.examples.campaign;

import java.util.List;
import java.util.Optional;

/** A finished vendor job: its id, the URLs of its result files, and its cost when the vendor reported one. */
public final class JobOutcome {
    private final String jobId;
    private final List<String> resultUrls;
    private final Cost cost;

    /** Creates the outcome; {@code cost} may be null. */
    public JobOutcome(String jobId, List<String> resultUrls, Cost cost) {
        this.jobId = jobId;
        this.resultUrls = List.copyOf(resultUrls);
        this.cost = cost;
    }

    /** The vendor's job id. */
    public String jobId() {
        return jobId;
    }

    /** The result files' URLs, in order. */
    public List<String> resultUrls() {
        return resultUrls;
    }

    /** The job's cost. */
    public Optional<Cost> cost() {
        return Optional.ofNullable(cost);
    }
}
