package dev.mediagen.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mediagen.core.ApiException;
import dev.mediagen.core.AuthenticationException;
import dev.mediagen.core.ConflictException;
import dev.mediagen.core.Futures;
import dev.mediagen.core.InsufficientCreditsException;
import dev.mediagen.core.MediaGenException;
import dev.mediagen.core.NotFoundException;
import dev.mediagen.core.PermissionDeniedException;
import dev.mediagen.core.RateLimitException;
import dev.mediagen.core.RequestOptions;
import dev.mediagen.core.RetryPolicy;
import dev.mediagen.core.ServerException;
import dev.mediagen.core.ValidationException;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ErrorMappingTest {
    private static final String KEY = "sk_live_SUPERSECRET_0001";

    @StartStop
    final MockWebServer server = new MockWebServer();

    private ApiRuntime runtime;

    @BeforeEach
    void setUp() {
        runtime = TestVendor.builder(server.url("/").toString()).apiKey(KEY).retryPolicy(RetryPolicy.none()).build();
    }

    @AfterEach
    void tearDown() {
        runtime.close();
    }

    private MediaGenException failure() {
        try {
            Futures.join(runtime.call(ApiRequest.get("/v3/tasks/x").build(), RequestOptions.none(), r -> r.bodyText()));
        } catch (MediaGenException e) {
            return e;
        }
        throw new AssertionError("expected a failure");
    }

    @ParameterizedTest
    @CsvSource({
        "400, dev.mediagen.core.ValidationException",
        "401, dev.mediagen.core.AuthenticationException",
        "402, dev.mediagen.core.InsufficientCreditsException",
        "403, dev.mediagen.core.PermissionDeniedException",
        "404, dev.mediagen.core.NotFoundException",
        "409, dev.mediagen.core.ConflictException",
        "422, dev.mediagen.core.ValidationException",
        "429, dev.mediagen.core.RateLimitException",
        "500, dev.mediagen.core.ServerException",
        "503, dev.mediagen.core.ServerException",
        "418, dev.mediagen.core.ApiException"
    })
    void statusSelectsTheExceptionType(int status, String type) throws Exception {
        server.enqueue(new MockResponse.Builder().code(status).setHeader("X-Request-Id", "req_1")
                .body("{\"error\":{\"code\":\"some_code\",\"message\":\"Something happened\"}}").build());

        MediaGenException e = failure();

        assertThat(e).isExactlyInstanceOf(Class.forName(type));
        assertThat(e.statusCode()).hasValue(status);
        assertThat(e.errorCode()).hasValue("some_code");
        assertThat(e.requestId()).hasValue("req_1");
        assertThat(e.vendor()).hasValue("testvendor");
        assertThat(e.headers().first("x-request-id")).hasValue("req_1");
        assertThat(e.getMessage()).isEqualTo("[testvendor] HTTP " + status + " some_code: Something happened (request id req_1)");
    }

    @Test
    void vendorCodeOverridesTheStatus() {
        server.enqueue(new MockResponse.Builder().code(400)
                .body("{\"error\":{\"code\":\"insufficient_balance\",\"message\":\"Need $1.96\"}}").build());

        assertThat(failure()).isInstanceOf(InsufficientCreditsException.class);
    }

    @Test
    void htmlErrorPageStillYieldsTheRightTypeWithTheBodyKept() {
        server.enqueue(new MockResponse.Builder().code(502).setHeader("Content-Type", "text/html")
                .body("<html><body>Bad gateway</body></html>").build());

        MediaGenException e = failure();

        assertThat(e).isInstanceOf(ServerException.class);
        assertThat(e.errorCode()).isEmpty();
        assertThat(e.rawBody()).hasValue("<html><body>Bad gateway</body></html>");
        assertThat(e.getMessage()).contains("HTTP 502").contains("(no message)");
    }

    @Test
    void emptyAndMalformedBodiesStillYieldTheRightType() {
        server.enqueue(new MockResponse.Builder().code(404).build());
        assertThat(failure()).isInstanceOf(NotFoundException.class);
        server.enqueue(new MockResponse.Builder().code(401).body("{not json").build());
        assertThat(failure()).isInstanceOf(AuthenticationException.class);
        server.enqueue(new MockResponse.Builder().code(403).body("[1,2,3]").build());
        assertThat(failure()).isInstanceOf(PermissionDeniedException.class);
    }

    @Test
    void aDecoderThatThrowsNeverLeaksItsException() {
        VendorProfile broken = VendorProfile.builder("broken").errorDecoder(r -> {
            throw new IllegalStateException("decoder bug");
        }).build();
        try (ApiRuntime rt = TestVendor.builder(server.url("/").toString()).apiKey(KEY)
                .retryPolicy(RetryPolicy.none()).build(broken)) {
            server.enqueue(new MockResponse.Builder().code(409).body("{}").build());
            assertThatThrownBy(() -> Futures.join(rt.call(ApiRequest.get("/x").build(), RequestOptions.none(), r -> r)))
                    .isInstanceOf(ConflictException.class);
        }
    }

    @Test
    void theApiKeyNeverAppearsEvenWhenTheVendorEchoesIt() {
        server.enqueue(new MockResponse.Builder().code(401)
                .body("{\"error\":{\"code\":\"invalid_key\",\"message\":\"Key " + KEY + " is revoked\"}}").build());

        MediaGenException e = failure();

        assertThat(e.getMessage()).doesNotContain(KEY).contains("[redacted]");
        assertThat(e.rawBody().orElseThrow()).doesNotContain(KEY);
        assertThat(e.details().vendorMessage().orElseThrow()).doesNotContain(KEY);
        assertThat(e.toString()).doesNotContain(KEY);
    }

    @Test
    void everyExceptionIsAMediaGenException() {
        assertThat(new ValidationException("x")).isInstanceOf(ApiException.class).isInstanceOf(MediaGenException.class);
        assertThat(new RateLimitException("x", null, null, null).retryAfter()).isEmpty();
        assertThat(new InsufficientCreditsException("x", null, null).required()).isEmpty();
    }
}
