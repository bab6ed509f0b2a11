package dev.mediagen.agentmedia;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The answer to a cancel: {@code {canceled, jobId, credits_refunded, refund_pending}}. When the refund could not
 * be made at once, {@link #refundPending()} is true and the API retries it automatically.
 */
public final class VideoCancellation {
    private Boolean canceled;
    @JsonProperty("jobId")
    @JsonAlias("job_id")
    private String jobId;
    private Long creditsRefunded;
    private Boolean refundPending;

    private VideoCancellation() {
    }

    /** Whether the job was cancelled. */
    public boolean canceled() {
        return Boolean.TRUE.equals(canceled);
    }

    /** The cancelled job's id. */
    public String jobId() {
        return jobId;
    }

    /** The credits given back. */
    public long creditsRefunded() {
        return creditsRefunded == null ? 0 : creditsRefunded;
    }

    /** Whether the refund is still pending (the API retries it automatically). */
    public boolean refundPending() {
        return Boolean.TRUE.equals(refundPending);
    }

    @Override
    public String toString() {
        return "VideoCancellation{canceled=" + canceled + ", jobId=" + jobId + ", creditsRefunded=" + creditsRefunded
                + ", refundPending=" + refundPending + "}";
    }
}
