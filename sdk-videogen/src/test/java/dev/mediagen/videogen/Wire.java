package dev.mediagen.videogen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mediagen.core.RetryPolicy;
import dev.mediagen.core.time.Scheduler;
import java.time.Duration;
import java.util.concurrent.Executor;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/** Helpers of the wire-level tests: a client on a MockWebServer, canned responses, recorded-request checks. */
final class Wire {
    static final String KEY = "sk_videogen_test_4f8a2c9e1b7d";
    static final Executor DIRECT = Runnable::run;

    private Wire() {
    }

    static VideoGenClient.Builder client(MockWebServer server) {
        return VideoGenClient.builder().apiKey(KEY).baseUrl(server.url("/").toString()).callbackExecutor(DIRECT)
                .retryPolicy(RetryPolicy.builder().initialBackoff(Duration.ofMillis(1)).jitter(0).build());
    }

    static VideoGenClient client(MockWebServer server, Scheduler scheduler) {
        return client(server).scheduler(scheduler).build();
    }

    static MockResponse json(int status, String body) {
        return new MockResponse.Builder().code(status).setHeader("Content-Type", "application/json")
                .setHeader("x-request-id", "req_123").body(body).build();
    }

    /** Checks method, path (with query), auth and identification headers; returns the request for more checks. */
    static RecordedRequest assertCall(RecordedRequest request, String method, String target) {
        assertThat(request.getMethod()).isEqualTo(method);
        assertThat(request.getTarget()).isEqualTo(target);
        assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer " + KEY);
        assertThat(request.getHeaders().get("User-Agent")).matches("mediagen-java/\\S+ \\(videogen\\) Java/\\S+");
        assertThat(request.getHeaders().get("Accept")).isEqualTo("application/json");
        return request;
    }

    /** The recorded JSON body must equal {@code expected} exactly (same fields, same values). */
    static void assertJsonBody(RecordedRequest request, String expected) {
        assertThat(request.getHeaders().get("Content-Type")).startsWith("application/json");
        assertThat(SpecExamples.parse(request.getBody().utf8())).isEqualTo(SpecExamples.parse(expected));
    }
}
