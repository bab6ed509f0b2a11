package dev.mediagen.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mediagen.core.Futures;
import dev.mediagen.core.RequestOptions;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import okhttp3.Call;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

/** Users can instrument the SDK's HTTP with their own OkHttpClient or Call.Factory. */
class CallFactoryHookTest {
    @StartStop
    final MockWebServer server = new MockWebServer();

    @Test
    void anOkHttpClientsInterceptorsSeeEveryCallAndTheSdkStillSizesTheDispatcher() {
        server.enqueue(new MockResponse.Builder().code(200).body("ok").build());
        List<String> seen = new CopyOnWriteArrayList<>();
        OkHttpClient instrumented = new OkHttpClient.Builder()
                .addInterceptor(chain -> {
                    seen.add(chain.request().method() + " " + chain.request().url().encodedPath());
                    return chain.proceed(chain.request());
                }).build();

        try (ApiRuntime runtime = TestVendor.builder(server.url("/").toString()).apiKey("k_12345678")
                .callFactory(instrumented).maxInFlightRequests(7).build()) {
            Futures.join(runtime.call(ApiRequest.get("/v1/me").build(), RequestOptions.none(), r -> r.bodyText()));
            OkHttpClient used = (OkHttpClient) runtime.apiCalls();
            assertThat(used.dispatcher().getMaxRequestsPerHost()).isEqualTo(7);
            assertThat(used.dispatcher().getMaxRequests()).isEqualTo(7);
            assertThat(used.retryOnConnectionFailure()).isFalse();
        }
        assertThat(seen).containsExactly("GET /v1/me");
    }

    @Test
    void aPlainCallFactoryWrapperIsUsedAsGiven() {
        server.enqueue(new MockResponse.Builder().code(200).body("ok").build());
        OkHttpClient delegate = new OkHttpClient();
        List<String> wrapped = new CopyOnWriteArrayList<>();
        Call.Factory tracing = request -> {
            wrapped.add(request.header("User-Agent"));
            return delegate.newCall(request);
        };

        try (ApiRuntime runtime = TestVendor.builder(server.url("/").toString()).apiKey("k_12345678")
                .callFactory(tracing).build()) {
            Object body = Futures.join(runtime.call(ApiRequest.get("/x").build(), RequestOptions.none(), r -> r.bodyText()));
            assertThat(body).isEqualTo("ok");
        }
        assertThat(wrapped).hasSize(1).allMatch(ua -> ua.startsWith("mediagen-java/"));
    }

    @Test
    void theDefaultEngineSizesPerHostToTheGlobalLimit() {
        try (ApiRuntime runtime = TestVendor.builder(server.url("/").toString()).apiKey("k_12345678").build()) {
            OkHttpClient used = (OkHttpClient) runtime.apiCalls();
            assertThat(used.dispatcher().getMaxRequestsPerHost()).isEqualTo(64);
            assertThat(used.connectionPool()).isNotNull();
            OkHttpClient downloads = (OkHttpClient) runtime.downloadCalls();
            assertThat(downloads.dispatcher()).isNotSameAs(used.dispatcher());
            assertThat(downloads.dispatcher().getMaxRequests()).isEqualTo(4);
        }
    }
}
