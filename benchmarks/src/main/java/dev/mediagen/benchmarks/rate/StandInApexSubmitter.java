package dev.mediagen.benchmarks.rate;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mediagen.core.ClientBuilder;
import dev.mediagen.core.RateLimit;
import dev.mediagen.core.RequestOptions;
import dev.mediagen.core.internal.ApiRequest;
import dev.mediagen.core.internal.ApiRuntime;
import dev.mediagen.core.internal.ErrorKind;
import dev.mediagen.core.internal.Json;
import dev.mediagen.core.internal.ResetFormat;
import dev.mediagen.core.internal.VendorError;
import dev.mediagen.core.internal.VendorProfile;
import dev.mediagen.core.time.Scheduler;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Apex as a vendor module declares it, built on core alone (used until sdk-apex is wired in): camelCase JSON,
 * {@code {error, code}} error bodies, the documented 5 submissions per 10 s on the {@code generate} class and
 * {@code X-RateLimit-Reset} in Unix seconds.
 */
final class StandInApexSubmitter implements Submitter {
    static final VendorProfile PROFILE = VendorProfile.builder("apex")
            .json(Json.camelCase())
            .errorDecoder(response -> {
                try {
                    JsonNode root = Json.camelCase().readTree(response.body());
                    VendorError.Builder b = VendorError.builder().code(root.path("code").asText(null))
                            .message(root.path("error").asText(null));
                    if ("PAYMENT_REQUIRED".equals(root.path("code").asText())) {
                        b.kind(ErrorKind.INSUFFICIENT_CREDITS);
                    }
                    return b.build();
                } catch (Exception e) {
                    return VendorError.EMPTY;
                }
            })
            .rateLimit("generate", RateLimit.of(5, Duration.ofSeconds(10)))
            .rateLimit("read", RateLimit.of(20, Duration.ofSeconds(10)))
            .resetFormat(ResetFormat.EPOCH_SECONDS)
            .build();

    private final ApiRuntime runtime;

    StandInApexSubmitter(String baseUrl, Scheduler scheduler, RateLimit generateLimit, boolean pacing) {
        Builder builder = new Builder().baseUrl(baseUrl).apiKey("sk_live_bench").clientSideRateLimiting(pacing);
        if (scheduler != null) {
            builder.scheduler(scheduler).callbackExecutor(Runnable::run);
        }
        if (generateLimit != null) {
            builder.rateLimit("generate", generateLimit);
        }
        this.runtime = builder.build();
    }

    @Override
    public String description() {
        return "core stand-in for sdk-apex (ApiRuntime + Apex VendorProfile)";
    }

    @Override
    public CompletableFuture<?> submit(int i) {
        return runtime.call(ApiRequest.post("/api/generate/image").json(Map.of("prompt", "bench image " + i))
                .endpointClass("generate").paidWork(null).build(), RequestOptions.none(), runtime.json(JsonNode.class));
    }

    @Override
    public void close() {
        runtime.close();
    }

    private static final class Builder extends ClientBuilder<Builder> {
        Builder() {
            super("https://useapexstudio.com", "APEX");
        }

        ApiRuntime build() {
            return ApiRuntime.create(PROFILE, options());
        }
    }
}
