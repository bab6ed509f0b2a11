package dev.mediagen.core.wait;

import java.time.Duration;
import java.util.OptionalDouble;

/** A change seen while waiting: the job's status or progress moved. */
public final class JobUpdate {
    private final String jobId;
    private final String status;
    private final String previousStatus;
    private final double progress;
    private final Duration elapsed;
    private final Object job;

    /** Creates an update; {@code progress} is NaN when unknown and {@code previousStatus} null on the first one. */
    public JobUpdate(String jobId, String status, String previousStatus, double progress, Duration elapsed, Object job) {
        this.jobId = jobId;
        this.status = status;
        this.previousStatus = previousStatus;
        this.progress = progress;
        this.elapsed = elapsed;
        this.job = job;
    }

    /** The job's id. */
    public String jobId() {
        return jobId;
    }

    /** The vendor's status now. */
    public String status() {
        return status;
    }

    /** The status before this update, or null for the first observation. */
    public String previousStatus() {
        return previousStatus;
    }

    /** Whether the status changed with this update. */
    public boolean statusChanged() {
        return previousStatus == null || !previousStatus.equals(status);
    }

    /** Progress in percent, when the vendor reports it. */
    public OptionalDouble progress() {
        return Double.isNaN(progress) ? OptionalDouble.empty() : OptionalDouble.of(progress);
    }

    /** Time since the wait began. */
    public Duration elapsed() {
        return elapsed;
    }

    /** The job as the vendor described it (the vendor module's model). */
    public Object job() {
        return job;
    }

    /** The job cast to the vendor module's model type. */
    public <T> T job(Class<T> type) {
        return type.cast(job);
    }

    @Override
    public String toString() {
        return "JobUpdate{" + jobId + " " + previousStatus + " -> " + status
                + (Double.isNaN(progress) ? "" : " " + progress + "%") + " after " + elapsed + "}";
    }
}
