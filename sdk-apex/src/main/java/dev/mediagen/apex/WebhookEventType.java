package dev.mediagen.apex;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.mediagen.core.ExtensibleEnum;
import java.util.Map;

/** The {@code event} of an Apex webhook delivery; unknown events are kept as unknown values. */
public final class WebhookEventType extends ExtensibleEnum {
    /** A job completed with output. */
    public static final WebhookEventType JOB_COMPLETED = new WebhookEventType("job.completed", true);
    /** A job failed; its credits were refunded. */
    public static final WebhookEventType JOB_FAILED = new WebhookEventType("job.failed", true);

    private static final Map<String, WebhookEventType> KNOWN = index(JOB_COMPLETED, JOB_FAILED);

    private WebhookEventType(String value, boolean known) {
        super(value, known);
    }

    /** The event type for a vendor string. */
    @JsonCreator
    public static WebhookEventType of(String value) {
        return lookup(KNOWN, value, v -> new WebhookEventType(v, false));
    }
}
