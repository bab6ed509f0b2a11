package dev.mediagen.vap;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;
import java.util.Optional;

/**
 * A webhook delivery from VAP: {@link TaskCompletedEvent}, {@link TaskFailedEvent}, {@link TaskRefundedEvent}, or
 * {@link UnknownWebhookEvent} for event types the SDK does not know. VAP does not sign its deliveries, so treat an
 * event as a hint and confirm the task's state with the API ({@link VapWebhooks#handle(String)} does).
 */
public abstract class WebhookEvent {
    @JsonIgnore
    private WebhookEventType eventType;
    @JsonIgnore
    private Instant eventTimestamp;
    private String taskId;

    WebhookEvent() {
    }

    final void envelope(WebhookEventType type, Instant timestamp) {
        this.eventType = type;
        this.eventTimestamp = timestamp;
    }

    /** The event type ({@code task.completed}, {@code task.failed}, {@code task.refunded}, or another kept as is). */
    public final WebhookEventType type() {
        return eventType;
    }

    /** When VAP emitted the event. */
    public final Optional<Instant> timestamp() {
        return Optional.ofNullable(eventTimestamp);
    }

    /** The task (or operation) the event is about. */
    public final Optional<String> taskId() {
        return Optional.ofNullable(taskId);
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "{type=" + eventType + ", taskId=" + taskId + "}";
    }
}
