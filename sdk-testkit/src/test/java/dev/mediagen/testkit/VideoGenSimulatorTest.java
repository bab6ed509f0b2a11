package dev.mediagen.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mediagen.core.webhook.StandardWebhookVerifier;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The VideoGen simulator over plain HTTP: auth, validation bodies, statuses over time, uploads, limits, webhooks. */
class VideoGenSimulatorTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final VideoGenSimulator sim = new VideoGenSimulator().start();

    @AfterEach
    void tearDown() {
        sim.close();
    }

    private HttpResponse<String> call(String method, String path, String body, String key) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(sim.url(path)))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (key != null) {
            request.header("Authorization", "Bearer " + key);
        }
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> call(String method, String path, String body) throws Exception {
        return call(method, path, body, VideoGenSimulator.API_KEY);
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        return JSON.readTree(response.body());
    }

    @Test
    void missingAndInvalidKeysGetVideoGens401Codes() throws Exception {
        HttpResponse<String> missing = call("GET", "/v1/me", null, null);
        HttpResponse<String> invalid = call("GET", "/v1/me", null, "sk_wrong");

        assertThat(missing.statusCode()).isEqualTo(401);
        assertThat(json(missing).path("code").asText()).isEqualTo("missing_api_key");
        assertThat(json(missing).path("message").asText()).isNotBlank();
        assertThat(json(invalid).path("code").asText()).isEqualTo("invalid_api_key");
        assertThat(invalid.headers().firstValue("x-request-id")).isPresent();
    }

    @Test
    void invalidBodiesGet400InvalidParametersNamingTheProblem() throws Exception {
        HttpResponse<String> response = call("POST", "/v1/tools/generate-image",
                "{\"prompt\":\"fox\",\"quality\":\"ULTRA\",\"numResults\":0,\"colour\":\"red\"}");

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode error = json(response);
        assertThat(error.path("code").asText()).isEqualTo("invalid_parameters");
        assertThat(error.path("message").asText()).contains("quality must be one of LOW, STANDARD, HIGH")
                .contains("numResults must be between 1 and 100").contains("Unrecognized key: colour");
        assertThat(sim.executionCount()).isZero();
    }

    @Test
    void executionsMovePendingRunningSucceededWithRisingProgress() throws Exception {
        String id = json(call("POST", "/v1/tools/generate-image", "{\"prompt\":\"fox\",\"quality\":\"STANDARD\"}"))
                .path("toolExecutionId").asText();

        JsonNode pending = json(call("GET", "/v1/tools/executions/" + id, null));
        sim.advance(Duration.ofSeconds(4));
        JsonNode early = json(call("GET", "/v1/tools/executions/" + id, null));
        sim.advance(Duration.ofSeconds(3));
        JsonNode later = json(call("GET", "/v1/tools/executions/" + id, null));
        sim.advance(Duration.ofSeconds(10));
        JsonNode done = json(call("GET", "/v1/tools/executions/" + id, null));

        assertThat(id).startsWith("vg_tool_");
        assertThat(pending.path("status").asText()).isEqualTo("pending");
        assertThat(early.path("status").asText()).isEqualTo("running");
        assertThat(later.path("progressPercentage").asDouble()).isGreaterThan(early.path("progressPercentage").asDouble());
        assertThat(done.path("status").asText()).isEqualTo("succeeded");
        assertThat(done.path("progressPercentage").asInt()).isEqualTo(100);
        String fileId = done.path("results").get(0).path("fileId").asText();
        JsonNode file = json(call("POST", "/v1/files/" + fileId + "/hydrate", null));
        byte[] png = HTTP.send(HttpRequest.newBuilder(URI.create(file.path("downloadSource").path("url").asText())).build(),
                HttpResponse.BodyHandlers.ofByteArray()).body();
        assertThat(ImageIO.read(new ByteArrayInputStream(png)).getWidth()).isEqualTo(64);
        assertThat(file.path("downloadSource").path("expiresAt").asLong())
                .isEqualTo(VideoGenSimulator.DEFAULT_START.plusSeconds(17 + 3600).getEpochSecond());
    }

    @Test
    void presignedUploadsRefuseASecondCredentialAndAcceptThePlainPut() throws Exception {
        JsonNode upload = json(call("POST", "/v1/files/upload", "{\"displayName\":\"a.png\",\"type\":\"IMAGE\"}"));
        URI url = URI.create(upload.path("uploadUrl").asText());
        byte[] png = MediaFiles.png(4, 4, 1);

        HttpResponse<String> withKey = HTTP.send(HttpRequest.newBuilder(url).PUT(HttpRequest.BodyPublishers.ofByteArray(png))
                .header("Authorization", "Bearer " + VideoGenSimulator.API_KEY).build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> plain = HTTP.send(HttpRequest.newBuilder(url).PUT(HttpRequest.BodyPublishers.ofByteArray(png))
                .build(), HttpResponse.BodyHandlers.ofString());
        sim.advance(Duration.ofSeconds(3));
        JsonNode file = json(call("POST", "/v1/files/" + upload.path("fileId").asText() + "/hydrate", null));

        assertThat(withKey.statusCode()).isEqualTo(400);
        assertThat(withKey.body()).contains("<Code>InvalidArgument</Code>");
        assertThat(plain.statusCode()).isEqualTo(200);
        assertThat(file.path("downloadSource").path("status").asText()).isEqualTo("ready");
    }

    @Test
    void hourlyLimitsAnswerWithRateLimitHeadersAndThen429() throws Exception {
        sim.rateLimit(VideoGenSimulator.LIMIT_RESOURCES, 1);

        HttpResponse<String> first = call("GET", "/v1/resources/languages", null);
        HttpResponse<String> second = call("GET", "/v1/resources/languages", null);

        long reset = VideoGenSimulator.DEFAULT_START.plusSeconds(3600).getEpochSecond();
        assertThat(first.headers().firstValue("X-RateLimit-Limit")).contains("1");
        assertThat(first.headers().firstValue("X-RateLimit-Remaining")).contains("0");
        assertThat(first.headers().firstValue("X-RateLimit-Reset")).contains(Long.toString(reset));
        assertThat(second.statusCode()).isEqualTo(429);
        assertThat(json(second).path("code").asText()).isEqualTo("rate_limited");
    }

    @Test
    void webhookDeliveriesAreSignedTheStandardWebhooksWay() throws Exception {
        JsonNode endpoint = json(call("POST", "/v1/webhooks/endpoints",
                "{\"url\":\"http://127.0.0.1:9/hook\",\"events\":[\"tool_execution.succeeded\"]}"));
        call("POST", "/v1/tools/generate-music", "{\"prompt\":\"piano\"}");

        sim.advance(Duration.ofMinutes(1));

        VideoGenSimulator.WebhookDelivery delivery = sim.webhookDeliveries().get(0);
        StandardWebhookVerifier verifier = StandardWebhookVerifier.builder()
                .secret(endpoint.path("signingSecret").asText())
                .clock(Clock.fixed(VideoGenSimulator.DEFAULT_START.plusSeconds(60), ZoneOffset.UTC)).build();
        assertThat(endpoint.path("signingSecret").asText()).startsWith("whsec_");
        assertThat(verifier.verify(delivery.headers(), delivery.body()).id()).contains(delivery.headers().get("webhook-id"));
        JsonNode payload = JSON.readTree(delivery.body());
        assertThat(payload.path("event").asText()).isEqualTo("tool_execution.succeeded");
        assertThat(payload.path("results").get(0).path("file").path("downloadSource").path("url").asText()).startsWith("http");
        assertThat(json(call("GET", "/v1/webhooks/endpoints", null)).path("endpoints").get(0).path("signingSecret").isNull())
                .isTrue();
    }

    @Test
    void creditsRunOutWith429InsufficientCredits() throws Exception {
        sim.credits(1);

        HttpResponse<String> response = call("POST", "/v1/tools/generate-music", "{\"prompt\":\"piano\"}");

        assertThat(response.statusCode()).isEqualTo(429);
        assertThat(json(response).path("code").asText()).isEqualTo("insufficient_credits");
        assertThat(sim.credits()).isEqualTo(1);
    }

    @Test
    void cancelStopsARunningExecution() throws Exception {
        String id = json(call("POST", "/v1/tools/generate-sound-effect", "{\"prompt\":\"rain\"}")).path("toolExecutionId").asText();
        sim.advance(Duration.ofSeconds(3));

        HttpResponse<String> cancelled = call("POST", "/v1/tools/executions/" + id + "/cancel", null);
        sim.advance(Duration.ofMinutes(1));

        assertThat(cancelled.statusCode()).isEqualTo(202);
        assertThat(json(call("GET", "/v1/tools/executions/" + id, null)).path("status").asText()).isEqualTo("cancelled");
    }
}
