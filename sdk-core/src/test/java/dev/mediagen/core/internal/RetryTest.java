package dev.mediagen.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mediagen.core.ConnectionException;
import dev.mediagen.core.Futures;
import dev.mediagen.core.InsufficientCreditsException;
import dev.mediagen.core.RateLimitException;
import dev.mediagen.core.RawResponse;
import dev.mediagen.core.RequestOptions;
import dev.mediagen.core.RetryPolicy;
import dev.mediagen.core.ServerException;
import dev.mediagen.core.time.VirtualScheduler;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RetryTest {
    private static final Instant T0 = Instant.parse("2026-03-01T12:00:00Z");

    @StartStop
    final MockWebServer server = new MockWebServer();

    private VirtualScheduler scheduler;
    private ApiRuntime runtime;

    @BeforeEach
    void setUp() {
        scheduler = VirtualScheduler.automatic(T0);
        runtime = TestVendor.builder(server.url("/").toString()).apiKey("sk_live_abcdefgh")
                .scheduler(scheduler).clientSideRateLimiting(false).build();
        runtime.randomSource(() -> 0.0);
    }

    @AfterEach
    void tearDown() {
        runtime.close();
        scheduler.close();
    }

    private Object get(RequestOptions options) {
        return Futures.join(runtime.call(ApiRequest.get("/v3/tasks/t1").build(), options, r -> r.bodyText()));
    }

    private Object createPaid(String key, RequestOptions options) {
        ApiRequest request = ApiRequest.post("/v3/tasks").json(key == null ? Map.of("type", "image")
                : Map.of("type", "image", "idempotency_key", key)).paidWork(key).build();
        return Futures.join(runtime.call(request, options, r -> r.bodyText()));
    }

    @Test
    void retriesRetryableStatusesWithExponentialBackoffAndCountsAttempts() throws Exception {
        server.enqueue(status(503));
        server.enqueue(status(502));
        server.enqueue(new MockResponse.Builder().code(200).body("ok").build());

        RawResponse<Object> raw = RawResponse.capture(this::get);

        assertThat(raw.body()).isEqualTo("ok");
        assertThat(raw.info().attempts()).isEqualTo(3);
        assertThat(scheduler.requestedDelays()).containsExactly(Duration.ofMillis(500), Duration.ofMillis(1000));
        assertThat(server.takeRequest().getHeaders().get("X-MediaGen-Attempt")).isEqualTo("1");
        assertThat(server.takeRequest().getHeaders().get("X-MediaGen-Attempt")).isEqualTo("2");
        assertThat(server.takeRequest().getHeaders().get("X-MediaGen-Attempt")).isEqualTo("3");
    }

    @Test
    void backoffIsCappedAndJitterOnlyShortensIt() {
        RetryPolicy policy = RetryPolicy.builder().initialBackoff(Duration.ofSeconds(1)).maxBackoff(Duration.ofSeconds(5))
                .jitter(0.5).build();
        assertThat(policy.backoff(1, 0.0)).isEqualTo(Duration.ofSeconds(1));
        assertThat(policy.backoff(3, 0.0)).isEqualTo(Duration.ofSeconds(4));
        assertThat(policy.backoff(4, 0.0)).isEqualTo(Duration.ofSeconds(5));
        assertThat(policy.backoff(40, 0.0)).isEqualTo(Duration.ofSeconds(5));
        assertThat(policy.backoff(3, 0.999)).isBetween(Duration.ofSeconds(2), Duration.ofSeconds(4));
    }

    @Test
    void givesUpAfterMaxRetriesWithTheLastTypedError() {
        for (int i = 0; i < 3; i++) {
            server.enqueue(status(500));
        }
        assertThatThrownBy(() -> get(RequestOptions.none())).isInstanceOf(ServerException.class)
                .hasMessageContaining("HTTP 500");
        assertThat(server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void honoursRetryAfterSeconds() {
        server.enqueue(status(429).newBuilder().setHeader("Retry-After", "7").build());
        server.enqueue(new MockResponse.Builder().code(200).body("ok").build());

        assertThat(get(RequestOptions.none())).isEqualTo("ok");
        assertThat(scheduler.requestedDelays()).containsExactly(Duration.ofSeconds(7));
    }

    @Test
    void honoursRetryAfterAsHttpDate() {
        String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.ofInstant(T0.plusSeconds(12), ZoneOffset.UTC));
        server.enqueue(status(503).newBuilder().setHeader("Retry-After", date).build());
        server.enqueue(new MockResponse.Builder().code(200).body("ok").build());

        assertThat(get(RequestOptions.none())).isEqualTo("ok");
        assertThat(scheduler.requestedDelays()).containsExactly(Duration.ofSeconds(12));
    }

    @Test
    void honoursRateLimitResetOnA429WithoutRetryAfter() {
        server.enqueue(status(429).newBuilder().setHeader("X-RateLimit-Remaining", "0")
                .setHeader("X-RateLimit-Reset", Long.toString(T0.plusSeconds(9).getEpochSecond())).build());
        server.enqueue(new MockResponse.Builder().code(200).body("ok").build());

        assertThat(get(RequestOptions.none())).isEqualTo("ok");
        assertThat(scheduler.requestedDelays()).containsExactly(Duration.ofSeconds(9));
    }

    @Test
    void aServerDelayBeyondTheMaximumFailsAtOnceWithRetryAfter() {
        server.enqueue(status(429).newBuilder().setHeader("Retry-After", "3600").build());

        assertThatThrownBy(() -> get(RequestOptions.none()))
                .isInstanceOfSatisfying(RateLimitException.class,
                        e -> assertThat(e.retryAfter()).hasValue(Duration.ofHours(1)));
        assertThat(server.getRequestCount()).isEqualTo(1);
        assertThat(scheduler.requestedDelays()).isEmpty();
    }

    @Test
    void insufficientCreditsIsNeverRetried() {
        server.enqueue(status(402).newBuilder().body("{\"error\":{\"code\":\"insufficient_balance\",\"message\":\"Top up\"}}").build());

        assertThatThrownBy(() -> get(RequestOptions.builder().maxRetries(5).build()))
                .isInstanceOf(InsufficientCreditsException.class);
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void creditsCodeOnA429IsNotRetriedEither() {
        server.enqueue(status(429).newBuilder().body("{\"error\":{\"code\":\"insufficient_balance\"}}").build());

        assertThatThrownBy(() -> get(RequestOptions.none())).isInstanceOf(InsufficientCreditsException.class);
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void paidWorkWithoutKeyIsNotResentAfterA500() {
        server.enqueue(status(500));

        assertThatThrownBy(() -> createPaid(null, RequestOptions.none())).isInstanceOf(ServerException.class);
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void paidWorkWithoutKeyIsResentAfterA429BecauseNothingWasProcessed() {
        server.enqueue(status(429).newBuilder().setHeader("Retry-After", "1").build());
        server.enqueue(new MockResponse.Builder().code(200).body("created").build());

        assertThat(createPaid(null, RequestOptions.none())).isEqualTo("created");
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void paidWorkWithoutKeyIsNotResentWhenTheConnectionDropsAfterSending() {
        server.enqueue(new MockResponse.Builder().code(200).body("x")
                .onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build());
        server.enqueue(new MockResponse.Builder().code(200).body("second").build());

        assertThatThrownBy(() -> createPaid(null, RequestOptions.none()))
                .isInstanceOfSatisfying(ConnectionException.class, e -> assertThat(e.isRequestSent()).isTrue());
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void paidWorkWithAKeyIsResentWithTheSameKeyAfterADroppedConnection() throws Exception {
        server.enqueue(new MockResponse.Builder().code(200).body("x")
                .onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build());
        server.enqueue(new MockResponse.Builder().code(200).body("created").build());

        assertThat(createPaid("key-123", RequestOptions.none())).isEqualTo("created");
        RecordedRequest first = server.takeRequest();
        RecordedRequest second = server.takeRequest();
        assertThat(first.getBody().utf8()).contains("\"idempotency_key\":\"key-123\"");
        assertThat(second.getBody().utf8()).isEqualTo(first.getBody().utf8());
    }

    @Test
    void connectionRefusedIsRetriedEvenForPaidWorkWithoutKey() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        try (ApiRuntime refused = TestVendor.builder("http://127.0.0.1:" + closedPort).apiKey("sk_live_abcdefgh")
                .scheduler(scheduler).build()) {
            refused.randomSource(() -> 0.0);
            assertThatThrownBy(() -> Futures.join(refused.call(ApiRequest.post("/v3/tasks").json(Map.of()).paidWork(null).build(),
                    RequestOptions.none(), r -> r.bodyText())))
                    .isInstanceOfSatisfying(ConnectionException.class, e -> assertThat(e.isRequestSent()).isFalse());
        }
        assertThat(scheduler.requestedDelays()).hasSize(2);
    }

    @Test
    void perRequestPolicyOverridesTheClients() {
        server.enqueue(status(503));

        assertThatThrownBy(() -> get(RequestOptions.builder().retryPolicy(RetryPolicy.none()).build()))
                .isInstanceOf(ServerException.class);
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void nonRetryableStatusesFailAtOnce() {
        server.enqueue(status(400));

        assertThatThrownBy(() -> get(RequestOptions.none())).isInstanceOf(dev.mediagen.core.ValidationException.class);
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void aStormOf429sEndsInARateLimitExceptionAfterTheConfiguredRetries() {
        for (int i = 0; i < 10; i++) {
            server.enqueue(status(429).newBuilder().setHeader("Retry-After", "2").build());
        }

        assertThatThrownBy(() -> get(RequestOptions.builder().maxRetries(4).build()))
                .isInstanceOfSatisfying(RateLimitException.class,
                        e -> assertThat(e.retryAfter()).hasValue(Duration.ofSeconds(2)));
        assertThat(server.getRequestCount()).isEqualTo(5);
        assertThat(scheduler.requestedDelays()).containsOnly(Duration.ofSeconds(2)).hasSize(4);
    }

    private static MockResponse status(int code) {
        return new MockResponse.Builder().code(code).body("{\"error\":{\"code\":\"e" + code + "\",\"message\":\"m\"}}").build();
    }
}
