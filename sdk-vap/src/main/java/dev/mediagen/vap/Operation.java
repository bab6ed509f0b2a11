package dev.mediagen.vap;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A VAP media operation (inpaint, ai_edit, background_remove, upscale, video_trim, video_merge), as
 * {@code POST /v3/operations} accepted it or {@code GET /v3/operations/{id}} reports it.
 */
public final class Operation {
    private String operationId;
    private OperationType operation;
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

    private Operation() {
    }

    /** The operation's id (a UUID). */
    public String id() {
        return operationId;
    }

    /** Which operation this is. */
    public Optional<OperationType> operation() {
        return Optional.ofNullable(operation);
    }

    /** The status; unknown values are kept. */
    public JobStatus status() {
        return status;
    }

    /** When the operation was created. */
    public Optional<Instant> createdAt() {
        return Optional.ofNullable(createdAt);
    }

    /** When the operation finished. */
    public Optional<Instant> completedAt() {
        return Optional.ofNullable(completedAt);
    }

    /** The price quoted when the operation was accepted. */
    public Optional<BigDecimal> estimatedCost() {
        return Optional.ofNullable(estimatedCost);
    }

    /** The amount reserved from the balance at creation. */
    public Optional<BigDecimal> reservedAmount() {
        return Optional.ofNullable(reservedAmount);
    }

    /** The amount charged, once the operation completed. */
    public Optional<BigDecimal> actualCost() {
        return Optional.ofNullable(actualCost);
    }

    /** The result of a completed operation. */
    public Optional<MediaResult> result() {
        return Optional.ofNullable(result);
    }

    /** Every result URL of a completed operation, the main media first. */
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

    /** Why the operation failed. */
    public Optional<String> errorMessage() {
        return Optional.ofNullable(errorMessage);
    }

    /** The message of the create response (e.g. "Operation accepted, balance reserved"). */
    public Optional<String> message() {
        return Optional.ofNullable(message);
    }

    /** Whether the operation will not change any more. */
    public boolean isTerminal() {
        return status.isTerminal();
    }

    boolean isValid() {
        return operationId != null && !operationId.isBlank() && status != null;
    }

    @Override
    public String toString() {
        return "Operation{id=" + operationId + ", operation=" + operation + ", status=" + status + ", estimatedCost="
                + estimatedCost + ", result=" + result + (errorMessage == null ? "" : ", error=" + errorMessage) + "}";
    }
}
