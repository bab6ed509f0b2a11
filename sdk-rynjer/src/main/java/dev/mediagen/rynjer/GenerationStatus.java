package dev.mediagen.rynjer;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.mediagen.core.ExtensibleEnum;
import dev.mediagen.core.wait.JobState;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A generation's status. Rynjer was observed to send {@code pending}, {@code processing} and {@code success};
 * {@code succeeded}, {@code completed}, {@code failed} and a few synonyms are understood too, and any other
 * string is kept as an unknown (still pending) value.
 */
public final class GenerationStatus extends ExtensibleEnum {
    /** Accepted, not started (the status on submit). */
    public static final GenerationStatus PENDING = new GenerationStatus("pending", true);
    /** Waiting in a queue. */
    public static final GenerationStatus QUEUED = new GenerationStatus("queued", true);
    /** Being generated. */
    public static final GenerationStatus PROCESSING = new GenerationStatus("processing", true);
    /** Being generated (synonym). */
    public static final GenerationStatus RUNNING = new GenerationStatus("running", true);
    /** Finished with outputs (the value the live API sends). */
    public static final GenerationStatus SUCCESS = new GenerationStatus("success", true);
    /** Finished with outputs (synonym). */
    public static final GenerationStatus SUCCEEDED = new GenerationStatus("succeeded", true);
    /** Finished with outputs (synonym). */
    public static final GenerationStatus COMPLETED = new GenerationStatus("completed", true);
    /** Finished without outputs. */
    public static final GenerationStatus FAILED = new GenerationStatus("failed", true);
    /** Finished without outputs (synonym). */
    public static final GenerationStatus ERROR = new GenerationStatus("error", true);
    /** Cancelled. */
    public static final GenerationStatus CANCELLED = new GenerationStatus("cancelled", true);

    private static final Map<String, GenerationStatus> KNOWN = index(PENDING, QUEUED, PROCESSING, RUNNING, SUCCESS,
            SUCCEEDED, COMPLETED, FAILED, ERROR, CANCELLED);
    private static final Set<GenerationStatus> SUCCESSES = Set.of(SUCCESS, SUCCEEDED, COMPLETED);
    private static final Set<GenerationStatus> FAILURES = Set.of(FAILED, ERROR);

    private GenerationStatus(String value, boolean known) {
        super(value, known);
    }

    /** The status for a vendor string; {@code canceled} is read as {@link #CANCELLED}. */
    @JsonCreator
    public static GenerationStatus of(String value) {
        String normalized = value.trim().toLowerCase(Locale.ROOT);
        if (normalized.equals("canceled")) {
            return CANCELLED;
        }
        return lookup(KNOWN, normalized, v -> new GenerationStatus(value, false));
    }

    /** Whether the generation finished with outputs. */
    public boolean isSuccess() {
        return SUCCESSES.contains(this);
    }

    /** Whether the generation finished without outputs (failed or cancelled). */
    public boolean isFailure() {
        return FAILURES.contains(this) || this.equals(CANCELLED);
    }

    /** Whether the status will not change any more. */
    public boolean isTerminal() {
        return isSuccess() || isFailure();
    }

    /** Where the status stands for waiting; unknown values count as pending. */
    public JobState state() {
        if (isSuccess()) {
            return JobState.SUCCEEDED;
        }
        if (this.equals(CANCELLED)) {
            return JobState.CANCELLED;
        }
        return FAILURES.contains(this) ? JobState.FAILED : JobState.PENDING;
    }
}
