package dev.mediagen.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mediagen.core.AuthenticationException;
import dev.mediagen.core.Futures;
import dev.mediagen.core.RequestOptions;
import dev.mediagen.core.auth.AccessToken;
import dev.mediagen.core.auth.RefreshingTokenAuth;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

class TokenRefreshOn401Test {
    @StartStop
    final MockWebServer server = new MockWebServer();

    private final AtomicInteger issued = new AtomicInteger();
    private final RefreshingTokenAuth auth = new RefreshingTokenAuth(
            () -> CompletableFuture.completedFuture(new AccessToken("tok-" + issued.incrementAndGet(),
                    Instant.now().plus(Duration.ofMinutes(15)))),
            Clock.systemUTC(), Duration.ofMinutes(1));

    @Test
    void a401RefreshesTheTokenAndRetriesOnceWithTheNewOne() throws Exception {
        server.enqueue(new MockResponse.Builder().code(401).body("{}").build());
        server.enqueue(new MockResponse.Builder().code(200).body("ok").build());
        try (ApiRuntime runtime = TestVendor.builder(server.url("/").toString()).auth(auth).build()) {
            Object body = Futures.join(runtime.call(ApiRequest.get("/x").build(), RequestOptions.none(), r -> r.bodyText()));
            assertThat(body).isEqualTo("ok");
        }
        assertThat(server.takeRequest().getHeaders().get("Authorization")).isEqualTo("Bearer tok-1");
        assertThat(server.takeRequest().getHeaders().get("Authorization")).isEqualTo("Bearer tok-2");
    }

    @Test
    void aSecond401IsFinal() {
        server.enqueue(new MockResponse.Builder().code(401).body("{}").build());
        server.enqueue(new MockResponse.Builder().code(401).body("{}").build());
        try (ApiRuntime runtime = TestVendor.builder(server.url("/").toString()).auth(auth).build()) {
            assertThatThrownBy(() -> Futures.join(runtime.call(ApiRequest.get("/x").build(), RequestOptions.none(),
                    r -> r.bodyText()))).isInstanceOf(AuthenticationException.class);
        }
        assertThat(server.getRequestCount()).isEqualTo(2);
    }
}
