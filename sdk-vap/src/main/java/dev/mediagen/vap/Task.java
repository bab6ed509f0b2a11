package dev.mediagen.vap;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A VAP generation task, as {@code POST /v3/tasks} accepted it or {@code GET /v3/tasks/{id}} reports it. Money is in
 * USD; creating a task reserves {@link #estimatedCost()}, completion charges {@link #actualCost()}, failure refunds.
 */
public final class Task {
    private String taskId;
    private JobStatus status;
    private TaskType type;
    private String priority;
    private Instant createdAt;
    private Instant completedAt;
    private BigDecimal estimatedCost;
    private BigDecimal reservedAmount;
    private BigDecimal actualCost;
    private MediaResult result;
    private String statusMessage;
    private String errorMessage;
    private String message;

    private Task() {
    }

    /** The task's id (a UUID). */
    public String id() {
        return taskId;
    }

    /** The status; unknown values are kept. */
    public JobStatus status() {
        return status;
    }

    /** The task type. */
    public Optional<TaskType> type() {
        return Optional.ofNullable(type);
    }

    /** The scheduling priority (e.g. {@code normal}). */
    public Optional<String> priority() {
        return Optional.ofNullable(priority);
    }

    /** When the task was created. */
    public Optional<Instant> createdAt() {
        return Optional.ofNullable(createdAt);
    }

    /** When the task finished. */
    public Optional<Instant> completedAt() {
        return Optional.ofNullable(completedAt);
    }

    /** The price quoted when the task was accepted. */
    public Optional<BigDecimal> estimatedCost() {
        return Optional.ofNullable(estimatedCost);
    }

    /** The amount reserved from the balance at creation. */
    public Optional<BigDecimal> reservedAmount() {
        return Optional.ofNullable(reservedAmount);
    }

    /** The amount charged, once the task completed. */
    public Optional<BigDecimal> actualCost() {
        return Optional.ofNullable(actualCost);
    }

    /** The result of a completed task. */
    public Optional<MediaResult> result() {
        return Optional.ofNullable(result);
    }

    /** Every result URL of a completed task, the main media first (empty before completion). */
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

    /** Why the task failed. */
    public Optional<String> errorMessage() {
        return Optional.ofNullable(errorMessage);
    }

    /** The message of the create response (e.g. "Task accepted, balance reserved"). */
    public Optional<String> message() {
        return Optional.ofNullable(message);
    }

    /** Whether the task will not change any more. */
    public boolean isTerminal() {
        return status.isTerminal();
    }

    boolean isValid() {
        return taskId != null && !taskId.isBlank() && status != null;
    }

    @Override
    public String toString() {
        return "Task{id=" + taskId + ", status=" + status + ", type=" + type + ", estimatedCost=" + estimatedCost
                + ", actualCost=" + actualCost + ", result=" + result
                + (errorMessage == null ? "" : ", error=" + errorMessage)
                + "}";
    }
}
