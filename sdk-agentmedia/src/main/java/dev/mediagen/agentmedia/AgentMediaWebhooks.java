package dev.mediagen.agentmedia;

import dev.mediagen.core.Headers;
import dev.mediagen.core.MalformedResponseException;
import dev.mediagen.core.internal.ApiRuntime;
import dev.mediagen.core.internal.Json;
import dev.mediagen.core.wait.JobType;
import dev.mediagen.core.webhook.ReplayGuard;
import dev.mediagen.core.webhook.TimestampHmacVerifier;
import dev.mediagen.core.webhook.WebhookVerificationException;
import java.io.IOException;
import java.time.Duration;
import java.util.Objects;

/**
 * agent-media's webhook deliveries ({@code job.completed}, {@code job.failed}): parsing, verification of
 * {@code X-AgentMedia-Signature: t=..,v1=..} (HMAC-SHA256 of {@code "<t>.<body>"} with the account's webhook
 * secret, a timestamp tolerance and replay protection), and completion of a pending wait for the same job.
 *
 * <p>The vendor does not reliably redeliver failed webhooks, so waits keep polling as well; whichever sees the
 * end first completes the future.
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
    private final TimestampHmacVerifier verifier;

    AgentMediaWebhooks(ApiRuntime runtime, JobType<VideoJob> jobType, String secret, Duration tolerance) {
        this.runtime = runtime;
        this.jobType = jobType;
        this.verifier = secret == null ? null : TimestampHmacVerifier.builder()
                .secret(secret)
                .headerName(SIGNATURE_HEADER)
                .tolerance(tolerance)
                .clock(runtime.scheduler().clock())
                .replayGuard(new ReplayGuard(tolerance.multipliedBy(2), 100_000, runtime.scheduler().clock()))
                .build();
    }

    /** Whether a webhook secret is configured, so deliveries are verified. */
    public boolean verifies() {
        return verifier != null;
    }

    /**
     * Verifies a delivery's signature, timestamp and freshness, then parses it. Throws
     * {@link WebhookVerificationException} when it is not authentic or no secret is configured.
     */
    public WebhookEvent verify(Headers headers, byte[] body) {
        Objects.requireNonNull(headers, "headers");
        Objects.requireNonNull(body, "body");
        if (verifier == null) {
            throw new WebhookVerificationException("no webhook secret configured: set webhookSecret(...) on the"
                    + " client builder or AGENTMEDIA_WEBHOOK_SECRET");
        }
        verifier.verify(headers, body);
        return parse(body);
    }

    /**
     * Handles a delivery and returns its event. With a secret configured it is verified and a pending wait for
     * the job completes with the job it describes; without one it is only a hint, so the pending wait polls the
     * job at once and trusts what the API says.
     */
    public WebhookEvent handle(Headers headers, byte[] body) {
        if (verifier == null) {
            WebhookEvent event = parse(body);
            runtime.waiter().pollNow(jobType, event.jobId());
            return event;
        }
        WebhookEvent event = verify(headers, body);
        deliver(event);
        return event;
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

    @Override
    public String toString() {
        return "AgentMediaWebhooks{verifies=" + verifies() + "}";
    }
}
