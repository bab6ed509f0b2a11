package dev.mediagen.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mediagen.core.Futures;
import dev.mediagen.core.RequestOptions;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/** DEBUG logs show method, path, status, latency and attempt; never credentials or signed query strings. */
class LoggingTest {
    private static final String KEY = "sk_live_LOGSECRET_999";

    @StartStop
    final MockWebServer server = new MockWebServer();

    @Test
    void debugLinesCarryTheRequestButNeverSecrets() {
        server.enqueue(new MockResponse.Builder().code(200).setHeader("X-Request-Id", "req_7").body("{}").build());
        server.enqueue(new MockResponse.Builder().code(200).body("{}").build());
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try (ApiRuntime runtime = TestVendor.builder(server.url("/").toString()).apiKey(KEY).build()) {
            Futures.join(runtime.send(ApiRequest.get("/v3/tasks/t1").build(), RequestOptions.none(), r -> r.bodyText()));
            Futures.join(runtime.send(ApiRequest.put("ignored").absoluteUrl(server.url("/upload?X-Amz-Signature=abc123secret").toString())
                    .unauthenticated().raw(new byte[] {1}, "image/png").build(), RequestOptions.none(), r -> r.bodyText()));
        } finally {
            System.setErr(original);
        }
        String log = captured.toString(StandardCharsets.UTF_8);

        assertThat(log).contains("-> GET /v3/tasks/t1 attempt 1").contains("<- 200 GET /v3/tasks/t1")
                .contains("request-id req_7").contains("/upload?[redacted]");
        assertThat(log).doesNotContain(KEY).doesNotContain("abc123secret").doesNotContain("Authorization");
    }
}
