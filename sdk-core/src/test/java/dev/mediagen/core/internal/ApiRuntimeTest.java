package dev.mediagen.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mediagen.core.AuthenticationException;
import dev.mediagen.core.ConnectionException;
import dev.mediagen.core.Futures;
import dev.mediagen.core.MalformedResponseException;
import dev.mediagen.core.RawResponse;
import dev.mediagen.core.RequestOptions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ApiRuntimeTest {
    @StartStop
    final MockWebServer server = new MockWebServer();

    private ApiRuntime runtime;

    @BeforeEach
    void setUp() {
        runtime = TestVendor.builder(server.url("/").toString()).apiKey("sk_test_secret_12345").build();
    }

    @AfterEach
    void tearDown() {
        runtime.close();
    }

    static final class Created {
        String taskId;
        String status;
    }

    @Test
    void sendsMethodPathQueryHeadersAndJsonBodyAndParsesTheResponse() throws Exception {
        server.enqueue(json(200, "{\"task_id\":\"t-1\",\"status\":\"pending\",\"extra_field\":1}"));

        Created created = Futures.join(runtime.call(ApiRequest.post("/v3/tasks").query("dry_run", true)
                        .json(Map.of("type", "image")).build(), RequestOptions.builder().header("X-Trace", "abc").build(),
                runtime.json(Created.class)));

        assertThat(created.taskId).isEqualTo("t-1");
        assertThat(created.status).isEqualTo("pending");
        RecordedRequest request = server.takeRequest();
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getTarget()).isEqualTo("/v3/tasks?dry_run=true");
        assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer sk_test_secret_12345");
        assertThat(request.getHeaders().get("User-Agent"))
                .matches("mediagen-java/\\S+ \\(testvendor\\) Java/\\S+");
        assertThat(request.getHeaders().get("Accept")).isEqualTo("application/json");
        assertThat(request.getHeaders().get("Content-Type")).startsWith("application/json");
        assertThat(request.getHeaders().get("X-MediaGen-Attempt")).isEqualTo("1");
        assertThat(request.getHeaders().get("X-Trace")).isEqualTo("abc");
        assertThat(request.getBody().utf8()).isEqualTo("{\"type\":\"image\"}");
    }

    @Test
    void asyncCallsCompleteOnTheCallbackExecutorNotOnOkHttpThreads() throws Exception {
        server.enqueue(json(200, "{}"));
        AtomicReference<String> thread = new AtomicReference<>();

        runtime.call(ApiRequest.get("/x").build(), RequestOptions.none(), runtime.json(Created.class))
                .thenRun(() -> thread.set(Thread.currentThread().getName()))
                .get(5, TimeUnit.SECONDS);

        assertThat(thread.get()).startsWith("mediagen-testvendor-callback");
    }

    @Test
    void unauthenticatedRequestsCarryNoAuthorizationHeader() throws Exception {
        server.enqueue(json(200, "{}"));

        Futures.join(runtime.call(ApiRequest.post("/v3/agents").unauthenticated().json(Map.of("name", "a")).build(),
                RequestOptions.none(), runtime.json(Created.class)));

        assertThat(server.takeRequest().getHeaders().get("Authorization")).isNull();
    }

    @Test
    void missingApiKeyFailsBeforeAnyRequest() {
        try (ApiRuntime noKey = TestVendor.builder(server.url("/").toString()).build()) {
            assertThatThrownBy(() -> Futures.join(noKey.call(ApiRequest.get("/x").build(), RequestOptions.none(),
                    noKey.json(Created.class))))
                    .isInstanceOf(AuthenticationException.class)
                    .hasMessageContaining("No API key configured");
        }
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void pathSegmentsAreEncodedSoIdsCannotChangeThePath() throws Exception {
        server.enqueue(json(200, "{}"));

        Futures.join(runtime.call(ApiRequest.get("/v3/tasks/" + ApiRequest.segment("a/../b c")).build(),
                RequestOptions.none(), runtime.json(Created.class)));

        assertThat(server.takeRequest().getTarget()).isEqualTo("/v3/tasks/a%2F..%2Fb%20c");
    }

    @Test
    void unreadableSuccessBodyIsAMalformedResponseException() {
        server.enqueue(new MockResponse.Builder().code(200).body("<html>oops</html>").build());

        assertThatThrownBy(() -> Futures.join(runtime.call(ApiRequest.get("/x").build(), RequestOptions.none(),
                runtime.json(Created.class))))
                .isInstanceOf(MalformedResponseException.class)
                .hasMessageContaining("GET /x")
                .satisfies(e -> assertThat(((MalformedResponseException) e).statusCode()).hasValue(200));
    }

    @Test
    void perRequestTimeoutEndsASlowCall() {
        server.enqueue(json(200, "{}").newBuilder().headersDelay(2, TimeUnit.SECONDS).build());

        assertThatThrownBy(() -> Futures.join(runtime.call(ApiRequest.get("/slow").build(),
                RequestOptions.builder().timeout(Duration.ofMillis(100)).retryPolicy(dev.mediagen.core.RetryPolicy.none()).build(),
                runtime.json(Created.class))))
                .isInstanceOf(ConnectionException.class)
                .satisfies(e -> assertThat(((ConnectionException) e).isTimeout()).isTrue());
    }

    @Test
    void rawResponseCarriesStatusHeadersRequestIdAndRateLimitState() {
        server.enqueue(json(201, "{\"task_id\":\"t-9\"}").newBuilder()
                .setHeader("X-Request-Id", "req_42")
                .setHeader("X-RateLimit-Limit", "60")
                .setHeader("X-RateLimit-Remaining", "59")
                .setHeader("X-RateLimit-Reset", "30")
                .build());

        RawResponse<Created> raw = RawResponse.capture(opts -> Futures.join(runtime.call(ApiRequest.get("/x").build(),
                opts, runtime.json(Created.class))));

        assertThat(raw.body().taskId).isEqualTo("t-9");
        assertThat(raw.statusCode()).isEqualTo(201);
        assertThat(raw.info().requestId()).hasValue("req_42");
        assertThat(raw.info().attempts()).isEqualTo(1);
        assertThat(raw.headers().first("x-ratelimit-limit")).hasValue("60");
        assertThat(raw.info().rateLimit()).hasValueSatisfying(state -> {
            assertThat(state.limit()).hasValue(60);
            assertThat(state.remaining()).hasValue(59);
            assertThat(state.reset()).isPresent();
        });
    }

    @Test
    void inFlightCallsNeverExceedTheLimitAndTheRestQueueWithoutThreads() throws Exception {
        AtomicInteger concurrent = new AtomicInteger();
        AtomicInteger peak = new AtomicInteger();
        CountDownLatch release = new CountDownLatch(1);
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
                int now = concurrent.incrementAndGet();
                peak.accumulateAndGet(now, Math::max);
                release.await(5, TimeUnit.SECONDS);
                concurrent.decrementAndGet();
                return json(200, "{}");
            }
        });
        try (ApiRuntime limited = TestVendor.builder(server.url("/").toString()).apiKey("k_12345678")
                .maxInFlightRequests(3).build()) {
            List<CompletableFuture<Created>> calls = new java.util.ArrayList<>();
            for (int i = 0; i < 40; i++) {
                calls.add(limited.call(ApiRequest.get("/x/" + i).build(), RequestOptions.none(), limited.json(Created.class)));
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (limited.inFlight().inFlight() < 3 && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
            assertThat(limited.inFlight().inFlight()).isEqualTo(3);
            assertThat(limited.inFlight().queued()).isEqualTo(37);
            long httpThreads = Thread.getAllStackTraces().keySet().stream()
                    .filter(t -> t.getName().startsWith("mediagen-testvendor-http")).count();
            assertThat(httpThreads).isLessThanOrEqualTo(3);
            release.countDown();
            CompletableFuture.allOf(calls.toArray(new CompletableFuture[0])).get(10, TimeUnit.SECONDS);
        }
        assertThat(peak.get()).isBetween(1, 3);
        assertThat(server.getRequestCount()).isEqualTo(40);
    }

    @Test
    void cancellingTheFutureCancelsTheHttpCall() throws Exception {
        server.enqueue(json(200, "{}").newBuilder().headersDelay(5, TimeUnit.SECONDS).build());
        CompletableFuture<Created> call = runtime.call(ApiRequest.get("/slow").build(), RequestOptions.none(),
                runtime.json(Created.class));
        server.takeRequest(5, TimeUnit.SECONDS);

        call.cancel(true);

        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(3);
        while (runtime.inFlight().inFlight() > 0 && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertThat(call).isCancelled();
        assertThat(runtime.inFlight().inFlight()).isZero();
    }

    @Test
    void httpThreadsAreDaemonsSoACliExitsPromptly() throws Exception {
        server.enqueue(json(200, "{}"));
        AtomicReference<Boolean> daemon = new AtomicReference<>();
        Futures.join(runtime.send(ApiRequest.get("/x").build(), RequestOptions.none(), response -> {
            daemon.set(Thread.currentThread().isDaemon());
            return null;
        }));
        assertThat(daemon.get()).isTrue();
    }

    static MockResponse json(int code, String body) {
        return new MockResponse.Builder().code(code).setHeader("Content-Type", "application/json").body(body).build();
    }

    @Test
    void aBlockingCallWaitsOnTheIoSideAndNeedsNoCallbackThread() {
        server.enqueue(json(200, "{\"task_id\":\"t-2\"}"));
        java.util.concurrent.atomic.AtomicInteger hops = new java.util.concurrent.atomic.AtomicInteger();
        try (ApiRuntime stalled = TestVendor.builder(server.url("/").toString()).apiKey("k_12345678")
                .callbackExecutor(task -> hops.incrementAndGet()).build()) {
            CompletableFuture<Created> call = stalled.call(ApiRequest.get("/x").build(), RequestOptions.none(),
                    stalled.json(Created.class));

            assertThat(Futures.join(call).taskId).isEqualTo("t-2");
            assertThat(call).as("callbacks still complete on the (here stalled) callback executor").isNotDone();
        }
        assertThat(hops.get()).isEqualTo(1);
    }
}
