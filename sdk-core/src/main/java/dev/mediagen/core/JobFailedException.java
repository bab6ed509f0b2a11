package dev.mediagen.core;

/** A job reached a failed (or vendor-cancelled) terminal state; {@link #job()} is its last observed state. */
public class JobFailedException extends MediaGenException {
    private static final long serialVersionUID = 1L;

    private final String jobId;
    private final transient Object job;

    /** Creates the exception for a job and its final state. */
    public JobFailedException(String message, String jobId, Object job, ErrorDetails details) {
        super(message, details, null);
        this.jobId = jobId;
        this.job = job;
    }

    /** The vendor's id of the job. */
    public String jobId() {
        return jobId;
    }

    /** The job as last observed (the vendor module's model type). */
    public Object job() {
        return job;
    }

    /** The job, cast to the vendor module's model type. */
    public <T> T job(Class<T> type) {
        return type.cast(job);
    }
}
