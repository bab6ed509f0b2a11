package dev.mediagen.core.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mediagen.core.ClientBuilder;
import dev.mediagen.core.RateLimit;
import dev.mediagen.core.time.Scheduler;
import java.time.Duration;
import java.util.concurrent.Executor;

/** A minimal vendor used to exercise the runtime the way vendor modules do. */
final class TestVendor {
    static final ErrorDecoder DECODER = response -> {
        try {
            JsonNode root = Json.snakeCase().readTree(response.body());
            JsonNode error = root.path("error");
            VendorError.Builder b = VendorError.builder()
                    .code(error.path("code").isTextual() ? error.path("code").asText() : null)
                    .message(error.path("message").isTextual() ? error.path("message").asText() : null);
            if ("insufficient_balance".equals(b.build().code())) {
                b.kind(ErrorKind.INSUFFICIENT_CREDITS);
            }
            return b.build();
        } catch (Exception e) {
            return VendorError.EMPTY;
        }
    };

    static final VendorProfile PROFILE = VendorProfile.builder("testvendor")
            .json(Json.snakeCase())
            .errorDecoder(DECODER)
            .rateLimit("generation", RateLimit.of(5, Duration.ofSeconds(10)))
            .build();

    private TestVendor() {
    }

    static Builder builder(String baseUrl) {
        return new Builder().baseUrl(baseUrl);
    }

    static final class Builder extends ClientBuilder<Builder> {
        Builder() {
            super("https://api.test.invalid", "TESTVENDOR");
        }

        ApiRuntime build() {
            return build(PROFILE);
        }

        ApiRuntime build(VendorProfile profile) {
            return ApiRuntime.create(profile, options());
        }

        Builder on(Scheduler scheduler, Executor callbacks) {
            return scheduler(scheduler).callbackExecutor(callbacks);
        }
    }
}
