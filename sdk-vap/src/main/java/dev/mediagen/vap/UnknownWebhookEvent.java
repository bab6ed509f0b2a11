package dev.mediagen.vap;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** An event type the SDK does not know; its {@code data} is kept as plain JSON values. */
public final class UnknownWebhookEvent extends WebhookEvent {
    @JsonAnySetter
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    private final Map<String, Object> data = new LinkedHashMap<>();

    private UnknownWebhookEvent() {
    }

    /** The event's {@code data} object as VAP sent it (the task id is also in {@link #taskId()}). */
    public Map<String, Object> data() {
        return Collections.unmodifiableMap(data);
    }
}
