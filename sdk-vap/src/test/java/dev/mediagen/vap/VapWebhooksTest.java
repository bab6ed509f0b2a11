package dev.mediagen.vap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mediagen.core.JobFailedException;
import dev.mediagen.core.MalformedResponseException;
import dev.mediagen.core.time.VirtualScheduler;
import dev.mediagen.core.wait.PollStrategy;
import dev.mediagen.core.wait.WaitOptions;
import dev.mediagen.testkit.VapSimulator;
import java.math.BigDecimal;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Webhook deliveries: typed parsing of VAP's events, and a delivery completing a pending wait at once. */
class VapWebhooksTest {
    private static final String COMPLETED = "{\"event\":\"task.completed\",\"timestamp\":\"2026-02-06T11:45:38Z\","
            + "\"data\":{\"task_id\":\"ede83966-a50c-4e52-aa63-a3c1e28f4c38\",\"status\":\"completed\","
            + "\"result\":{\"image_url\":\"https://pub.r2.dev/a.png\"},\"estimated_cost\":\"0.1800\","
            + "\"actual_cost\":\"0.1800\",\"duration_seconds\":14.6,\"created_at\":\"2026-02-06T11:45:23.437070\","
            + "\"completed_at\":\"2026-02-06T11:45:38.003218\"}}";
    private static final String FAILED = "{\"event\":\"task.failed\",\"timestamp\":\"2026-02-06T11:46:00Z\","
            + "\"data\":{\"task_id\":\"t2\",\"status\":\"failed\",\"error\":{\"code\":\"provider_error\","
            + "\"message\":\"Provider timeout\"},\"estimated_cost\":\"1.9600\",\"refund_amount\":\"1.9600\","
            + "\"attempts\":3,\"created_at\":\"2026-02-06T11:45:00\",\"failed_at\":\"2026-02-06T11:46:00\"}}";
    private static final String REFUNDED = "{\"event\":\"task.refunded\",\"timestamp\":\"2026-02-06T11:46:01Z\","
            + "\"data\":{\"task_id\":\"t2\",\"refund_amount\":\"1.9600\",\"new_balance\":\"6.7800\"}}";

    @StartStop
    final MockWebServer receiver = new MockWebServer();

    private VirtualScheduler scheduler;
    private VapSimulator sim;
    private VapClient client;

    @BeforeEach
    void setUp() {
        scheduler = VirtualScheduler.manual(Instant.parse("2026-02-06T11:45:00Z"));
        sim = new VapSimulator().start();
        sim.startAgentsAt(1, new BigDecimal("5.00"));
        client = VapClient.builder().baseUrl(sim.baseUrl()).apiKey(sim.registerAgent("hooks")).scheduler(scheduler)
                .build();
    }

    @AfterEach
    void tearDown() {
        client.close();
        sim.close();
        scheduler.close();
    }

    @Test
    void completedEventsAreTyped() {
        TaskCompletedEvent event = (TaskCompletedEvent) client.webhooks().parse(COMPLETED);

        assertThat(event.type()).isEqualTo(WebhookEventType.TASK_COMPLETED);
        assertThat(event.timestamp()).contains(Instant.parse("2026-02-06T11:45:38Z"));
        assertThat(event.taskId()).contains("ede83966-a50c-4e52-aa63-a3c1e28f4c38");
        assertThat(event.status()).contains(JobStatus.COMPLETED);
        assertThat(event.resultUrls()).containsExactly("https://pub.r2.dev/a.png");
        assertThat(event.actualCost()).contains(new BigDecimal("0.1800"));
        assertThat(event.estimatedCost()).contains(new BigDecimal("0.1800"));
        assertThat(event.durationSeconds()).hasValue(14.6);
        assertThat(event.createdAt()).contains(Instant.parse("2026-02-06T11:45:23.437070Z"));
        assertThat(event.completedAt()).contains(Instant.parse("2026-02-06T11:45:38.003218Z"));
    }

    @Test
    void failedAndRefundedEventsAreTyped() {
        TaskFailedEvent failed = (TaskFailedEvent) client.webhooks().parse(FAILED);
        TaskRefundedEvent refunded = (TaskRefundedEvent) client.webhooks().parse(REFUNDED);

        assertThat(failed.errorCode()).contains("provider_error");
        assertThat(failed.errorMessage()).contains("Provider timeout");
        assertThat(failed.refundAmount()).contains(new BigDecimal("1.9600"));
        assertThat(failed.attempts()).hasValue(3);
        assertThat(failed.failedAt()).contains(Instant.parse("2026-02-06T11:46:00Z"));
        assertThat(refunded.refundAmount()).contains(new BigDecimal("1.9600"));
        assertThat(refunded.newBalance()).contains(new BigDecimal("6.7800"));
        assertThat(refunded.taskId()).contains("t2");
    }

    @Test
    void unknownEventsAreKeptAndBadPayloadsAreTypedErrors() {
        WebhookEvent event = client.webhooks().parse("{\"event\":\"balance.low\",\"data\":{\"balance\":\"0.50\"}}");

        assertThat(event).isInstanceOf(UnknownWebhookEvent.class);
        assertThat(event.type().asString()).isEqualTo("balance.low");
        assertThat(event.type().isKnown()).isFalse();
        assertThat(((UnknownWebhookEvent) event).data()).containsEntry("balance", "0.50");
        assertThat(event.taskId()).isEmpty();
        assertThatThrownBy(() -> client.webhooks().parse("not json")).isInstanceOf(MalformedResponseException.class);
        assertThatThrownBy(() -> client.webhooks().parse("{\"data\":{}}")).isInstanceOf(MalformedResponseException.class);
        assertThatThrownBy(() -> client.webhooks().parse("{\"event\":\"task.completed\",\"data\":{\"actual_cost\":[1]}}"))
                .isInstanceOf(MalformedResponseException.class);
    }

    @Test
    void aDeliveryCompletesThePendingWaitWithoutWaitingForTheNextPoll() throws Exception {
        receiver.enqueue(new MockResponse.Builder().code(204).build());
        Task created = client.tasks().create(TaskRequest.builder(ImageParams.of("A harbour at dawn"))
                .callbackUrl(receiver.url("/vap/webhook").toString()).build());
        CompletableFuture<Task> wait = client.tasks().waitForAsync(created, WaitOptions.builder()
                .pollStrategy(PollStrategy.fixed(Duration.ofMinutes(10))).build());

        sim.advance(Duration.ofSeconds(20));
        RecordedRequest delivery = receiver.takeRequest(10, TimeUnit.SECONDS);
        WebhookEvent event = client.webhooks().handle(delivery.getBody().utf8());
        Task done = wait.get(10, TimeUnit.SECONDS);

        assertThat(delivery.getMethod()).isEqualTo("POST");
        assertThat(delivery.getTarget()).isEqualTo("/vap/webhook");
        assertThat(delivery.getHeaders().get("Content-Type")).startsWith("application/json");
        assertThat(delivery.getHeaders().names()).noneMatch(name -> name.toLowerCase().contains("signature"));
        assertThat(event).isInstanceOf(TaskCompletedEvent.class);
        assertThat(event.taskId()).contains(created.id());
        assertThat(((TaskCompletedEvent) event).resultUrls()).isEqualTo(done.resultUrls());
        assertThat(done.status()).isEqualTo(JobStatus.COMPLETED);
        assertThat(scheduler.requestedDelays()).containsExactly(Duration.ofMinutes(10));
        assertThat(sim.requestCount("GET", "/v3/tasks/")).isEqualTo(1);
    }

    @Test
    void aFailureDeliversFailedThenRefundedAndFailsTheWait() throws Exception {
        receiver.enqueue(new MockResponse.Builder().code(200).build());
        receiver.enqueue(new MockResponse.Builder().code(200).build());
        sim.failNextJobs(1);
        Task created = client.tasks().create(TaskRequest.builder(ImageParams.of("x"))
                .callbackUrl(receiver.url("/hook").toString()).build());
        CompletableFuture<Task> wait = client.tasks().waitForAsync(created, WaitOptions.builder()
                .pollStrategy(PollStrategy.fixed(Duration.ofMinutes(10))).build());

        sim.advance(Duration.ofSeconds(20));
        WebhookEvent failed = client.webhooks().handle(receiver.takeRequest(10, TimeUnit.SECONDS).getBody().utf8());
        WebhookEvent refunded = client.webhooks().parse(receiver.takeRequest(10, TimeUnit.SECONDS).getBody().utf8());

        assertThat(failed).isInstanceOf(TaskFailedEvent.class);
        assertThat(((TaskFailedEvent) failed).refundAmount()).contains(new BigDecimal("0.1800"));
        assertThat(refunded).isInstanceOf(TaskRefundedEvent.class);
        assertThat(((TaskRefundedEvent) refunded).newBalance()).contains(new BigDecimal("5.0000"));
        assertThatThrownBy(() -> wait.get(10, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .hasCauseInstanceOf(JobFailedException.class);
        assertThat(sim.webhookAttempts()).extracting(a -> a.status()).containsExactly(200, 200);
    }

    @Test
    void aDeliveryForAnUnknownTaskDoesNothingButParse() {
        WebhookEvent event = client.webhooks().handle(COMPLETED);

        assertThat(event.taskId()).isPresent();
        assertThat(sim.requestLog()).isEmpty();
    }
}
