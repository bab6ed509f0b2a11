package dev.mediagen.agentmedia;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.mediagen.core.ExtensibleEnum;
import java.util.Map;

/** The kind of a webhook delivery; unknown kinds are kept as they are. */
public final class WebhookEventType extends ExtensibleEnum {
    /** A job finished with a video. */
    public static final WebhookEventType JOB_COMPLETED = new WebhookEventType("job.completed", true);
    /** A job failed (credits are refunded). */
    public static final WebhookEventType JOB_FAILED = new WebhookEventType("job.failed", true);

    private static final Map<String, WebhookEventType> KNOWN = index(JOB_COMPLETED, JOB_FAILED);

    private WebhookEventType(String value, boolean known) {
        super(value, known);
    }

    /** The event type named {@code value}; unknown values are kept as they are. */
    @JsonCreator
    public static WebhookEventType of(String value) {
        return lookup(KNOWN, value, v -> new WebhookEventType(v, false));
    }
}
