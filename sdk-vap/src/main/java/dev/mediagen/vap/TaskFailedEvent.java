package dev.mediagen.vap;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;

/** {@code task.failed}: a task failed after all provider retries; its reservation is refunded. */
public final class TaskFailedEvent extends WebhookEvent {
    private JobStatus status;
    private Failure error;
    private BigDecimal estimatedCost;
    private BigDecimal refundAmount;
    private Integer attempts;
    private Instant createdAt;
    private Instant failedAt;

    private TaskFailedEvent() {
    }

    /** The task's status ({@code failed}). */
    public Optional<JobStatus> status() {
        return Optional.ofNullable(status);
    }

    /** The failure code (e.g. {@code provider_error}). */
    public Optional<String> errorCode() {
        return error == null ? Optional.empty() : Optional.ofNullable(error.code);
    }

    /** The failure message. */
    public Optional<String> errorMessage() {
        return error == null ? Optional.empty() : Optional.ofNullable(error.message);
    }

    /** The price quoted at creation. */
    public Optional<BigDecimal> estimatedCost() {
        return Optional.ofNullable(estimatedCost);
    }

    /** The amount returned to the balance. */
    public Optional<BigDecimal> refundAmount() {
        return Optional.ofNullable(refundAmount);
    }

    /** How many times the provider tried. */
    public OptionalInt attempts() {
        return attempts == null ? OptionalInt.empty() : OptionalInt.of(attempts);
    }

    /** When the task was created. */
    public Optional<Instant> createdAt() {
        return Optional.ofNullable(createdAt);
    }

    /** When the task failed. */
    public Optional<Instant> failedAt() {
        return Optional.ofNullable(failedAt);
    }

    /** The {@code error} object of the event. */
    private static final class Failure {
        private String code;
        private String message;
    }
}
