package dev.mediagen.agentmedia;

import dev.mediagen.core.Headers;
import dev.mediagen.core.MalformedResponseException;
import dev.mediagen.core.internal.ApiRuntime;
import dev.mediagen.core.internal.Json;
import dev.mediagen.core.wait.JobType;
import java.io.IOException;
import java.time.Duration;
import java.util.Objects;

/**
 * agent-media's webhook deliveries ({@code job.completed}, {@code job.failed}): parsing, verification of
 * {@code X-AgentMedia-Signature: t=..,v1=..} (HMAC-SHA256 of {@code "<t>.<body>"} with the account's webhook secret),
 * and completion of a pending wait for the same job.
 */
public final class AgentMediaWebhooks {
    /** The signature header. */
    public static final String SIGNATURE_HEADER = "X-AgentMedia-Signature";
    /** The event-type header. */
    public static final String EVENT_HEADER = "X-AgentMedia-Event";
    /** The job-id header. */
    public static final String JOB_ID_HEADER = "X-AgentMedia-Job-Id";
    /** The 1-based attempt header. */
    public static final String ATTEMPT_HEADER = "X-AgentMedia-Attempt";
    /** The default timestamp tolerance (the vendor specifies none). */
    public static final Duration DEFAULT_TOLERANCE = Duration.ofMinutes(5);

    private final ApiRuntime runtime;
    private final JobType<VideoJob> jobType;
    private final String secret;
    private final Duration tolerance;

    AgentMediaWebhooks(ApiRuntime runtime, JobType<VideoJob> jobType, String secret, Duration tolerance) {
        this.runtime = runtime;
        this.jobType = jobType;
        this.secret = secret;
        this.tolerance = tolerance;
    }

    /** Whether a webhook secret is configured, so deliveries are verified. */
    public boolean verifies() {
        return secret != null;
    }

    /** Parses a delivery without verifying it; an unreadable body is a {@link MalformedResponseException}. */
    public WebhookEvent parse(byte[] body) {
        Objects.requireNonNull(body, "body");
        WebhookEvent event;
        try {
            event = Json.snakeCase().readValue(body, WebhookEvent.class);
        } catch (IOException | RuntimeException e) {
            throw new MalformedResponseException("[agentmedia] The webhook body is not an agent-media event: "
                    + e.getClass().getSimpleName());
        }
        if (event == null || event.jobId() == null || event.type() == null) {
            throw new MalformedResponseException("[agentmedia] The webhook body has no event or job_id");
        }
        return event;
    }

    /**
     * Completes a pending wait for the event's job with the job the event describes (for events you verified
     * yourself); returns whether a wait for that job was pending.
     */
    public boolean deliver(WebhookEvent event) {
        Objects.requireNonNull(event, "event");
        return runtime.waiter().deliver(jobType, event.jobId(), event.toJob());
    }

    Duration tolerance() {
        return tolerance;
    }

    String secret() {
        return secret;
    }

    Headers noHeaders() {
        return Headers.empty();
    }
}
