package dev.mediagen.vap;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/** {@code task.completed}: a task finished with a result and its actual cost was charged. */
public final class TaskCompletedEvent extends WebhookEvent {
    private JobStatus status;
    private MediaResult result;
    private BigDecimal estimatedCost;
    private BigDecimal actualCost;
    private Double durationSeconds;
    private Instant createdAt;
    private Instant completedAt;

    private TaskCompletedEvent() {
    }

    /** The task's status ({@code completed}). */
    public Optional<JobStatus> status() {
        return Optional.ofNullable(status);
    }

    /** The result. */
    public Optional<MediaResult> result() {
        return Optional.ofNullable(result);
    }

    /** The result's URLs, the main media first. */
    public List<String> resultUrls() {
        return result == null ? List.of() : result.urls();
    }

    /** The price quoted at creation. */
    public Optional<BigDecimal> estimatedCost() {
        return Optional.ofNullable(estimatedCost);
    }

    /** The amount charged. */
    public Optional<BigDecimal> actualCost() {
        return Optional.ofNullable(actualCost);
    }

    /** How long the task ran, in seconds. */
    public OptionalDouble durationSeconds() {
        return durationSeconds == null ? OptionalDouble.empty() : OptionalDouble.of(durationSeconds);
    }

    /** When the task was created. */
    public Optional<Instant> createdAt() {
        return Optional.ofNullable(createdAt);
    }

    /** When the task completed. */
    public Optional<Instant> completedAt() {
        return Optional.ofNullable(completedAt);
    }
}
