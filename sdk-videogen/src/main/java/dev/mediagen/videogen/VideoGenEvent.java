package dev.mediagen.videogen;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.mediagen.videogen.model.WebhookEventType;
import java.time.Instant;
import java.util.Optional;

/**
 * A verified VideoGen webhook delivery, parsed: {@link ToolExecutionEvent}, {@link FileEvent},
 * {@link WorkflowRunEvent}, or {@link UnknownEvent} for event names this SDK does not know yet.
 */
public abstract class VideoGenEvent {
    private WebhookEventType event;
    private Instant occurredAt;
    @JsonIgnore
    private String webhookId;
    @JsonIgnore
    private Instant signedAt;
    @JsonIgnore
    private boolean duplicate;

    VideoGenEvent() {
    }

    void envelope(String webhookId, Instant signedAt, boolean duplicate) {
        this.webhookId = webhookId;
        this.signedAt = signedAt;
        this.duplicate = duplicate;
    }

    /** The event's name, e.g. {@code tool_execution.succeeded}. */
    public WebhookEventType type() {
        return event == null ? WebhookEventType.of("") : event;
    }

    /** When the event happened (the terminal state was reached). */
    public Optional<Instant> occurredAt() {
        return Optional.ofNullable(occurredAt);
    }

    /** The delivery's {@code webhook-id}; the same on every retry of one delivery. */
    public String webhookId() {
        return webhookId;
    }

    /** When VideoGen signed this delivery attempt. */
    public Instant signedAt() {
        return signedAt;
    }

    /** Whether this {@code webhook-id} was already handled: answer 2xx and do not process it again. */
    public boolean isDuplicate() {
        return duplicate;
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "{type=" + event + ", webhookId=" + webhookId + ", duplicate=" + duplicate
                + ", occurredAt=" + occurredAt + "}";
    }
}
