package dev.mediagen.apex;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.mediagen.core.ExtensibleEnum;
import dev.mediagen.core.wait.JobState;
import java.util.Map;

/**
 * A job's status. Apex documents {@code queued} (on create), {@code completed} and {@code failed}; every other value
 * (such as {@code processing}) is kept and means the job is still in progress.
 */
public final class JobStatus extends ExtensibleEnum {
    /** Accepted and waiting (the status a create returns). */
    public static final JobStatus QUEUED = new JobStatus("queued", true);
    /** Being generated (not documented; observed from the simulator and treated as in progress). */
    public static final JobStatus PROCESSING = new JobStatus("processing", true);
    /** Finished with output. */
    public static final JobStatus COMPLETED = new JobStatus("completed", true);
    /** Finished without output; the credits were refunded. */
    public static final JobStatus FAILED = new JobStatus("failed", true);

    private static final Map<String, JobStatus> KNOWN = index(QUEUED, PROCESSING, COMPLETED, FAILED);

    private JobStatus(String value, boolean known) {
        super(value, known);
    }

    /** The status for a vendor string. */
    @JsonCreator
    public static JobStatus of(String value) {
        return lookup(KNOWN, value, v -> new JobStatus(v, false));
    }

    /** Whether the job finished with output. */
    public boolean isCompleted() {
        return this.equals(COMPLETED);
    }

    /** Whether the job failed. */
    public boolean isFailed() {
        return this.equals(FAILED);
    }

    /** Whether the status will not change any more. */
    public boolean isTerminal() {
        return isCompleted() || isFailed();
    }

    /** Where the status stands for waiting: anything but completed and failed is pending. */
    public JobState state() {
        if (isCompleted()) {
            return JobState.SUCCEEDED;
        }
        return isFailed() ? JobState.FAILED : JobState.PENDING;
    }
}
