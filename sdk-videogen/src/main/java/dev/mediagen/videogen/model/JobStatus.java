package dev.mediagen.videogen.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.mediagen.core.ExtensibleEnum;
import java.util.Map;

/** The status of a tool execution, workflow run, remix action or project export. Unknown values are kept, never rejected. */
public final class JobStatus extends ExtensibleEnum {
    /** {@code pending}. */
    public static final JobStatus PENDING = new JobStatus("pending", true);
    /** {@code running}. */
    public static final JobStatus RUNNING = new JobStatus("running", true);
    /** {@code succeeded}. */
    public static final JobStatus SUCCEEDED = new JobStatus("succeeded", true);
    /** {@code failed}. */
    public static final JobStatus FAILED = new JobStatus("failed", true);
    /** {@code cancelled}. */
    public static final JobStatus CANCELLED = new JobStatus("cancelled", true);

    private static final Map<String, JobStatus> KNOWN = index(PENDING, RUNNING, SUCCEEDED, FAILED, CANCELLED);

    private JobStatus(String value, boolean known) {
        super(value, known);
    }

    /** The constant for {@code value}, or an unknown value that keeps the string. */
    @JsonCreator
    public static JobStatus of(String value) {
        return lookup(KNOWN, value, v -> new JobStatus(v, false));
    }

    /** Whether the status is final ({@code succeeded}, {@code failed} or {@code cancelled}). */
    public boolean isTerminal() {
        return equals(SUCCEEDED) || equals(FAILED) || equals(CANCELLED);
    }
}
