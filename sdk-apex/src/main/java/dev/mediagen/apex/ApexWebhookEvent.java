package dev.mediagen.apex;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mediagen.core.MalformedResponseException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One Apex webhook delivery: {@code {"event": "job.completed" | "job.failed", "timestamp": ..., "data": job}}.
 *
 * <p><b>Apex does not sign its webhooks</b> (no secret, no signature header, no event id): anyone who learns the URL
 * can post a forged delivery. Treat a delivery as a hint and fetch the job before acting on it:
 * {@link ApexWebhooks#receive(String)} does so for pending waits, {@link ApexWebhooks#confirm(ApexWebhookEvent)} for
 * everything else.
 */
public final class ApexWebhookEvent {
    private final WebhookEventType type;
    private final Instant timestamp;
    private final Job job;
    private final String rawBody;

    private ApexWebhookEvent(WebhookEventType type, Instant timestamp, Job job, String rawBody) {
        this.type = type;
        this.timestamp = timestamp;
        this.job = job;
        this.rawBody = rawBody;
    }

    /**
     * Parses a delivery's body.
     *
     * @throws MalformedResponseException when the body is not an Apex webhook payload
     */
    public static ApexWebhookEvent parse(String body) {
        Objects.requireNonNull(body, "body");
        JsonNode root;
        try {
            root = ApexProfile.PROFILE.json().readTree(body);
        } catch (IOException e) {
            throw new MalformedResponseException("[apex] the webhook body is not JSON: " + firstLine(e.getMessage()));
        }
        if (root == null || !root.isObject() || !root.path("event").isTextual()) {
            throw new MalformedResponseException("[apex] the webhook body has no event");
        }
        JsonNode data = root.path("data");
        if (!data.isObject()) {
            throw new MalformedResponseException("[apex] the webhook body has no data object");
        }
        Job job;
        try {
            job = ApexEnvelope.bind(data, Job.class);
        } catch (RuntimeException e) {
            throw new MalformedResponseException("[apex] the webhook data is not a job: " + e.getMessage());
        }
        if (job.jobId() == null || job.jobId().isBlank()) {
            throw new MalformedResponseException("[apex] the webhook data has no jobId");
        }
        Instant timestamp = null;
        if (root.path("timestamp").isTextual() || root.path("timestamp").isNumber()) {
            try {
                timestamp = ApexEnvelope.bind(root.path("timestamp"), Instant.class);
            } catch (RuntimeException e) {
                timestamp = null;
            }
        }
        return new ApexWebhookEvent(WebhookEventType.of(root.path("event").asText()), timestamp, job, body);
    }

    /** Parses a delivery's body bytes (UTF-8). */
    public static ApexWebhookEvent parse(byte[] body) {
        return parse(new String(Objects.requireNonNull(body, "body"), StandardCharsets.UTF_8));
    }

    /** The event: {@code job.completed}, {@code job.failed}, or a value the SDK does not know. */
    public WebhookEventType type() {
        return type;
    }

    /** When Apex sent the event. */
    public Optional<Instant> timestamp() {
        return Optional.ofNullable(timestamp);
    }

    /** The job as the (unverified) delivery describes it, with type-specific {@link Job#metadata()}. */
    public Job job() {
        return job;
    }

    /** The id of the job the event is about. */
    public String jobId() {
        return job.jobId();
    }

    /** Whether the event says the job completed. */
    public boolean isCompleted() {
        return type.equals(WebhookEventType.JOB_COMPLETED);
    }

    /** Whether the event says the job failed. */
    public boolean isFailed() {
        return type.equals(WebhookEventType.JOB_FAILED);
    }

    /** The body exactly as delivered. */
    public String rawBody() {
        return rawBody;
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "unreadable";
        }
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }

    @Override
    public String toString() {
        return "ApexWebhookEvent{type=" + type + ", jobId=" + jobId() + ", timestamp=" + timestamp + "}";
    }
}
