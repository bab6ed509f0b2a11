package dev.mediagen.apex;

import static dev.mediagen.apex.Fixtures.json;
import static dev.mediagen.apex.Fixtures.seed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mediagen.core.ApiException;
import dev.mediagen.core.AuthenticationException;
import dev.mediagen.core.InsufficientCreditsException;
import dev.mediagen.core.MalformedResponseException;
import dev.mediagen.core.MediaGenException;
import dev.mediagen.core.NotFoundException;
import dev.mediagen.core.PermissionDeniedException;
import dev.mediagen.core.RateLimitException;
import dev.mediagen.core.ServerException;
import dev.mediagen.core.ValidationException;
import dev.mediagen.core.time.VirtualScheduler;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The documented {@code {error, code}} bodies become typed exceptions; nothing leaks the API key. */
class ApexErrorsTest {
    private static final String KEY = "sk_live_errors_secret_7777";

    @StartStop
    final MockWebServer server = new MockWebServer();

    private VirtualScheduler scheduler;
    private ApexClient client;

    @BeforeEach
    void setUp() {
        scheduler = VirtualScheduler.automatic(Instant.parse("2026-03-16T12:00:00Z"));
        client = ApexClient.builder().baseUrl(server.url("/").toString()).apiKey(KEY).scheduler(scheduler)
                .maxRetries(0).build();
    }

    @AfterEach
    void tearDown() {
        client.close();
        scheduler.close();
    }

    @ParameterizedTest
    @CsvSource({
        "400, BAD_REQUEST, dev.mediagen.core.ValidationException",
        "401, UNAUTHORIZED, dev.mediagen.core.AuthenticationException",
        "402, PAYMENT_REQUIRED, dev.mediagen.core.InsufficientCreditsException",
        "403, FORBIDDEN, dev.mediagen.core.PermissionDeniedException",
        "404, NOT_FOUND, dev.mediagen.core.NotFoundException",
        "429, RATE_LIMITED, dev.mediagen.core.RateLimitException",
        "500, INTERNAL_ERROR, dev.mediagen.core.ServerException",
        "503, SERVICE_UNAVAILABLE, dev.mediagen.core.ServerException",
        // The code wins over the status when they disagree.
        "400, PAYMENT_REQUIRED, dev.mediagen.core.InsufficientCreditsException",
        "500, RATE_LIMITED, dev.mediagen.core.RateLimitException",
    })
    void documentedCodesBecomeTypedExceptions(int status, String code, String type) throws Exception {
        server.enqueue(json(status, "{\"error\":\"Human-readable error message\",\"code\":\"" + code + "\"}"));

        assertThatThrownBy(() -> client.account().usage())
                .isInstanceOf(Class.forName(type))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.statusCode()).hasValue(status);
                    assertThat(e.errorCode()).hasValue(code);
                    assertThat(e.getMessage()).contains("[apex]").contains(code).contains("Human-readable error message");
                });
    }

    @Test
    void theSeedsGenericShapeFallsBackToTheStatus() {
        server.enqueue(json(409, seed("error-response.json")));

        assertThatThrownBy(() -> client.account().usage())
                .isInstanceOfSatisfying(dev.mediagen.core.ConflictException.class, e -> {
                    assertThat(e.errorCode()).hasValue("MACHINE_READABLE_CODE");
                    assertThat(e.details().vendorMessage()).hasValue("Human-readable error message");
                });
    }

    @Test
    void the429BodyCarriesRetryAfter() {
        server.enqueue(json(429, seed("rate-limited.json")).newBuilder().setHeader("Retry-After", "7").build());

        assertThatThrownBy(() -> client.account().usage())
                .isInstanceOfSatisfying(RateLimitException.class, e -> {
                    assertThat(e.retryAfter()).hasValue(Duration.ofSeconds(7));
                    assertThat(e.errorCode()).hasValue("RATE_LIMITED");
                    assertThat(e.getMessage()).contains("Too many requests");
                });
    }

    @Test
    void a429WithoutRetryAfterWaitsUntilTheUnixSecondsReset() throws Exception {
        try (ApexClient retrying = ApexClient.builder().baseUrl(server.url("/").toString()).apiKey(KEY)
                .scheduler(scheduler).build()) {
            long reset = scheduler.now().plusSeconds(6).getEpochSecond();
            server.enqueue(json(429, seed("rate-limited.json")).newBuilder()
                    .setHeader("X-RateLimit-Remaining", "0").setHeader("X-RateLimit-Reset", Long.toString(reset)).build());
            server.enqueue(json(200, seed("usage-response.json")));
            Instant before = scheduler.now();

            assertThat(retrying.account().usage().credits()).isEqualTo(4500);

            assertThat(server.getRequestCount()).isEqualTo(2);
            assertThat(Duration.between(before, scheduler.now())).isGreaterThanOrEqualTo(Duration.ofSeconds(6));
        }
    }

    @Test
    void validationErrorDetailsAreKept() {
        server.enqueue(json(400, "{\"error\":\"Invalid input\",\"code\":\"BAD_REQUEST\","
                + "\"details\":[{\"path\":[\"width\"],\"message\":\"Number must be less than or equal to 2048\"}]}"));

        assertThatThrownBy(() -> client.generation().image(ImageRequest.builder().prompt("p").build()))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.details().extra().get("details").toString()).contains("2048"));
    }

    @Test
    void anErrorInsideA2xxBodyIsThrownTyped() {
        server.enqueue(json(200, "{\"error\":\"Insufficient credits\",\"code\":\"PAYMENT_REQUIRED\"}"));

        assertThatThrownBy(() -> client.generation().image(ImageRequest.builder().prompt("p").build()))
                .isInstanceOf(InsufficientCreditsException.class);
    }

    @Test
    void unreadableBodiesAreMalformedResponsesNotJacksonErrors() throws Exception {
        server.enqueue(json(200, "<html>gateway</html>"));
        server.enqueue(json(200, "{\"data\":null}"));
        server.enqueue(json(200, "{\"data\":{\"status\":\"queued\"}}"));
        server.enqueue(json(200, "{\"data\":{\"jobs\":\"nope\"}}"));
        server.enqueue(new MockResponse.Builder().code(502).body("Bad gateway").build());

        assertThatThrownBy(() -> client.account().usage()).isInstanceOf(MalformedResponseException.class);
        assertThatThrownBy(() -> client.account().usage()).isInstanceOf(MalformedResponseException.class)
                .hasMessageContaining("no data");
        assertThatThrownBy(() -> client.jobs().get("j")).isInstanceOf(MalformedResponseException.class)
                .hasMessageContaining("jobId");
        assertThatThrownBy(() -> client.jobs().list()).isInstanceOf(MalformedResponseException.class);
        assertThatThrownBy(() -> client.account().usage()).isInstanceOfSatisfying(ServerException.class,
                e -> assertThat(e.statusCode()).hasValue(502));
    }

    @Test
    void theApiKeyNeverAppearsInExceptionsOrTheClient() {
        server.enqueue(json(401, "{\"error\":\"Invalid API key " + KEY + "\",\"code\":\"UNAUTHORIZED\"}"));

        assertThatThrownBy(() -> client.account().usage())
                .isInstanceOfSatisfying(AuthenticationException.class, e -> {
                    assertThat(e.getMessage()).doesNotContain(KEY);
                    assertThat(e.details().toString()).doesNotContain(KEY);
                    assertThat(e.details().rawBody().orElse("")).doesNotContain(KEY);
                });
        assertThat(client.toString()).doesNotContain(KEY);
    }

    @Test
    void aMissingJobIsNotFoundAndAMissingKeyFailsBeforeSending() throws Exception {
        server.enqueue(json(200, "{\"data\":[{\"jobId\":\"other\",\"status\":\"queued\"},{\"jobId\":\"x\"}]}"));

        assertThatThrownBy(() -> client.jobs().get("wanted")).isInstanceOf(NotFoundException.class);
        try (ApexClient anonymous = ApexClient.builder().baseUrl(server.url("/").toString()).scheduler(scheduler)
                .build()) {
            assertThatThrownBy(() -> anonymous.account().usage()).isInstanceOf(AuthenticationException.class)
                    .hasMessageContaining("No API key");
        }
        assertThat(server.getRequestCount()).isEqualTo(1);
        assertThat(PermissionDeniedException.class).isAssignableTo(MediaGenException.class);
        assertThat(server.takeRequest(1, TimeUnit.SECONDS).getTarget()).isEqualTo("/api/jobs?id=wanted");
    }
}
