package dev.mediagen.videogen;

import static dev.mediagen.videogen.Wire.assertCall;
import static dev.mediagen.videogen.Wire.assertJsonBody;
import static dev.mediagen.videogen.Wire.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mediagen.core.Headers;
import dev.mediagen.core.ValidationException;
import dev.mediagen.core.wait.JobFuture;
import dev.mediagen.core.wait.JobUpdate;
import dev.mediagen.core.wait.WaitOptions;
import dev.mediagen.videogen.model.CreateWebhookEndpointRequest;
import dev.mediagen.videogen.model.GenerateImageRequest;
import dev.mediagen.videogen.model.JobStatus;
import dev.mediagen.videogen.model.ToolExecution;
import dev.mediagen.videogen.model.WebhookEndpoint;
import dev.mediagen.videogen.model.WebhookEventType;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/** Webhook endpoints on the wire, and a signed delivery from the simulator completing a wait before any poll. */
class VideoGenWebhookScenarioTest {
    @StartStop
    final MockWebServer server = new MockWebServer();

    @Test
    void endpointsAreListedCreatedAndDeletedOnTheSpecPaths() throws Exception {
        server.enqueue(json(200, SpecExamples.response("listWebhookEndpoints")));
        server.enqueue(json(201, SpecExamples.response("createWebhookEndpoint")));
        server.enqueue(new mockwebserver3.MockResponse.Builder().code(204).build());
        try (VideoGenClient client = Wire.client(server).build()) {
            List<WebhookEndpoint> listed = client.webhooks().listEndpoints().items();
            WebhookEndpoint created = client.webhooks().createEndpoint(CreateWebhookEndpointRequest.builder(
                    "https://webhooks.myapp.com/videogen",
                    List.of(WebhookEventType.TOOL_EXECUTION_SUCCEEDED, WebhookEventType.TOOL_EXECUTION_FAILED)).build());
            client.webhooks().deleteEndpoint("ep_28KVX7vT9mQ2sL4nR6pB1cD0fG");

            assertThat(listed).singleElement().satisfies(endpoint -> {
                assertThat(endpoint.endpointId()).isEqualTo("ep_28KVX7vT9mQ2sL4nR6pB1cD0fG");
                assertThat(endpoint.signingSecret()).isEmpty();
                assertThat(endpoint.signingSecretLast4()).contains("9f3d");
                assertThat(endpoint.events()).hasSize(3);
            });
            assertThat(created.signingSecret()).contains("a1b2c3d4e5f67890abcdef1234567890");
            assertThat(created.toString()).doesNotContain("a1b2c3d4e5f67890abcdef1234567890").contains("[redacted]");
            assertCall(server.takeRequest(), "GET", "/v1/webhooks/endpoints");
            assertJsonBody(assertCall(server.takeRequest(), "POST", "/v1/webhooks/endpoints"),
                    SpecExamples.request("createWebhookEndpoint", 0).toString());
            assertCall(server.takeRequest(), "DELETE", "/v1/webhooks/endpoints/ep_28KVX7vT9mQ2sL4nR6pB1cD0fG");
        }
    }

    @Test
    void endpointUrlsMustBeHttpsAndEventsNonEmpty() {
        assertThatThrownBy(() -> CreateWebhookEndpointRequest.builder("http://example.com/hook",
                List.of(WebhookEventType.FILE_UPLOAD_COMPLETED)).build()).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> CreateWebhookEndpointRequest.builder("https://example.com/hook", List.of()).build())
                .isInstanceOf(ValidationException.class);
        assertThat(CreateWebhookEndpointRequest.builder("http://127.0.0.1:8080/hook",
                List.of(WebhookEventType.FILE_UPLOAD_COMPLETED)).build().url()).startsWith("http://127.0.0.1");
    }

    @Test
    void aSignedDeliveryCompletesTheWaitBeforeTheNextPoll() throws Exception {
        try (SimulatedVideoGen sim = SimulatedVideoGen.manual()) {
            WebhookEndpoint endpoint = sim.client.webhooks().createEndpoint(CreateWebhookEndpointRequest.builder(
                    server.url("/videogen/webhooks").toString(), List.of(WebhookEventType.TOOL_EXECUTION_SUCCEEDED))
                    .description("scenario").build());
            VideoGenWebhooks receiver = sim.client.webhooks().receiver(endpoint.signingSecret().orElseThrow());
            List<JobUpdate> updates = new CopyOnWriteArrayList<>();
            String id = sim.client.tools().generateImage(GenerateImageRequest.builder("fox").build()).toolExecutionId();
            JobFuture<ToolExecution> wait = sim.client.tools().waitForAsync(id,
                    WaitOptions.builder().listener(updates::add).build());

            sim.simulator.advance(Duration.ofSeconds(30));
            RecordedRequest delivery = server.takeRequest(10, TimeUnit.SECONDS);
            VideoGenEvent event = receiver.handle(Headers.of(delivery.getHeaders().toMultimap()),
                    delivery.getBody().toByteArray());

            assertThat(event).isInstanceOf(ToolExecutionEvent.class);
            assertThat(wait).isCompleted();
            assertThat(wait.join().status()).isEqualTo(JobStatus.SUCCEEDED);
            assertThat(wait.join().resultFileIds()).hasSize(1);
            assertThat(updates).extracting(JobUpdate::status).containsExactly("succeeded");
            assertThat(sim.simulator.requestCount("GET", "/v1/tools/executions")).as("no poll was needed").isZero();
            assertThat(delivery.getHeaders().get("webhook-signature")).startsWith("v1,");
            String fileId = wait.join().resultFileIds().get(0);
            assertThat(sim.client.files().hydrated(fileId).downloadSource().orElseThrow().url())
                    .as("the delivery's hydrated file is reused").isPresent();
            assertThat(sim.simulator.requestCount("POST", "/v1/files/" + fileId + "/hydrate")).isZero();
            assertThat(sim.simulator.webhookDeliveries()).singleElement()
                    .satisfies(d -> assertThat(d.headers()).containsKeys("webhook-id", "webhook-timestamp"));
        }
    }
}
