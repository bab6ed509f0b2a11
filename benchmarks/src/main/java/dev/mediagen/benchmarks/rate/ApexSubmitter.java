package dev.mediagen.benchmarks.rate;

import dev.mediagen.apex.ApexClient;
import dev.mediagen.apex.ImageRequest;
import dev.mediagen.core.RateLimit;
import dev.mediagen.core.time.Scheduler;
import java.util.concurrent.CompletableFuture;

/** sdk-apex's own client: {@code generation().imageAsync(ImageRequest)}, paced by its documented limits. */
final class ApexSubmitter implements Submitter {
    private final ApexClient client;

    ApexSubmitter(String baseUrl, Scheduler scheduler, RateLimit generationLimit, boolean pacing) {
        ApexClient.Builder builder = ApexClient.builder().baseUrl(baseUrl).apiKey("sk_live_bench0123456789")
                .clientSideRateLimiting(pacing);
        if (scheduler != null) {
            builder.scheduler(scheduler).callbackExecutor(Runnable::run);
        }
        if (generationLimit != null) {
            builder.rateLimit("generate", generationLimit);
        }
        this.client = builder.build();
    }

    @Override
    public String description() {
        return "ApexClient (sdk-apex)";
    }

    @Override
    public CompletableFuture<?> submit(int i) {
        return client.generation().imageAsync(ImageRequest.builder().prompt("bench image " + i).build());
    }

    @Override
    public void close() {
        client.close();
    }
}
