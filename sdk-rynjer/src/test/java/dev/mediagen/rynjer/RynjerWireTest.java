package dev.mediagen.rynjer;

import static dev.mediagen.rynjer.Fixtures.json;
import static dev.mediagen.rynjer.Fixtures.seed;
import static dev.mediagen.rynjer.Fixtures.tree;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mediagen.core.AuthenticationException;
import dev.mediagen.core.InsufficientCreditsException;
import dev.mediagen.core.MalformedResponseException;
import dev.mediagen.core.NotFoundException;
import dev.mediagen.core.PermissionDeniedException;
import dev.mediagen.core.RawResponse;
import dev.mediagen.core.RequestOptions;
import dev.mediagen.core.ServerException;
import dev.mediagen.core.ValidationException;
import dev.mediagen.core.time.VirtualScheduler;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every endpoint against MockWebServer, with the seed's JSON examples as fixtures. */
class RynjerWireTest {
    private static final String KEY = "ryn_live_secret_key_42";

    @StartStop
    final MockWebServer server = new MockWebServer();

    private VirtualScheduler scheduler;
    private RynjerClient client;

    @BeforeEach
    void setUp() {
        scheduler = VirtualScheduler.automatic(Instant.parse("2026-02-02T00:00:00Z"));
        client = RynjerClient.builder().baseUrl(server.url("/").toString()).apiKey(KEY).scheduler(scheduler).build();
    }

    @AfterEach
    void tearDown() {
        client.close();
        scheduler.close();
    }

    private RecordedRequest take() throws InterruptedException {
        RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
        assertThat(request).as("a request reached the server").isNotNull();
        return request;
    }

    // ---- POST /v1/generate ---------------------------------------------------------------------------------

    @Test
    void generateSendsTheSeedsMinimalCallAndReadsTheSeedsResponse() throws Exception {
        server.enqueue(json(200, seed("generate-response.json")));

        Generation created = client.generations().generate(GenerateParams.builder()
                .model("nano-banana-pro").prompt("...").requestId("uuid").build());

        RecordedRequest request = take();
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getTarget()).isEqualTo("/v1/generate");
        assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer " + KEY);
        assertThat(request.getHeaders().get("User-Agent")).matches("mediagen-java/\\S+ \\(rynjer\\) Java/\\S+");
        assertThat(request.getHeaders().get("Content-Type")).startsWith("application/json");
        assertThat(tree(request.getBody().utf8())).isEqualTo(tree(seed("generate-minimal-request.json")));
        assertThat(created.requestId()).isEqualTo("uuid");
        assertThat(created.taskId()).hasValue("...");
        assertThat(created.providerTaskId()).hasValue("...");
        assertThat(created.usageEventId()).hasValue("...");
        assertThat(created.status()).isEqualTo(GenerationStatus.PENDING);
        assertThat(created.outputs()).isEmpty();
    }

    @Test
    void generateSendsEveryDocumentedField() throws Exception {
        server.enqueue(json(200, seed("generate-response.json")));

        client.generations().generate(GenerateParams.builder()
                .requestId("req-1").model("veo3").prompt("a fox running through snow").product(Product.VIDEO)
                .units(Units.builder().count(1).resolution("1080p").duration(8).aspectRatio("16:9").build())
                .addInputImageUrl("https://example.com/fox.png").priceVersion("2026-02-02-v1").scene("image-to-video")
                .build());

        assertThat(tree(take().getBody().utf8())).isEqualTo(tree("{\"request_id\":\"req-1\",\"model\":\"veo3\","
                + "\"prompt\":\"a fox running through snow\",\"product\":\"video\",\"units\":{\"count\":1,"
                + "\"resolution\":\"1080p\",\"duration\":8,\"aspect_ratio\":\"16:9\"},"
                + "\"input_image_urls\":[\"https://example.com/fox.png\"],\"price_version\":\"2026-02-02-v1\","
                + "\"scene\":\"image-to-video\"}"));
    }

    @Test
    void generateCreatesARequestIdAndReusesItOnEveryRetry() throws Exception {
        server.enqueue(json(503, "{\"code\":503,\"message\":\"Service Unavailable\",\"data\":null}"));
        server.enqueue(json(200, seed("generate-response.json")));

        Generation created = client.generations().generate(GenerateParams.builder()
                .model("nano-banana-pro").prompt("a red kite").build());

        RecordedRequest first = take();
        RecordedRequest second = take();
        String firstId = tree(first.getBody().utf8()).path("request_id").asText();
        assertThat(firstId).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
        assertThat(tree(second.getBody().utf8()).path("request_id").asText()).isEqualTo(firstId);
        assertThat(first.getHeaders().get("X-MediaGen-Attempt")).isEqualTo("1");
        assertThat(second.getHeaders().get("X-MediaGen-Attempt")).isEqualTo("2");
        assertThat(created.requestId()).isEqualTo(firstId);
    }

    @Test
    void theIdempotencyKeyOfTheOptionsBecomesTheRequestId() throws Exception {
        server.enqueue(json(200, seed("generate-response.json")));

        Generation created = client.generations().generate(
                GenerateParams.builder().model("z-image").prompt("p").build(),
                RequestOptions.builder().idempotencyKey("my-key-7").build());

        assertThat(tree(take().getBody().utf8()).path("request_id").asText()).isEqualTo("my-key-7");
        assertThat(created.requestId()).isEqualTo("my-key-7");
    }

    @Test
    void twoDifferentRequestIdsAreRejectedBeforeSending() {
        assertThatThrownBy(() -> client.generations().generate(
                GenerateParams.builder().model("z-image").prompt("p").requestId("a").build(),
                RequestOptions.builder().idempotencyKey("b").build()))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("request_id is given twice");
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void badParametersAreRejectedBeforeAnyRequest() {
        assertThatThrownBy(() -> GenerateParams.builder().prompt("p").build())
                .isInstanceOf(ValidationException.class).hasMessage("model is required");
        assertThatThrownBy(() -> GenerateParams.builder().model("z-image").build())
                .isInstanceOf(ValidationException.class).hasMessageContaining("prompt is required");
        assertThatThrownBy(() -> Units.builder().count(3).build())
                .isInstanceOf(ValidationException.class).hasMessageContaining("1, 2, 4 or 8");
        assertThatThrownBy(() -> Units.builder().aspectRatio("wide").build())
                .isInstanceOf(ValidationException.class).hasMessageContaining("16:9");
        assertThatThrownBy(() -> Units.builder().duration(0).build())
                .isInstanceOf(ValidationException.class).hasMessageContaining("duration");
        assertThatThrownBy(() -> GenerateParams.builder().model("qwen/image-to-image").addInputImageUrl("file:///etc/passwd").build())
                .isInstanceOf(ValidationException.class).hasMessageContaining("absolute http(s) URL");
        assertThatThrownBy(() -> GenerateParams.builder().model("z-image").prompt("p").requestId("has space").build())
                .isInstanceOf(ValidationException.class).hasMessageContaining("whitespace");
        assertThatThrownBy(() -> EstimateParams.builder().build())
                .isInstanceOf(ValidationException.class).hasMessage("model is required");
        assertThatThrownBy(() -> client.generations().get(" "))
                .isInstanceOf(ValidationException.class);
        assertThat(server.getRequestCount()).isZero();
    }

    // ---- GET /v1/generate/{requestId} ----------------------------------------------------------------------

    @Test
    void getReadsAFinishedGenerationWithItsOutputs() throws Exception {
        server.enqueue(json(200, seed("get-generation-success.json")));

        Generation generation = client.generations().get("8f14e45f-ceea-467f-a8c3-2a9d3c8e0b11");

        RecordedRequest request = take();
        assertThat(request.getMethod()).isEqualTo("GET");
        assertThat(request.getTarget()).isEqualTo("/v1/generate/8f14e45f-ceea-467f-a8c3-2a9d3c8e0b11");
        assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer " + KEY);
        assertThat(generation.status()).isEqualTo(GenerationStatus.SUCCESS);
        assertThat(generation.isSuccess()).isTrue();
        assertThat(generation.taskId()).hasValue("task_01");
        assertThat(generation.outputUrls()).containsExactly("https://cdn.rynjer.com/outputs/task_01/0.png");
        assertThat(generation.outputs().get(0).type()).hasValue("image");
        assertThat(generation.usageEventId()).hasValue("usage_01");
    }

    @Test
    void getKeepsUnknownStatusesIgnoresUnknownFieldsAndEncodesTheId() throws Exception {
        server.enqueue(json(200, "{\"code\":0,\"message\":\"ok\",\"data\":{\"task_id\":\"t\",\"status\":\"upscaling\","
                + "\"new_field\":{\"x\":1},\"outputs\":null}}"));

        Generation generation = client.generations().get("a/b c");

        assertThat(take().getTarget()).isEqualTo("/v1/generate/a%2Fb%20c");
        assertThat(generation.status().asString()).isEqualTo("upscaling");
        assertThat(generation.status().isKnown()).isFalse();
        assertThat(generation.status().isTerminal()).isFalse();
        assertThat(generation.requestId()).isEqualTo("a/b c");
        assertThat(generation.outputs()).isEmpty();
    }

    @Test
    void outputsSentAsBareUrlsAreReadToo() {
        server.enqueue(json(200, "{\"code\":0,\"message\":\"ok\",\"data\":{\"status\":\"completed\","
                + "\"outputs\":[\"https://cdn.example/a.png\",{\"url\":\"https://cdn.example/b.png\",\"type\":\"image\"}]}}"));

        Generation generation = client.generations().get("r");

        assertThat(generation.isSuccess()).isTrue();
        assertThat(generation.outputUrls()).containsExactly("https://cdn.example/a.png", "https://cdn.example/b.png");
        assertThat(generation.outputs().get(0).type()).isEmpty();
    }

    @Test
    void aFailedGenerationIsAGenerationNotAnError() throws Exception {
        server.enqueue(json(200, "{\"code\":0,\"message\":\"ok\",\"data\":{\"request_id\":\"r\",\"status\":\"failed\","
                + "\"error\":\"content_policy\",\"error_message\":\"The prompt was rejected\"}}"));

        Generation generation = client.generations().get("r");

        assertThat(generation.isFailure()).isTrue();
        assertThat(generation.errorCode()).hasValue("content_policy");
        assertThat(generation.failureMessage()).hasValue("The prompt was rejected");
    }

    // ---- credits and models --------------------------------------------------------------------------------

    @Test
    void balanceReadsTheCredits() throws Exception {
        server.enqueue(json(200, "{\"code\":0,\"message\":\"ok\",\"data\":{\"balance\":1234}}"));
        server.enqueue(json(200, "{\"code\":0,\"message\":\"ok\",\"data\":{\"credits\":99}}"));

        assertThat(client.credits().balance().credits()).isEqualTo(1234);
        assertThat(client.credits().balanceAsync().get(5, TimeUnit.SECONDS).credits()).isEqualTo(99);

        RecordedRequest request = take();
        assertThat(request.getMethod()).isEqualTo("GET");
        assertThat(request.getTarget()).isEqualTo("/v1/credits/balance");
        assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer " + KEY);
    }

    @Test
    void estimateSendsTheSeedsRequestAndReadsTheObservedResponse() throws Exception {
        server.enqueue(json(200, seed("estimate-response.json")));

        CreditEstimate estimate = client.credits().estimate(EstimateParams.builder()
                .product(Product.IMAGE).model("nano-banana-pro")
                .units(Units.builder().count(1).resolution("1K").build()).priceVersion("2026-02-02-v1").build());

        RecordedRequest request = take();
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getTarget()).isEqualTo("/v1/credits/estimate");
        assertThat(tree(request.getBody().utf8())).isEqualTo(tree(seed("estimate-request.json")));
        assertThat(estimate.estimatedCredits()).isEqualTo(20);
        assertThat(estimate.priceVersion()).hasValue("2026-02-02-v1");
        assertThat(estimate.breakdown()).containsEntry("mediaType", "image");
        assertThat(estimate.isOffline()).isFalse();
    }

    @Test
    void estimateFallsBackToThePriceTableWhenRynjerIsDown() {
        for (int i = 0; i < 3; i++) {
            server.enqueue(json(503, "{\"code\":503,\"message\":\"down\",\"data\":null}"));
        }

        CreditEstimate estimate = client.credits().estimateWithFallback(EstimateParams.builder()
                .model("nano-banana-pro").units(Units.builder().count(4).resolution("4K").build()).build());

        assertThat(estimate.isOffline()).isTrue();
        assertThat(estimate.estimatedCredits()).isEqualTo(160);
        assertThat(estimate.priceVersion()).hasValue("2026-02-02-v1");
        assertThat(server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void theFallbackNeverHidesAuthenticationErrorsOrUnknownModels() {
        server.enqueue(json(401, "{\"code\":401,\"message\":\"Unauthorized\",\"data\":{\"error\":\"invalid_token\"}}"));
        assertThatThrownBy(() -> client.credits().estimateWithFallback(EstimateParams.builder().model("z-image").build()))
                .isInstanceOf(AuthenticationException.class);

        for (int i = 0; i < 3; i++) {
            server.enqueue(json(503, "{}"));
        }
        assertThatThrownBy(() -> client.credits().estimateWithFallback(EstimateParams.builder().model("no-such-model").build()))
                .isInstanceOf(ServerException.class);
    }

    @Test
    void modelsListReadsAnArrayOrAnObjectHoldingOne() throws Exception {
        server.enqueue(json(200, "{\"code\":0,\"message\":\"ok\",\"data\":{\"models\":[{\"id\":\"nano-banana-pro\","
                + "\"product\":\"image\",\"credits\":20,\"notes\":\"4K = 40\"},{\"model\":\"V5\",\"type\":\"music\"}]}}"));
        server.enqueue(json(200, "{\"code\":0,\"message\":\"ok\",\"data\":[{\"model\":\"veo3\",\"media_type\":\"video\","
                + "\"price\":280}]}"));

        List<ModelInfo> models = client.models().list();
        List<ModelInfo> again = client.models().listAsync().get(5, TimeUnit.SECONDS);

        RecordedRequest request = take();
        assertThat(request.getMethod()).isEqualTo("GET");
        assertThat(request.getTarget()).isEqualTo("/v1/models/list");
        assertThat(models).extracting(ModelInfo::id).containsExactly("nano-banana-pro", "V5");
        assertThat(models.get(0).product()).hasValue(Product.IMAGE);
        assertThat(models.get(0).credits()).hasValue(20);
        assertThat(models.get(0).notes()).hasValue("4K = 40");
        assertThat(models.get(1).product()).hasValue(Product.MUSIC);
        assertThat(again).singleElement().satisfies(m -> {
            assertThat(m.id()).isEqualTo("veo3");
            assertThat(m.product()).hasValue(Product.VIDEO);
            assertThat(m.credits()).hasValue(280);
        });
    }

    // ---- errors --------------------------------------------------------------------------------------------

    @Test
    void theSeedsInEnvelopeErrorIsAnInsufficientCreditsExceptionAndIsNotRetried() {
        server.enqueue(json(200, seed("error-insufficient-credits.json")).newBuilder()
                .setHeader("X-Request-Id", "rq-77").build());

        assertThatThrownBy(() -> client.generations().generate(GenerateParams.builder()
                .model("veo3_fast").prompt("p").build()))
                .isInstanceOfSatisfying(InsufficientCreditsException.class, e -> {
                    assertThat(e.required()).hasValue(new BigDecimal("50"));
                    assertThat(e.available()).hasValue(new BigDecimal("10"));
                    assertThat(e.errorCode()).hasValue("insufficient_credits");
                    assertThat(e.statusCode()).hasValue(200);
                    assertThat(e.requestId()).hasValue("rq-77");
                    assertThat(e.vendor()).hasValue("rynjer");
                    assertThat(e.details().extra()).containsEntry("suggestion",
                            "Use a cheaper model or ask the owner to top up.");
                    assertThat(e.getMessage()).contains("insufficient_credits").contains("50 required, 10 available")
                            .contains("Use a cheaper model");
                });
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void otherInEnvelopeErrorsAreTypedByTheirCode() {
        server.enqueue(json(200, "{\"code\":0,\"message\":\"ok\",\"data\":{\"error\":\"unknown_model\","
                + "\"message\":\"Unknown model foo\"}}"));
        server.enqueue(json(200, "{\"code\":401,\"message\":\"Unauthorized\",\"data\":null}"));
        server.enqueue(json(200, "{\"code\":0,\"message\":\"ok\",\"data\":{\"error\":{\"code\":\"scope_not_allowed\","
                + "\"message\":\"Requested scope not allowed\"}}}"));

        assertThatThrownBy(() -> client.credits().balance()).isInstanceOf(ValidationException.class)
                .hasMessageContaining("Unknown model foo");
        assertThatThrownBy(() -> client.credits().balance()).isInstanceOf(AuthenticationException.class)
                .hasMessageContaining("Unauthorized");
        assertThatThrownBy(() -> client.credits().balance()).isInstanceOf(PermissionDeniedException.class)
                .hasMessageContaining("Requested scope not allowed");
    }

    @Test
    void httpErrorsAreTypedAndCarryTheVendorsCodeAndMessage() {
        server.enqueue(json(401, "{\"code\":401,\"message\":\"Unauthorized\",\"data\":{\"error\":\"invalid_token\","
                + "\"message\":\"bad key " + KEY + "\"}}"));
        server.enqueue(json(403, "{\"code\":403,\"message\":\"Requested scope not allowed\",\"data\":null}"));
        server.enqueue(json(404, "{\"code\":404,\"message\":\"Not found\",\"data\":{\"error\":\"not_found\"}}"));
        server.enqueue(json(402, seed("error-insufficient-credits.json")));

        assertThatThrownBy(() -> client.credits().balance())
                .isInstanceOfSatisfying(AuthenticationException.class, e -> {
                    assertThat(e.errorCode()).hasValue("invalid_token");
                    assertThat(e.statusCode()).hasValue(401);
                    assertThat(e.getMessage()).doesNotContain(KEY);
                    assertThat(e.rawBody().orElse("")).doesNotContain(KEY);
                });
        assertThatThrownBy(() -> client.credits().balance()).isInstanceOf(PermissionDeniedException.class)
                .hasMessageContaining("Requested scope not allowed");
        assertThatThrownBy(() -> client.generations().get("missing")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> client.credits().balance())
                .isInstanceOfSatisfying(InsufficientCreditsException.class,
                        e -> assertThat(e.required()).hasValue(new BigDecimal("50")));
    }

    @Test
    void unreadableSuccessBodiesAreMalformedResponses() {
        server.enqueue(new mockwebserver3.MockResponse.Builder().code(200).body("<html>gateway</html>").build());
        server.enqueue(json(200, "{\"code\":0,\"message\":\"ok\",\"data\":null}"));
        server.enqueue(json(200, "{\"code\":0,\"message\":\"ok\",\"data\":{\"something\":1}}"));
        server.enqueue(json(200, "{\"code\":0,\"message\":\"ok\",\"data\":{\"status\":{\"nested\":true}}}"));

        assertThatThrownBy(() -> client.credits().balance()).isInstanceOf(MalformedResponseException.class);
        assertThatThrownBy(() -> client.generations().get("x")).isInstanceOf(MalformedResponseException.class)
                .hasMessageContaining("no data");
        assertThatThrownBy(() -> client.credits().balance()).isInstanceOf(MalformedResponseException.class)
                .hasMessageContaining("no balance");
        assertThatThrownBy(() -> client.generations().get("x")).isInstanceOf(MalformedResponseException.class);
    }

    @Test
    void rawResponsesExposeStatusHeadersAndRequestId() {
        server.enqueue(json(200, seed("get-generation-success.json")).newBuilder().setHeader("X-Request-Id", "rq-1").build());

        RawResponse<Generation> raw = RawResponse.capture(opts -> client.generations().get("r1", opts));

        assertThat(raw.statusCode()).isEqualTo(200);
        assertThat(raw.info().requestId()).hasValue("rq-1");
        assertThat(raw.body().isSuccess()).isTrue();
    }

    // ---- configuration -------------------------------------------------------------------------------------

    @Test
    void fromEnvReadsTheKeyAndBaseUrl() throws Exception {
        server.enqueue(json(200, "{\"code\":0,\"message\":\"ok\",\"data\":{\"balance\":5}}"));
        Map<String, String> env = Map.of("RYNJER_API_KEY", "ryn_env_key", "RYNJER_BASE_URL", server.url("/").toString());

        try (RynjerClient fromEnv = RynjerClient.builder().environment(env::get).fromEnv().build()) {
            assertThat(fromEnv.credits().balance().credits()).isEqualTo(5);
        }

        assertThat(take().getHeaders().get("Authorization")).isEqualTo("Bearer ryn_env_key");
        assertThatThrownBy(() -> RynjerClient.builder().environment(Map.<String, String>of()::get).fromEnv())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("RYNJER_API_KEY");
    }

    @Test
    void theDefaultBaseUrlIsRynjerComAndSecretsStayOutOfToString() {
        try (RynjerClient defaults = RynjerClient.builder().apiKey(KEY).build()) {
            assertThat(defaults.toString()).isEqualTo("RynjerClient{baseUrl=https://rynjer.com}").doesNotContain(KEY);
        }
    }
}
