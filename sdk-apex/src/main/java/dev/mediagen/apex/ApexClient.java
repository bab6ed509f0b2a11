package dev.mediagen.apex;

import dev.mediagen.core.ClientBuilder;
import dev.mediagen.core.VendorClient;
import dev.mediagen.core.internal.ApiRuntime;

/**
 * The client of the Apex Studio API ({@code https://useapexstudio.com}, Enterprise plan): generation jobs, jobs and
 * waiting, voice agents, account management, webhooks and the documented credit prices.
 *
 * <pre>{@code
 * try (ApexClient apex = ApexClient.fromEnv()) {
 *     Job done = apex.generation().imageAndWait(ImageRequest.builder()
 *             .prompt("A futuristic city skyline at sunset, photorealistic").size(1024, 1024)
 *             .model(ImageModel.FLUX_2_PRO).build());
 *     System.out.println(done.outputUrl().orElseThrow());
 * }
 * }</pre>
 *
 * <p>Requests are paced client-side to Apex's documented limits (generation 5 per 10 s, reads 20 per 10 s, uploads
 * and deletes 10 per 60 s, outbound calls 200 per hour), so bursts are spread out rather than answered with 429s.
 */
public final class ApexClient extends VendorClient {
    /** The public base URL. */
    public static final String DEFAULT_BASE_URL = "https://useapexstudio.com";

    private final ApexJobService jobs;
    private final ApexGenerationService generation;
    private final ApexVoiceAgentService voiceAgents;
    private final ApexAccountService account;
    private final ApexWebhooks webhooks;

    private ApexClient(ApiRuntime runtime) {
        super(runtime);
        this.jobs = new ApexJobService(runtime);
        this.generation = new ApexGenerationService(runtime, jobs);
        this.voiceAgents = new ApexVoiceAgentService(runtime);
        this.account = new ApexAccountService(runtime);
        this.webhooks = new ApexWebhooks(jobs);
    }

    /** A builder with the public base URL. */
    public static Builder builder() {
        return new Builder();
    }

    /** A client configured from {@code APEX_API_KEY} (required) and {@code APEX_BASE_URL} (optional). */
    public static ApexClient fromEnv() {
        return builder().fromEnv().build();
    }

    /** Generation: image, video, voice, voice clone, avatar, clip, b-roll, text-to-video, commercial, ... */
    public ApexGenerationService generation() {
        return generation;
    }

    /** Jobs: get, list, wait. */
    public ApexJobService jobs() {
        return jobs;
    }

    /** Voice agents and their calls. */
    public ApexVoiceAgentService voiceAgents() {
        return voiceAgents;
    }

    /** Usage, API keys and the webhook URL. */
    public ApexAccountService account() {
        return account;
    }

    /** Webhook deliveries (unsigned by Apex: re-fetch before trusting). */
    public ApexWebhooks webhooks() {
        return webhooks;
    }

    /** The documented credit prices, for offline estimates. */
    public ApexCosts costs() {
        return ApexCosts.standard();
    }

    /** Builds an {@link ApexClient}. */
    public static final class Builder extends ClientBuilder<Builder> {
        private Builder() {
            super(DEFAULT_BASE_URL, "APEX");
        }

        /** Builds the client. */
        public ApexClient build() {
            return new ApexClient(ApiRuntime.create(ApexProfile.PROFILE, options()));
        }
    }
}
