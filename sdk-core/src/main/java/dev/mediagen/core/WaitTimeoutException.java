package dev.mediagen.core;

import java.time.Duration;
import java.util.Optional;

/** A wait reached its deadline before the job finished. The job itself keeps running at the vendor. */
public class WaitTimeoutException extends MediaGenException {
    private static final long serialVersionUID = 1L;

    private final String jobId;
    private final transient Object lastSeen;

    /** Creates the exception for a job, the wait's length and the last state seen (may be null). */
    public WaitTimeoutException(String jobId, Duration waited, Object lastSeen) {
        super("Job " + jobId + " did not finish within " + waited);
        this.jobId = jobId;
        this.lastSeen = lastSeen;
    }

    /** The vendor's id of the job. */
    public String jobId() {
        return jobId;
    }

    /** The last state observed before the deadline, if any poll succeeded. */
    public Optional<Object> lastSeen() {
        return Optional.ofNullable(lastSeen);
    }
}
