package dev.mediagen.vap;

import static dev.mediagen.vap.Fixtures.API_KEY;
import static dev.mediagen.vap.Fixtures.jsonResponse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.mediagen.core.ApiException;
import dev.mediagen.core.AuthenticationException;
import dev.mediagen.core.ConflictException;
import dev.mediagen.core.InsufficientCreditsException;
import dev.mediagen.core.MalformedResponseException;
import dev.mediagen.core.MediaGenException;
import dev.mediagen.core.NotFoundException;
import dev.mediagen.core.PermissionDeniedException;
import dev.mediagen.core.RateLimitException;
import dev.mediagen.core.RetryPolicy;
import dev.mediagen.core.ServerException;
import dev.mediagen.core.ValidationException;
import dev.mediagen.core.time.VirtualScheduler;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** VAP's three error shapes map to the SDK's typed exceptions; credits errors are never retried. */
class VapErrorMappingTest {
    private static final TaskRequest IMAGE = TaskRequest.of(ImageParams.of("A lighthouse"));

    @StartStop
    final MockWebServer server = new MockWebServer();

    private VirtualScheduler scheduler;
    private VapClient client;

    @BeforeEach
    void setUp() {
        scheduler = VirtualScheduler.automatic(Instant.parse("2026-02-06T11:45:00Z"));
        client = VapClient.builder().baseUrl(server.url("/").toString()).apiKey(API_KEY).scheduler(scheduler).build();
    }

    @AfterEach
    void tearDown() {
        client.close();
        scheduler.close();
    }

    @Test
    void documentedInsufficientBalanceIsACreditsErrorWithAmountsAndIsNotRetried() {
        server.enqueue(jsonResponse(403, "{\"error\":{\"code\":\"insufficient_balance\",\"message\":\"Insufficient "
                + "balance\",\"details\":{\"required\":\"0.1800\",\"available\":\"0.0500\"}}}"));

        InsufficientCreditsException e = catchThrowableOfType(InsufficientCreditsException.class,
                () -> client.tasks().create(IMAGE));

        assertThat(e.errorCode()).contains("insufficient_balance");
        assertThat(e.statusCode()).hasValue(403);
        assertThat(e.required()).contains(new BigDecimal("0.1800"));
        assertThat(e.available()).contains(new BigDecimal("0.0500"));
        assertThat(e.vendor()).contains("vap");
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void flatErrorBodyOfTheVendorSdkMapsToo() {
        server.enqueue(jsonResponse(402, "{\"error\":\"insufficient_balance\",\"balance\":\"0.10\",\"required\":\"0.18\"}"));

        InsufficientCreditsException e = catchThrowableOfType(InsufficientCreditsException.class,
                () -> client.tasks().create(IMAGE));

        assertThat(e.errorCode()).contains("insufficient_balance");
        assertThat(e.required()).contains(new BigDecimal("0.18"));
        assertThat(e.available()).contains(new BigDecimal("0.10"));
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void flatSentenceErrorKeepsTheSentenceAsMessage() {
        server.enqueue(jsonResponse(400, "{\"error\":\"Description must not be empty\",\"errors\":[\"description\"]}"));

        ValidationException e = catchThrowableOfType(ValidationException.class, () -> client.tasks().create(IMAGE));

        assertThat(e.details().vendorMessage()).contains("Description must not be empty");
        assertThat(e.errorCode()).isEmpty();
        assertThat(e.details().extra()).containsKey("errors");
    }

    @Test
    void tierErrorsArePermissionDeniedCarryingTheVendorCode() {
        server.enqueue(jsonResponse(403, "{\"error\":{\"code\":\"tier_limit_exceeded\",\"message\":\"Video requires "
                + "Tier 2\",\"details\":{\"required_tier\":2,\"current_tier\":1}}}"));
        server.enqueue(jsonResponse(403, "{\"error\":{\"code\":\"agent_paused\",\"message\":\"Circuit breaker open\"}}"));

        PermissionDeniedException tier = catchThrowableOfType(PermissionDeniedException.class,
                () -> client.tasks().create(TaskRequest.of(VideoParams.of("cliffs"))));
        PermissionDeniedException paused = catchThrowableOfType(PermissionDeniedException.class,
                () -> client.agents().balance());

        assertThat(tier.errorCode()).contains("tier_limit_exceeded");
        assertThat(tier.details().extra()).containsEntry("required_tier", 2L);
        assertThat(tier.getMessage()).contains("[vap] HTTP 403 tier_limit_exceeded: Video requires Tier 2");
        assertThat(paused.errorCode()).contains("agent_paused");
    }

    @Test
    void fastApiDetailShapesMap() {
        server.enqueue(jsonResponse(404, "{\"detail\":\"Task not found\"}"));
        server.enqueue(jsonResponse(422, "{\"detail\":[{\"loc\":[\"body\",\"params\",\"duration\"],\"msg\":\"must be 4, 6 "
                + "or 8\",\"type\":\"value_error\"}]}"));
        server.enqueue(jsonResponse(403, "{\"detail\":{\"message\":\"Insufficient balance\",\"required\":\"1.96\"}}"));

        NotFoundException notFound = catchThrowableOfType(NotFoundException.class, () -> client.tasks().get("t1"));
        ValidationException invalid = catchThrowableOfType(ValidationException.class, () -> client.tasks().get("t2"));
        InsufficientCreditsException credits = catchThrowableOfType(InsufficientCreditsException.class,
                () -> client.tasks().get("t3"));

        assertThat(notFound.details().vendorMessage()).contains("Task not found");
        assertThat(invalid.details().vendorMessage()).contains("body.params.duration: must be 4, 6 or 8");
        assertThat(credits.required()).contains(new BigDecimal("1.96"));
    }

    @Test
    void authConflictAndNotFoundCodesMap() {
        server.enqueue(jsonResponse(401, "{\"error\":{\"code\":\"invalid_api_key\",\"message\":\"Invalid API key\"}}"));
        server.enqueue(jsonResponse(409, "{\"error\":{\"code\":\"duplicate_idempotency_key\",\"message\":\"Duplicate "
                + "idempotency key - use unique key per request\"}}"));
        server.enqueue(jsonResponse(404, "{\"error\":{\"code\":\"task_not_found\",\"message\":\"Task not found\"}}"));

        AuthenticationException auth = catchThrowableOfType(AuthenticationException.class, () -> client.agents().balance());
        ConflictException conflict = catchThrowableOfType(ConflictException.class, () -> client.tasks().create(IMAGE));
        NotFoundException missing = catchThrowableOfType(NotFoundException.class, () -> client.tasks().get("nope"));

        assertThat(auth.getMessage()).doesNotContain(API_KEY);
        assertThat(conflict.errorCode()).contains("duplicate_idempotency_key");
        assertThat(missing.errorCode()).contains("task_not_found");
        assertThat(server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void rateLimitsAreRetriedAfterRetryAfterAndThenSurfaceWithTheDelay() {
        MockResponse limited = jsonResponse(429, "{\"error\":{\"code\":\"rate_limit_exceeded\",\"message\":\"Rate limit "
                + "exceeded\",\"details\":{\"retry_after\":30,\"limit\":60,\"window\":\"1 minute\"}}}")
                .newBuilder().setHeader("Retry-After", "30").build();
        server.enqueue(limited);
        server.enqueue(Fixtures.ok("balance-response.json"));
        server.enqueue(limited);
        server.enqueue(limited);
        server.enqueue(limited);

        Balance balance = client.agents().balance();
        RateLimitException e = catchThrowableOfType(RateLimitException.class, () -> client.agents().balance());

        assertThat(balance.tier()).isEqualTo(1);
        assertThat(e.retryAfter()).contains(Duration.ofSeconds(30));
        assertThat(e.errorCode()).contains("rate_limit_exceeded");
        assertThat(e.details().extra()).containsEntry("retry_after", 30L);
        assertThat(server.getRequestCount()).isEqualTo(5);
        assertThat(scheduler.requestedDelays()).contains(Duration.ofSeconds(30));
    }

    @Test
    void serverErrorsOfReadsAreRetriedButPaidCreatesWithoutAKeyAreNot() {
        server.enqueue(jsonResponse(503, "{\"detail\":\"maintenance\"}"));
        server.enqueue(Fixtures.ok("balance-response.json"));
        server.enqueue(jsonResponse(502, "{}"));

        assertThat(client.agents().balance().tier()).isEqualTo(1);
        assertThatThrownBy(() -> client.deposits().init(DepositParams.of("5.00", DepositProvider.CARD)))
                .isInstanceOf(ServerException.class);
        assertThat(server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void badSuccessBodiesAreMalformedResponsesNotParserErrors() {
        server.enqueue(jsonResponse(200, "<html>gateway</html>"));
        server.enqueue(jsonResponse(200, "{\"status\":\"pending\"}"));
        server.enqueue(jsonResponse(200, "{\"task_id\":\"t\",\"status\":\"pending\",\"estimated_cost\":\"not money\"}"));

        assertThatThrownBy(() -> client.tasks().get("t")).isInstanceOf(MalformedResponseException.class);
        assertThatThrownBy(() -> client.tasks().get("t")).isInstanceOf(MalformedResponseException.class)
                .hasMessageContaining("task_id");
        assertThatThrownBy(() -> client.tasks().get("t")).isInstanceOf(MalformedResponseException.class);
    }

    @Test
    void jsonRpcErrorsBecomeTypedExceptions() {
        server.enqueue(jsonResponse(200, "{\"jsonrpc\":\"2.0\",\"id\":\"1\",\"error\":{\"code\":-32602,\"message\":"
                + "\"Invalid params\"}}"));
        server.enqueue(jsonResponse(200, "{\"jsonrpc\":\"2.0\",\"id\":\"1\",\"error\":{\"code\":-32000,\"message\":"
                + "\"Insufficient balance\",\"data\":{\"code\":\"insufficient_balance\"}}}"));
        server.enqueue(jsonResponse(200, "{\"jsonrpc\":\"2.0\",\"id\":\"1\",\"error\":{\"code\":-32603,\"message\":\"boom\"}}"));
        server.enqueue(jsonResponse(200, "{\"jsonrpc\":\"2.0\",\"id\":\"1\",\"error\":{\"code\":-32001,\"message\":"
                + "\"Task not found\"}}"));
        A2aRequest request = A2aRequest.mediaTask(TaskType.IMAGE_GENERATION, "sunset");

        ValidationException invalid = catchThrowableOfType(ValidationException.class, () -> client.a2a().send(request));
        InsufficientCreditsException credits = catchThrowableOfType(InsufficientCreditsException.class,
                () -> client.a2a().send(request));
        assertThatThrownBy(() -> client.a2a().send(request)).isInstanceOf(ServerException.class);
        assertThatThrownBy(() -> client.a2a().send(A2aRequest.taskStatus("x"))).isInstanceOf(NotFoundException.class);

        assertThat(invalid.errorCode()).contains("-32602");
        assertThat(invalid.details().extra()).containsEntry("jsonrpc_code", -32602);
        assertThat(credits.errorCode()).contains("insufficient_balance");
        assertThat(server.getRequestCount()).isEqualTo(4);
    }

    @Test
    void mcpIsErrorResultsBecomeExceptions() {
        server.enqueue(jsonResponse(200, "{\"content\":[{\"type\":\"text\",\"text\":\"Error: insufficient_balance - "
                + "Insufficient balance\"}],\"isError\":true}"));
        server.enqueue(jsonResponse(200, "{\"content\":[{\"type\":\"text\",\"text\":\"Video requires Tier 2\"}],"
                + "\"isError\":true}"));
        server.enqueue(jsonResponse(200, "{\"content\":[{\"type\":\"text\",\"text\":\"Something odd\"}],\"isError\":true}"));
        McpToolCall call = McpToolCall.generateImage(ImageParams.of("x"));

        InsufficientCreditsException credits = catchThrowableOfType(InsufficientCreditsException.class,
                () -> client.mcp().call(call));
        assertThatThrownBy(() -> client.mcp().call(call)).isInstanceOf(PermissionDeniedException.class)
                .hasMessageContaining("Video requires Tier 2");
        MediaGenException other = catchThrowableOfType(MediaGenException.class, () -> client.mcp().call(call));

        assertThat(credits.errorCode()).contains("insufficient_balance");
        assertThat(other.getClass()).isEqualTo(ApiException.class);
        assertThat(server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void aTaskCreateIsRetriedWithTheSameBodyKey() throws Exception {
        server.enqueue(jsonResponse(503, "{\"detail\":\"overloaded\"}"));
        server.enqueue(new MockResponse.Builder().onResponseStart(mockwebserver3.SocketEffect.ShutdownConnection.INSTANCE)
                .build());
        server.enqueue(jsonResponse(201, Fixtures.text("task-created-response.json")));

        Task task = client.tasks().create(IMAGE);

        String first = Fixtures.json(server.takeRequest().getBody().utf8()).get("idempotency_key").asText();
        String second = Fixtures.json(server.takeRequest().getBody().utf8()).get("idempotency_key").asText();
        String third = Fixtures.json(server.takeRequest().getBody().utf8()).get("idempotency_key").asText();
        assertThat(first).isNotBlank().isEqualTo(second).isEqualTo(third);
        assertThat(task.id()).isEqualTo("ede83966-a50c-4e52-aa63-a3c1e28f4c38");
    }

    @Test
    void eachLogicalCreateGetsItsOwnKey() throws Exception {
        server.enqueue(jsonResponse(201, Fixtures.text("task-created-response.json")));
        server.enqueue(jsonResponse(201, Fixtures.text("task-created-response.json")));

        client.tasks().create(IMAGE);
        client.tasks().create(IMAGE);

        assertThat(Fixtures.json(server.takeRequest().getBody().utf8()).get("idempotency_key"))
                .isNotEqualTo(Fixtures.json(server.takeRequest().getBody().utf8()).get("idempotency_key"));
    }

    @Test
    void anOperationIsRetriedAfterA5xxOnlyWhenTheCallerGaveAKey() throws Exception {
        OperationParams upscale = OperationParams.upscale("https://e.com/a.png", 2);
        server.enqueue(jsonResponse(502, "{}"));
        server.enqueue(jsonResponse(502, "{}"));
        server.enqueue(Fixtures.ok("operation-background-remove-response.json"));

        assertThatThrownBy(() -> client.operations().create(upscale)).isInstanceOf(ServerException.class);
        Operation keyed = client.operations().create(upscale,
                dev.mediagen.core.RequestOptions.builder().idempotencyKey("op-1").build());

        assertThat(Fixtures.json(server.takeRequest().getBody().utf8()).has("idempotency_key")).isFalse();
        assertThat(Fixtures.json(server.takeRequest().getBody().utf8()).get("idempotency_key").asText()).isEqualTo("op-1");
        assertThat(Fixtures.json(server.takeRequest().getBody().utf8()).get("idempotency_key").asText()).isEqualTo("op-1");
        assertThat(keyed.id()).isEqualTo("a1b2c3d4-5678-4ef0-abcd-1234567890ab");
    }

    @Test
    void retriesCanBeTurnedOffPerCall() {
        server.enqueue(jsonResponse(500, "{\"detail\":\"boom\"}"));
        assertThatThrownBy(() -> client.agents().balance(dev.mediagen.core.RequestOptions.builder()
                .retryPolicy(RetryPolicy.none()).build())).isInstanceOf(ServerException.class);
        assertThat(server.getRequestCount()).isEqualTo(1);
    }
}
