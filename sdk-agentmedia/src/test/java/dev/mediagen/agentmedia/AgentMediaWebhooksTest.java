package dev.mediagen.agentmedia;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mediagen.core.Headers;
import dev.mediagen.core.JobFailedException;
import dev.mediagen.core.MalformedResponseException;
import dev.mediagen.core.time.VirtualScheduler;
import dev.mediagen.core.webhook.TimestampHmacVerifier;
import dev.mediagen.core.webhook.WebhookVerificationException;
import dev.mediagen.testkit.AgentMediaSimulator;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Parsing and verifying deliveries, and a delivery completing a pending wait. */
class AgentMediaWebhooksTest {
    private static final String SECRET = "3f".repeat(32);
    private static final Instant NOW = AgentMediaSimulator.DEFAULT_START;
    private static final String COMPLETED = "{\"event\":\"job.completed\",\"job_id\":\"job-1\",\"user_id\":\"u-1\","
            + "\"operation\":\"ugc_video\",\"status\":\"completed\",\"credits_deducted\":300,\"duration_seconds\":10,"
            + "\"created_at\":\"2026-03-20T14:30:00.000Z\",\"completed_at\":\"2026-03-20T14:32:15.000Z\","
            + "\"video_url\":\"https://pub-xxx.r2.dev/videos/job-1.mp4\",\"thumbnail_url\":\"https://pub-xxx.r2.dev/t.png\"}";

    @StartStop
    final MockWebServer receiver = new MockWebServer();

    private VirtualScheduler scheduler;
    private AgentMediaSimulator sim;
    private AgentMediaClient client;

    @AfterEach
    void tearDown() {
        if (client != null) {
            client.close();
        }
        if (sim != null) {
            sim.close();
        }
        if (scheduler != null) {
            scheduler.close();
        }
    }

    private AgentMediaClient client(String secret) {
        scheduler = VirtualScheduler.manual(NOW);
        AgentMediaClient.Builder builder = AgentMediaClient.builder().baseUrl("http://127.0.0.1:9/api/v1")
                .apiKey("ma_x").scheduler(scheduler);
        if (secret != null) {
            builder.webhookSecret(secret);
        }
        client = builder.build();
        return client;
    }

    private static Headers signed(String body, long timestamp) {
        return Headers.of("X-AgentMedia-Signature", TimestampHmacVerifier.sign(SECRET, timestamp,
                body.getBytes(StandardCharsets.UTF_8)), "X-AgentMedia-Event", "job.completed");
    }

    @Test
    void aSignedDeliveryIsVerifiedAndParsed() {
        AgentMediaWebhooks webhooks = client(SECRET).webhooks();

        WebhookEvent event = webhooks.verify(signed(COMPLETED, NOW.getEpochSecond() - 30),
                COMPLETED.getBytes(StandardCharsets.UTF_8));

        assertThat(webhooks.verifies()).isTrue();
        assertThat(event.type()).isEqualTo(WebhookEventType.JOB_COMPLETED);
        assertThat(event.jobId()).isEqualTo("job-1");
        assertThat(event.userId()).hasValue("u-1");
        assertThat(event.status()).isEqualTo(VideoStatus.COMPLETED);
        assertThat(event.creditsDeducted()).hasValue(300);
        assertThat(event.completedAt()).hasValue(Instant.parse("2026-03-20T14:32:15Z"));
        assertThat(event.videoUrl()).hasValue("https://pub-xxx.r2.dev/videos/job-1.mp4");
        VideoJob job = event.toJob();
        assertThat(job.outputUrl()).hasValue("https://pub-xxx.r2.dev/videos/job-1.mp4");
        assertThat(job.thumbnailUrl()).hasValue("https://pub-xxx.r2.dev/t.png");
        assertThat(webhooks.toString()).doesNotContain(SECRET);
    }

    @Test
    void forgedStaleReplayedOrUnsignedDeliveriesAreRejected() {
        AgentMediaWebhooks webhooks = client(SECRET).webhooks();
        byte[] body = COMPLETED.getBytes(StandardCharsets.UTF_8);
        byte[] tampered = COMPLETED.replace("300", "3").getBytes(StandardCharsets.UTF_8);
        Headers fresh = signed(COMPLETED, NOW.getEpochSecond());

        assertThatThrownBy(() -> webhooks.verify(fresh, tampered)).isInstanceOf(WebhookVerificationException.class);
        assertThatThrownBy(() -> webhooks.verify(Headers.of("X-AgentMedia-Signature", TimestampHmacVerifier.sign(
                "other", NOW.getEpochSecond(), body)), body)).isInstanceOf(WebhookVerificationException.class);
        assertThatThrownBy(() -> webhooks.verify(signed(COMPLETED, NOW.getEpochSecond() - 301), body))
                .isInstanceOf(WebhookVerificationException.class);
        assertThatThrownBy(() -> webhooks.verify(Headers.empty(), body))
                .isInstanceOf(WebhookVerificationException.class).hasMessageContaining("X-AgentMedia-Signature");
        webhooks.verify(fresh, body);
        assertThatThrownBy(() -> webhooks.verify(fresh, body))
                .isInstanceOf(WebhookVerificationException.class).hasMessageContaining("already delivered");
    }

    @Test
    void bodiesThatAreNotEventsAreMalformedAndUnknownEventsParse() {
        AgentMediaWebhooks webhooks = client(null).webhooks();

        assertThatThrownBy(() -> webhooks.parse("<html/>".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(MalformedResponseException.class);
        assertThatThrownBy(() -> webhooks.parse("{\"event\":\"job.completed\"}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(MalformedResponseException.class);
        WebhookEvent future = webhooks.parse("{\"event\":\"job.progress\",\"job_id\":\"j\",\"progress\":50}"
                .getBytes(StandardCharsets.UTF_8));
        assertThat(future.type().isKnown()).isFalse();
        assertThat(future.status()).isEqualTo(VideoStatus.PENDING);
        assertThat(webhooks.verifies()).isFalse();
        assertThatThrownBy(() -> webhooks.verify(Headers.empty(), new byte[0]))
                .isInstanceOf(WebhookVerificationException.class).hasMessageContaining("no webhook secret");
    }

    private void startSimulatorWithWebhooks() {
        sim = new AgentMediaSimulator().start();
        sim.webhookUrl(receiver.url("/hooks/agentmedia").toString());
        receiver.enqueue(new MockResponse.Builder().code(204).build());
    }

    private AgentMediaClient clientOf(AgentMediaSimulator simulator, String secret) {
        scheduler = VirtualScheduler.manual(NOW);
        AgentMediaClient.Builder builder = AgentMediaClient.builder().baseUrl(simulator.apiBaseUrl())
                .apiKey(simulator.apiKey()).scheduler(scheduler);
        if (secret != null) {
            builder.webhookSecret(secret);
        }
        client = builder.build();
        return client;
    }

    /** Waits (bounded, without sleeping) until the first poll was answered and the next one is on the scheduler. */
    private void awaitNextPollScheduled() {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (scheduler.pendingTasks() == 0 || sim.requestCount("GET", "/api/v1/videos/") == 0) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the first poll never finished");
            }
            Thread.onSpinWait();
        }
    }

    private static Headers headersOf(RecordedRequest request) {
        return Headers.of(request.getHeaders().toMultimap());
    }

    @Test
    void aSignedWebhookCompletesThePendingWaitWithoutAnotherPoll() throws Exception {
        startSimulatorWithWebhooks();
        clientOf(sim, sim.webhookSecret());
        String jobId = client.videos().create(VideoCreateParams.script(VideoCreateParamsTest.SCRIPT).build()).jobId();
        CompletableFuture<VideoJob> future = client.videos().waitForAsync(jobId);

        sim.advance(Duration.ofSeconds(50));
        RecordedRequest delivery = receiver.takeRequest(10, TimeUnit.SECONDS);
        WebhookEvent event = client.webhooks().handle(headersOf(delivery), delivery.getBody().toByteArray());

        VideoJob done = future.get(10, TimeUnit.SECONDS);
        assertThat(event.jobId()).isEqualTo(jobId);
        assertThat(done.id()).isEqualTo(jobId);
        assertThat(done.status()).isEqualTo(VideoStatus.COMPLETED);
        assertThat(done.outputUrl()).hasValue(sim.url("/r2/videos/" + jobId + ".mp4"));
        assertThat(sim.requestCount("GET", "/api/v1/videos/" + jobId)).isEqualTo(1);
    }

    @Test
    void aSignedFailureWebhookFailsThePendingWait() throws Exception {
        startSimulatorWithWebhooks();
        sim.failAllJobs(true);
        clientOf(sim, sim.webhookSecret());
        String jobId = client.videos().create(VideoCreateParams.script(VideoCreateParamsTest.SCRIPT).build()).jobId();
        CompletableFuture<VideoJob> future = client.videos().waitForAsync(jobId);

        sim.advance(Duration.ofSeconds(50));
        RecordedRequest delivery = receiver.takeRequest(10, TimeUnit.SECONDS);
        client.webhooks().handle(headersOf(delivery), delivery.getBody().toByteArray());

        assertThatThrownBy(() -> future.get(10, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .cause().isInstanceOfSatisfying(JobFailedException.class, e -> {
                    assertThat(e.errorCode()).hasValue("RENDER_FAILED");
                    assertThat(e.job(VideoJob.class).status()).isEqualTo(VideoStatus.FAILED);
                });
    }

    @Test
    void withoutASecretAWebhookOnlyTriggersAnImmediatePoll() throws Exception {
        startSimulatorWithWebhooks();
        clientOf(sim, null);
        String jobId = client.videos().create(VideoCreateParams.script(VideoCreateParamsTest.SCRIPT).build()).jobId();
        CompletableFuture<VideoJob> future = client.videos().waitForAsync(jobId);
        awaitNextPollScheduled();

        sim.advance(Duration.ofSeconds(50));
        RecordedRequest delivery = receiver.takeRequest(10, TimeUnit.SECONDS);
        client.webhooks().handle(Headers.empty(), delivery.getBody().toByteArray());

        assertThat(future.get(10, TimeUnit.SECONDS).status()).isEqualTo(VideoStatus.COMPLETED);
        assertThat(sim.requestCount("GET", "/api/v1/videos/" + jobId)).isEqualTo(2);
    }
}
