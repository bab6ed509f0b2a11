package dev.mediagen.apex;

import dev.mediagen.core.Futures;
import dev.mediagen.core.RequestOptions;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * Receives Apex's webhook deliveries ({@code job.completed}, {@code job.failed}) sent to the account's webhook URL
 * (set with {@link ApexAccountService#setWebhookUrl(String)}; Apex retries a failed delivery after 10 s, 60 s and
 * 300 s and expects a 2xx answer within 10 s).
 *
 * <p><b>Apex does not sign webhooks</b>, so a delivery cannot be verified and must not be trusted on its own. The
 * safe pattern is to use a delivery only as a hint and re-fetch the job: {@link #receive(String)} parses the body
 * and makes a pending wait poll the job now, so the wait completes with the state Apex's API reports (a forged
 * "completed" delivery cannot complete it); {@link #confirm(ApexWebhookEvent)} fetches the job for handlers that have
 * no pending wait. Answer the delivery with 2xx quickly and do the work asynchronously.
 */
public final class ApexWebhooks {
    private final ApexJobService jobs;

    ApexWebhooks(ApexJobService jobs) {
        this.jobs = jobs;
    }

    /**
     * Parses a delivery and, when this client is waiting for its job, polls the job now so the wait completes from
     * the API's answer rather than from the unsigned delivery.
     *
     * @throws dev.mediagen.core.MalformedResponseException when the body is not an Apex webhook payload
     */
    public ApexWebhookEvent receive(String body) {
        ApexWebhookEvent event = ApexWebhookEvent.parse(body);
        jobs.pollNow(event.jobId());
        return event;
    }

    /** Like {@link #receive(String)} for the body bytes (UTF-8). */
    public ApexWebhookEvent receive(byte[] body) {
        return receive(new String(Objects.requireNonNull(body, "body"), java.nio.charset.StandardCharsets.UTF_8));
    }

    /** Fetches the job a delivery is about: the authoritative state to act on. */
    public Job confirm(ApexWebhookEvent event) {
        return confirm(event, RequestOptions.none());
    }

    /** Fetches the job a delivery is about, with per-call options. */
    public Job confirm(ApexWebhookEvent event, RequestOptions options) {
        return Futures.join(confirmAsync(event, options));
    }

    /** Fetches the job a delivery is about, asynchronously. */
    public CompletableFuture<Job> confirmAsync(ApexWebhookEvent event) {
        return confirmAsync(event, RequestOptions.none());
    }

    /** Fetches the job a delivery is about, asynchronously, with per-call options. */
    public CompletableFuture<Job> confirmAsync(ApexWebhookEvent event, RequestOptions options) {
        Objects.requireNonNull(event, "event");
        return jobs.getAsync(event.jobId(), options);
    }
}
