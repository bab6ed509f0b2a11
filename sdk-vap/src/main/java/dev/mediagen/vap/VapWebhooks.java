package dev.mediagen.vap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.mediagen.core.MalformedResponseException;
import dev.mediagen.core.internal.ApiRuntime;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Objects;

/**
 * Reads VAP's webhook deliveries ({@code {event, timestamp, data}}) sent to a task's {@code callback_url}.
 *
 * <p>VAP does not sign deliveries, so anyone who knows the URL can post one. {@link #handle(String)} therefore never
 * trusts the payload to finish a wait: it makes the pending wait for that task poll VAP at once, and the wait
 * completes with the state VAP reports.
 */
public final class VapWebhooks {
    private final ApiRuntime runtime;
    private final VapJobs jobs;

    VapWebhooks(ApiRuntime runtime, VapJobs jobs) {
        this.runtime = runtime;
        this.jobs = jobs;
    }

    /**
     * Parses a delivery's body.
     *
     * @throws MalformedResponseException when the body is not a VAP event
     */
    public WebhookEvent parse(String payload) {
        Objects.requireNonNull(payload, "payload");
        return parse(payload.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Parses a delivery's raw body.
     *
     * @throws MalformedResponseException when the body is not a VAP event
     */
    public WebhookEvent parse(byte[] payload) {
        Objects.requireNonNull(payload, "payload");
        ObjectMapper mapper = runtime.profile().json();
        try {
            JsonNode root = mapper.readTree(payload);
            if (root == null || !root.isObject() || !root.path("event").isTextual()) {
                throw new MalformedResponseException("[vap] webhook payload is not a VAP event (no \"event\" field)");
            }
            WebhookEventType type = WebhookEventType.of(root.get("event").asText());
            JsonNode data = root.path("data").isObject() ? root.get("data") : JsonNodeFactory.instance.objectNode();
            WebhookEvent event = mapper.treeToValue(data, eventClass(type));
            Instant timestamp = root.path("timestamp").isMissingNode() || root.path("timestamp").isNull() ? null
                    : mapper.treeToValue(root.get("timestamp"), Instant.class);
            event.envelope(type, timestamp);
            return event;
        } catch (MalformedResponseException e) {
            throw e;
        } catch (Exception e) {
            throw new MalformedResponseException("[vap] webhook payload could not be read: " + firstLine(e.getMessage()));
        }
    }

    /**
     * Parses a delivery and, when a wait for its task (or operation) is pending on this client, makes that wait poll
     * VAP now, so it completes without waiting for its next scheduled poll. Returns the parsed event.
     *
     * @throws MalformedResponseException when the body is not a VAP event
     */
    public WebhookEvent handle(String payload) {
        WebhookEvent event = parse(payload);
        event.taskId().ifPresent(id -> {
            if (!runtime.waiter().pollNow(jobs.tasks, id)) {
                runtime.waiter().pollNow(jobs.operations, id);
            }
        });
        return event;
    }

    private static Class<? extends WebhookEvent> eventClass(WebhookEventType type) {
        if (type.equals(WebhookEventType.TASK_COMPLETED)) {
            return TaskCompletedEvent.class;
        }
        if (type.equals(WebhookEventType.TASK_FAILED)) {
            return TaskFailedEvent.class;
        }
        if (type.equals(WebhookEventType.TASK_REFUNDED)) {
            return TaskRefundedEvent.class;
        }
        return UnknownWebhookEvent.class;
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "unreadable";
        }
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }
}
