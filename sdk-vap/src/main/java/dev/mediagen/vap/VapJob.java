package dev.mediagen.vap;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What VAP's tasks and operations have in common: status, timestamps, the money reserved, quoted and charged
 * (USD), the result and the messages.
 */
public abstract class VapJob {
    private JobStatus status;
    private Instant createdAt;
    private Instant completedAt;
    private BigDecimal estimatedCost;
    private BigDecimal reservedAmount;
    private BigDecimal actualCost;
    private MediaResult result;
    private String statusMessage;
    private String errorMessage;
    private String message;

    VapJob() {
    }

    /** The job's id (a UUID). */
    public abstract String id();

    /** The status; unknown values are kept. */
    public JobStatus status() {
        return status;
    }

    /** When the job was created. */
    public Optional<Instant> createdAt() {
        return Optional.ofNullable(createdAt);
    }

    /** When the job finished. */
    public Optional<Instant> completedAt() {
        return Optional.ofNullable(completedAt);
    }

    /** The price quoted when the job was accepted. */
    public Optional<BigDecimal> estimatedCost() {
        return Optional.ofNullable(estimatedCost);
    }

    /** The amount reserved from the balance at creation. */
    public Optional<BigDecimal> reservedAmount() {
        return Optional.ofNullable(reservedAmount);
    }

    /** The amount charged, once the job completed. */
    public Optional<BigDecimal> actualCost() {
        return Optional.ofNullable(actualCost);
    }

    /** The result of a completed job. */
    public Optional<MediaResult> result() {
        return Optional.ofNullable(result);
    }

    /** Every result URL of a completed job, the main media first (empty before completion). */
    public List<String> resultUrls() {
        return result == null ? List.of() : result.urls();
    }

    /** The main result URL of a completed job (the first of {@link #resultUrls()}). */
    public Optional<String> resultUrl() {
        return result == null ? Optional.empty() : result.primaryUrl();
    }

    /** VAP's description of the current status. */
    public Optional<String> statusMessage() {
        return Optional.ofNullable(statusMessage);
    }

    /** Why the job failed. */
    public Optional<String> errorMessage() {
        return Optional.ofNullable(errorMessage);
    }

    /** The message of the create response (e.g. "Task accepted, balance reserved"). */
    public Optional<String> message() {
        return Optional.ofNullable(message);
    }

    /** Whether the job will not change any more. */
    public boolean isTerminal() {
        return status.isTerminal();
    }

    boolean isValid() {
        return id() != null && !id().isBlank() && status != null;
    }

    String describe() {
        return "id=" + id() + ", status=" + status + ", estimatedCost=" + estimatedCost + ", actualCost=" + actualCost
                + ", result=" + result + (errorMessage == null ? "" : ", error=" + errorMessage);
    }
}
