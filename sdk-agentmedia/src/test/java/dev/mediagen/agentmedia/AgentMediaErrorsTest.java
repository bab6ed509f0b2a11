package dev.mediagen.agentmedia;

import static dev.mediagen.agentmedia.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mediagen.core.ApiException;
import dev.mediagen.core.AuthenticationException;
import dev.mediagen.core.ConflictException;
import dev.mediagen.core.InsufficientCreditsException;
import dev.mediagen.core.MediaGenException;
import dev.mediagen.core.NotFoundException;
import dev.mediagen.core.PermissionDeniedException;
import dev.mediagen.core.RateLimitException;
import dev.mediagen.core.RequestOptions;
import dev.mediagen.core.RetryPolicy;
import dev.mediagen.core.ServerException;
import dev.mediagen.core.ValidationException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Both error-body shapes and every documented code map to the right exception, with the code kept. */
class AgentMediaErrorsTest {
    private static final String KEY = "ma_secret_key_that_must_never_leak_1234";
    private static final RequestOptions NO_RETRY = RequestOptions.builder().retryPolicy(RetryPolicy.none()).build();

    @StartStop
    final MockWebServer server = new MockWebServer();

    private AgentMediaClient client;

    @BeforeEach
    void setUp() {
        client = AgentMediaClient.builder().baseUrl(server.url("/api/v1").toString()).apiKey(KEY).build();
    }

    @AfterEach
    void tearDown() {
        client.close();
    }

    static Stream<Arguments> documentedCodes() {
        return Stream.of(
                Arguments.of(401, "missing_api_key", "authentication_error", AuthenticationException.class),
                Arguments.of(400, "invalid_json", "validation_error", ValidationException.class),
                Arguments.of(400, "missing_script", "validation_error", ValidationException.class),
                Arguments.of(400, "cta_too_long", "validation_error", ValidationException.class),
                Arguments.of(404, "job_not_found", "not_found", NotFoundException.class),
                Arguments.of(400, "cannot_cancel", "validation_error", ConflictException.class),
                Arguments.of(403, "plan_required", "authentication_error", PermissionDeniedException.class),
                Arguments.of(403, "plan_limit", "authentication_error", PermissionDeniedException.class),
                Arguments.of(402, "insufficient_credits", "insufficient_credits", InsufficientCreditsException.class),
                Arguments.of(502, "edge_function_unreachable", "server_error", ServerException.class),
                Arguments.of(413, "body_too_large", "server_error", ValidationException.class),
                Arguments.of(400, "validation_error", "validation_error", ValidationException.class),
                Arguments.of(429, "rate_limit_exceeded", "rate_limit_error", RateLimitException.class));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("documentedCodes")
    void documentedCodesMapToTheirExceptionWithCodeMessageAndRequestId(int status, String code, String type,
                                                                      Class<? extends ApiException> expected) {
        server.enqueue(json(status, "{\"error\":{\"code\":\"" + code + "\",\"message\":\"It went wrong\",\"type\":\""
                + type + "\"}}"));

        assertThatThrownBy(() -> client.videos().get("job-1", NO_RETRY))
                .isExactlyInstanceOf(expected)
                .hasMessageContaining(code).hasMessageContaining("It went wrong").hasMessageContaining("req-123")
                .satisfies(e -> {
                    MediaGenException error = (MediaGenException) e;
                    assertThat(error.errorCode()).hasValue(code);
                    assertThat(error.statusCode()).hasValue(status);
                    assertThat(error.requestId()).hasValue("req-123");
                    assertThat(error.vendor()).hasValue("agentmedia");
                    assertThat(error.details().extra()).containsEntry("type", type);
                });
    }

    @Test
    void theSeedsErrorExampleIsAValidationExceptionWithItsCode() {
        server.enqueue(Fixtures.fixture(400, "error-missing-script"));

        assertThatThrownBy(() -> client.videos().get("job-1", NO_RETRY))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.errorCode()).hasValue("missing_script");
                    assertThat(e.details().vendorMessage()).hasValue("Either script or prompt is required");
                    assertThat(e.details().extra()).containsEntry("type", "validation_error");
                });
    }

    static Stream<Arguments> apiV2Codes() {
        return Stream.of(
                Arguments.of(400, "VALIDATION_ERROR", ValidationException.class),
                Arguments.of(429, "TOO_MANY_ACTIVE_VIDEOS", RateLimitException.class),
                Arguments.of(429, "RATE_LIMITED", RateLimitException.class),
                Arguments.of(404, "ACTOR_NOT_FOUND", NotFoundException.class),
                Arguments.of(500, "INTERNAL_ERROR", ServerException.class),
                Arguments.of(500, "DISPATCH_ERROR", ServerException.class),
                Arguments.of(413, "FILE_TOO_LARGE", ValidationException.class));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("apiV2Codes")
    void apiV2ShapeMapsToo(int status, String code, Class<? extends ApiException> expected) {
        server.enqueue(json(status, "{\"error\":{\"code\":\"" + code + "\",\"message\":\"api-v2 says no\","
                + "\"details\":[{\"path\":[\"script\"],\"message\":\"Required\"}]}}"));

        assertThatThrownBy(() -> client.videos().create(VideoCreateParams.script(
                "Ever wonder why top founders wake up at 5am? It is about the mindset.").build(), NO_RETRY))
                .isExactlyInstanceOf(expected)
                .satisfies(e -> {
                    MediaGenException error = (MediaGenException) e;
                    assertThat(error.errorCode()).hasValue(code);
                    assertThat(error.details().vendorMessage()).hasValue("api-v2 says no");
                    assertThat(error.details().extra().get("details"))
                            .isEqualTo(List.of(Map.of("path", List.of("script"), "message", "Required")));
                });
    }

    @Test
    void concurrencyGateKeepsActiveAndLimit() {
        server.enqueue(json(429, "{\"error\":{\"code\":\"TOO_MANY_ACTIVE_VIDEOS\",\"message\":\"3 in progress\","
                + "\"details\":{\"active\":3,\"limit\":3}}}"));

        assertThatThrownBy(() -> client.videos().create(VideoCreateParams.script(
                "Ever wonder why top founders wake up at 5am? It is about the mindset.").build(), NO_RETRY))
                .isInstanceOfSatisfying(RateLimitException.class, e -> {
                    assertThat(e.details().extra()).containsEntry("active", new BigDecimal("3"))
                            .containsEntry("limit", new BigDecimal("3"));
                    assertThat(e.retryAfter()).isEmpty();
                });
    }

    @Test
    void insufficientCreditsCarriesTheAmountsAndIsNeverRetried() {
        server.enqueue(json(402, "{\"error\":{\"code\":\"insufficient_credits\",\"message\":\"UGC video (~10s) costs 300"
                + " credits\",\"type\":\"insufficient_credits\",\"credits_required\":300,\"credits_available\":120}}"));

        assertThatThrownBy(() -> client.videos().create(VideoCreateParams.script(
                "Ever wonder why top founders wake up at 5am? It is about the mindset.").build()))
                .isInstanceOfSatisfying(InsufficientCreditsException.class, e -> {
                    assertThat(e.required()).hasValue(new BigDecimal("300"));
                    assertThat(e.available()).hasValue(new BigDecimal("120"));
                });
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void edgeFunctionRawShapeAndCodesThatAreMessagesStillMapByStatus() {
        server.enqueue(json(404, "{\"error\":\"Job not found\"}"));
        server.enqueue(json(400, "{\"error\":\"script_too_long\",\"error_description\":\"Script has 40 words\","
                + "\"word_count\":40,\"max_words\":37}"));

        assertThatThrownBy(() -> client.videos().get("j", NO_RETRY))
                .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.errorCode()).hasValue("Job not found"));
        assertThatThrownBy(() -> client.videos().get("j", NO_RETRY))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.errorCode()).hasValue("script_too_long");
                    assertThat(e.details().vendorMessage()).hasValue("Script has 40 words");
                    assertThat(e.details().extra()).containsEntry("word_count", new BigDecimal("40"));
                });
    }

    @Test
    void nonJsonErrorBodiesStillGiveTypedExceptions() {
        server.enqueue(new MockResponse.Builder().code(502).body("<html>Bad gateway</html>").build());

        assertThatThrownBy(() -> client.account().info(NO_RETRY))
                .isInstanceOfSatisfying(ServerException.class, e -> {
                    assertThat(e.statusCode()).hasValue(502);
                    assertThat(e.errorCode()).isEmpty();
                    assertThat(e.rawBody()).hasValue("<html>Bad gateway</html>");
                });
    }

    @Test
    void unreadableSuccessBodyIsMalformedNotAJacksonError() {
        server.enqueue(json(200, "{\"jobs\": \"not a list\"}"));
        server.enqueue(json(201, "{\"status\":\"submitted\"}"));

        assertThatThrownBy(() -> client.videos().list())
                .isInstanceOf(dev.mediagen.core.MalformedResponseException.class);
        assertThatThrownBy(() -> client.videos().create(VideoCreateParams.script(
                "Ever wonder why top founders wake up at 5am? It is about the mindset.").build()))
                .isInstanceOf(dev.mediagen.core.MalformedResponseException.class)
                .hasMessageContaining("job_id");
    }

    @Test
    void actorMissWithSuggestionsIsAnActorNotFoundException() {
        server.enqueue(json(404, "{\"error\":{\"code\":\"not_found\",\"message\":\"Actor 'emmma' not found. Did you"
                + " mean: emma, emily? Run 'agent-media actor list' to browse actors.\",\"type\":\"not_found\"}}"));
        server.enqueue(json(404, "{\"error\":{\"code\":\"not_found\",\"message\":\"Actor 'zz' not found.\","
                + "\"type\":\"not_found\"}}"));

        assertThatThrownBy(() -> client.actors().get("emmma"))
                .isInstanceOfSatisfying(ActorNotFoundException.class, e -> {
                    assertThat(e.suggestions()).containsExactly("emma", "emily");
                    assertThat(e.errorCode()).hasValue("not_found");
                    assertThat(e.statusCode()).hasValue(404);
                });
        assertThatThrownBy(() -> client.actors().get("zz"))
                .isInstanceOfSatisfying(ActorNotFoundException.class, e -> assertThat(e.suggestions()).isEmpty());
    }

    @Test
    void theApiKeyNeverAppearsInExceptions() {
        server.enqueue(json(401, "{\"error\":{\"code\":\"invalid_api_key\",\"message\":\"Key " + KEY
                + " is revoked\",\"type\":\"authentication_error\"}}"));

        assertThatThrownBy(() -> client.account().info())
                .isInstanceOfSatisfying(AuthenticationException.class, e -> {
                    assertThat(e.getMessage()).doesNotContain(KEY).contains("[redacted]");
                    assertThat(e.rawBody().orElseThrow()).doesNotContain(KEY);
                    assertThat(e.details().toString()).doesNotContain(KEY);
                });
    }
}
