package dev.mediagen.vap;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.mediagen.core.ExtensibleEnum;
import java.util.Map;

/**
 * The kind of a webhook delivery.
 * Unknown values are kept ({@link #isKnown()} false), never an error.
 */
public final class WebhookEventType extends ExtensibleEnum {
    /** A task finished with a result. */
    public static final WebhookEventType TASK_COMPLETED = new WebhookEventType("task.completed", true);
    /** A task failed after all retries; its reservation is refunded. */
    public static final WebhookEventType TASK_FAILED = new WebhookEventType("task.failed", true);
    /** The reservation of a failed task went back to the balance. */
    public static final WebhookEventType TASK_REFUNDED = new WebhookEventType("task.refunded", true);

    private static final Map<String, WebhookEventType> KNOWN = index(TASK_COMPLETED, TASK_FAILED, TASK_REFUNDED);

    private WebhookEventType(String value, boolean known) {
        super(value, known);
    }

    /** The constant for {@code value}, or an unknown value that keeps the string. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static WebhookEventType of(String value) {
        return lookup(KNOWN, value, v -> new WebhookEventType(v, false));
    }
}
