package dev.mediagen.videogen;

import static dev.mediagen.videogen.Wire.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.mediagen.core.ApiException;
import dev.mediagen.core.AuthenticationException;
import dev.mediagen.core.InsufficientCreditsException;
import dev.mediagen.core.MalformedResponseException;
import dev.mediagen.core.NotFoundException;
import dev.mediagen.core.PermissionDeniedException;
import dev.mediagen.core.RateLimitException;
import dev.mediagen.core.ServerException;
import dev.mediagen.core.ValidationException;
import dev.mediagen.core.time.VirtualScheduler;
import dev.mediagen.videogen.model.ApiError;
import dev.mediagen.videogen.model.GenerateImageRequest;
import dev.mediagen.videogen.model.ToolExecution;
import java.time.Duration;
import java.time.Instant;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** VideoGen's ApiError bodies mapped to the SDK's typed exceptions, and which of them are retried. */
class VideoGenErrorTest {
    static final Instant NOW = Instant.parse("2026-07-01T10:00:00Z");

    @StartStop
    final MockWebServer server = new MockWebServer();

    private VirtualScheduler scheduler;
    private VideoGenClient client;

    @BeforeEach
    void setUp() {
        scheduler = VirtualScheduler.automatic(NOW);
        client = Wire.client(server, scheduler);
    }

    @AfterEach
    void tearDown() {
        client.close();
        scheduler.close();
    }

    private static GenerateImageRequest image() {
        return GenerateImageRequest.builder("a fox").build();
    }

    @Test
    void invalidApiKeyIsAnAuthenticationExceptionWithTheDecodedApiError() {
        server.enqueue(json(401, "{\"message\":\"Invalid API key\",\"code\":\"invalid_api_key\",\"internalErrorCode\":\"AUTH-7\"}"));

        AuthenticationException e = catchThrowableOfType(() -> client.tools().getExecution("vg_tool_1"),
                AuthenticationException.class);

        assertThat(e.statusCode()).hasValue(401);
        assertThat(e.errorCode()).contains("invalid_api_key");
        assertThat(e.requestId()).contains("req_123");
        assertThat(e.vendor()).contains("videogen");
        assertThat(e.getMessage()).contains("Invalid API key").contains("invalid_api_key");
        ApiError error = ApiError.from(e).orElseThrow();
        assertThat(error.message()).isEqualTo("Invalid API key");
        assertThat(error.internalErrorCode()).contains("AUTH-7");
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void invalidParametersIsAValidationException() {
        server.enqueue(json(400, "{\"message\":\"numResults must be <= 100\",\"code\":\"invalid_parameters\"}"));

        assertThatThrownBy(() -> client.tools().generateImage(image()))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).errorCode()).contains("invalid_parameters"));
    }

    @Test
    void aPlanRequirementIsAPermissionErrorThatSaysWhatWouldFixIt() {
        server.enqueue(json(403, "{\"message\":\"Watermark removal needs an add-on\",\"code\":\"not_authorized\","
                + "\"requirement\":{\"type\":\"purchase_add_on\",\"details\":{\"addOn\":\"watermark_removal\"}}}"));

        PermissionDeniedException e = catchThrowableOfType(() -> client.tools().generateImage(image()),
                PermissionDeniedException.class);

        ApiError.Requirement requirement = ApiError.from(e).orElseThrow().requirement().orElseThrow();
        assertThat(requirement.type()).isEqualTo("purchase_add_on");
        assertThat(requirement.details()).containsEntry("addOn", "watermark_removal");
        assertThat(e.details().extra()).containsEntry("requirement", "purchase_add_on");
    }

    @Test
    void unknownIdIsNotFound() {
        server.enqueue(json(404, "{\"message\":\"Tool execution not found\",\"code\":\"not_found\"}"));

        assertThatThrownBy(() -> client.tools().getExecution("vg_tool_missing")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void exhaustedCreditsAnswered429AreInsufficientCreditsAndNeverRetried() {
        server.enqueue(json(429, "{\"message\":\"Not enough credits\",\"code\":\"insufficient_credits\"}"));
        server.enqueue(json(202, "{\"toolExecutionId\":\"vg_tool_should_not_happen\"}"));

        InsufficientCreditsException e = catchThrowableOfType(() -> client.tools().generateImage(image()),
                InsufficientCreditsException.class);

        assertThat(e.statusCode()).hasValue(429);
        assertThat(e.errorCode()).contains("insufficient_credits");
        assertThat(e).isNotInstanceOf(RateLimitException.class);
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void aRateLimited429IsRetriedWhenTheWindowResets() throws Exception {
        long reset = NOW.plusSeconds(20).getEpochSecond();
        server.enqueue(new MockResponse.Builder().code(429).setHeader("X-RateLimit-Limit", "500")
                .setHeader("X-RateLimit-Remaining", "0").setHeader("X-RateLimit-Reset", Long.toString(reset))
                .body("{\"message\":\"Rate limit exceeded\",\"code\":\"rate_limited\"}").build());
        server.enqueue(json(202, "{\"toolExecutionId\":\"vg_tool_after_reset\"}"));

        String id = client.tools().generateImage(image()).toolExecutionId();

        assertThat(id).isEqualTo("vg_tool_after_reset");
        assertThat(server.getRequestCount()).isEqualTo(2);
        assertThat(scheduler.requestedDelays()).contains(Duration.ofSeconds(20));
        assertThat(scheduler.now()).isAfterOrEqualTo(Instant.ofEpochSecond(reset));
    }

    @Test
    void aLimitThatResetsTooFarAwayFailsFastWithRetryAfter() {
        long reset = NOW.plus(Duration.ofMinutes(40)).getEpochSecond();
        server.enqueue(new MockResponse.Builder().code(429).setHeader("X-RateLimit-Remaining", "0")
                .setHeader("X-RateLimit-Reset", Long.toString(reset))
                .body("{\"message\":\"Rate limit exceeded\",\"code\":\"rate_limited\"}").build());

        RateLimitException e = catchThrowableOfType(() -> client.tools().getExecution("vg_tool_1"),
                RateLimitException.class);

        assertThat(e.retryAfter()).contains(Duration.ofMinutes(40));
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void serverErrorsAreRetriedOnReadsButNotOnToolCallsThatMayHaveStartedWork() {
        server.enqueue(json(500, "{\"message\":\"boom\"}"));
        server.enqueue(json(200, VideoGenToolWireTest.execution("vg_tool_1")));
        ToolExecution read = client.tools().getExecution("vg_tool_1");
        assertThat(read.toolExecutionId()).isEqualTo("vg_tool_1");
        assertThat(server.getRequestCount()).isEqualTo(2);

        server.enqueue(json(502, "{\"message\":\"bad gateway\"}"));
        assertThatThrownBy(() -> client.tools().generateImage(image())).isInstanceOf(ServerException.class);
        assertThat(server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void anUnreadableSuccessBodyIsAMalformedResponseNotAJacksonError() {
        server.enqueue(json(200, "{\"toolExecutionId\": [1, 2"));

        assertThatThrownBy(() -> client.tools().getExecution("vg_tool_1")).isInstanceOf(MalformedResponseException.class);
    }

    @Test
    void aNonJsonErrorBodyStillGivesTheStatusTypedException() {
        for (int attempt = 0; attempt < 3; attempt++) {
            server.enqueue(new MockResponse.Builder().code(503).body("<html>upstream down</html>").build());
        }
        server.enqueue(new MockResponse.Builder().code(418).body("<html>teapot</html>").build());

        assertThatThrownBy(() -> client.tools().getExecution("vg_tool_1")).isInstanceOf(ServerException.class);
        ApiException e = catchThrowableOfType(() -> client.tools().getExecution("vg_tool_1"), ApiException.class);
        assertThat(e.statusCode()).hasValue(418);
        assertThat(ApiError.from(e)).isEmpty();
    }

    @Test
    void theApiKeyNeverAppearsInErrorsEvenWhenTheServerEchoesIt() {
        server.enqueue(json(401, "{\"message\":\"Key " + Wire.KEY + " was revoked\",\"code\":\"invalid_api_key\"}"));

        AuthenticationException e = catchThrowableOfType(() -> client.tools().getExecution("vg_tool_1"),
                AuthenticationException.class);

        assertThat(e.getMessage()).doesNotContain(Wire.KEY).contains("[redacted]");
        assertThat(e.rawBody().orElseThrow()).doesNotContain(Wire.KEY);
    }
}
