package dev.mediagen.vap;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.mediagen.core.ExtensibleEnum;
import java.util.Map;

/**
 * The status of a VAP task or operation: {@code pending}, {@code queued}, {@code executing} and {@code processing}
 * while it runs, {@code completed} or {@code failed} at the end. Unknown values are kept and count as still running.
 */
public final class JobStatus extends ExtensibleEnum {
    /** Accepted, balance reserved. */
    public static final JobStatus PENDING = new JobStatus("pending", true);
    /** Waiting for a worker. */
    public static final JobStatus QUEUED = new JobStatus("queued", true);
    /** Sent to the provider. */
    public static final JobStatus EXECUTING = new JobStatus("executing", true);
    /** Being generated or post-processed. */
    public static final JobStatus PROCESSING = new JobStatus("processing", true);
    /** Finished with a result; the actual cost was charged. */
    public static final JobStatus COMPLETED = new JobStatus("completed", true);
    /** Failed after the provider's retries; the reservation is refunded. */
    public static final JobStatus FAILED = new JobStatus("failed", true);
    /**
     * Refunded after a failure. VAP names it only as a webhook event ({@code task.refunded}); should a task ever
     * report it as its status, the SDK treats it as failed.
     */
    public static final JobStatus REFUNDED = new JobStatus("refunded", true);

    private static final Map<String, JobStatus> KNOWN = index(PENDING, QUEUED, EXECUTING, PROCESSING, COMPLETED, FAILED,
            REFUNDED);

    private JobStatus(String value, boolean known) {
        super(value, known);
    }

    /** The constant for {@code value}, or an unknown value that keeps the string. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static JobStatus of(String value) {
        return lookup(KNOWN, value, v -> new JobStatus(v, false));
    }

    /** Whether the job finished with a result. */
    public boolean isCompleted() {
        return equals(COMPLETED);
    }

    /** Whether the job ended without a result. */
    public boolean isFailed() {
        return equals(FAILED) || equals(REFUNDED);
    }

    /** Whether the job will not change any more. */
    public boolean isTerminal() {
        return isCompleted() || isFailed();
    }
}
