package dev.mediagen.agentmedia;

import dev.mediagen.core.ClientBuilder;
import dev.mediagen.core.VendorClient;
import dev.mediagen.core.internal.ApiRuntime;
import dev.mediagen.core.wait.JobType;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Function;

/**
 * The agent-media client: UGC videos, the actor library, the account and its API keys, and webhook deliveries.
 *
 * <pre>{@code
 * try (AgentMediaClient client = AgentMediaClient.fromEnv()) {
 *     VideoJob video = client.videos().createAndWait(VideoCreateParams.script("...").targetDuration(10).build());
 *     client.downloads().toPath(video.outputUrl().orElseThrow(), Path.of("video.mp4")).join();
 * }
 * }</pre>
 */
public final class AgentMediaClient extends VendorClient {
    /** The public API's base URL; paths such as {@code /videos} are relative to it. */
    public static final String DEFAULT_BASE_URL = "https://agent.media/api/v1";
    /** The prefix of the environment variables {@link #fromEnv()} reads. */
    public static final String ENV_PREFIX = "AGENTMEDIA";

    private final AgentMediaVideoService videos;
    private final AgentMediaActorService actors;
    private final AgentMediaAccountService account;
    private final AgentMediaKeyService keys;
    private final AgentMediaWebhooks webhooks;

    private AgentMediaClient(ApiRuntime runtime, String webhookSecret, Duration webhookTolerance) {
        super(runtime);
        JobType<VideoJob> videoJobs = VideoJobs.type(runtime);
        this.videos = new AgentMediaVideoService(runtime, videoJobs);
        this.actors = new AgentMediaActorService(runtime);
        this.account = new AgentMediaAccountService(runtime);
        this.keys = new AgentMediaKeyService(runtime);
        this.webhooks = new AgentMediaWebhooks(runtime, videoJobs, webhookSecret, webhookTolerance);
    }

    /** A builder with the public base URL and no key. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A client configured from the environment: {@code AGENTMEDIA_API_KEY} (required), {@code AGENTMEDIA_BASE_URL}
     * (default {@value #DEFAULT_BASE_URL}) and {@code AGENTMEDIA_WEBHOOK_SECRET} (optional).
     */
    public static AgentMediaClient fromEnv() {
        return builder().fromEnv().build();
    }

    /** Video jobs: create, list, get, delete, cancel, wait. */
    public AgentMediaVideoService videos() {
        return videos;
    }

    /** The actor library. */
    public AgentMediaActorService actors() {
        return actors;
    }

    /** The account's plan, credits, limits and usage. */
    public AgentMediaAccountService account() {
        return account;
    }

    /** The account's API keys. */
    public AgentMediaKeyService keys() {
        return keys;
    }

    /** Parses and verifies webhook deliveries, and completes pending waits with them. */
    public AgentMediaWebhooks webhooks() {
        return webhooks;
    }




    /** Builds an {@link AgentMediaClient}. */
    public static final class Builder extends ClientBuilder<Builder> {
        private Function<String, String> environment = System::getenv;
        private String webhookSecret;
        private Duration webhookTolerance = AgentMediaWebhooks.DEFAULT_TOLERANCE;

        private Builder() {
            super(DEFAULT_BASE_URL, ENV_PREFIX);
        }

        /** The account's webhook signing secret (dashboard Settings), to verify {@code X-AgentMedia-Signature}. */
        public Builder webhookSecret(String webhookSecret) {
            this.webhookSecret = webhookSecret == null || webhookSecret.isBlank() ? null : webhookSecret.trim();
            return this;
        }

        /** How far a webhook's signed timestamp may be from now (default 5 minutes; the vendor sets none). */
        public Builder webhookTolerance(Duration tolerance) {
            Objects.requireNonNull(tolerance, "tolerance");
            if (tolerance.isNegative() || tolerance.isZero()) {
                throw new IllegalArgumentException("webhookTolerance must be positive");
            }
            this.webhookTolerance = tolerance;
            return this;
        }

        /** Also reads {@code AGENTMEDIA_WEBHOOK_SECRET} when it is set. */
        @Override
        public Builder fromEnv() {
            super.fromEnv();
            String secret = environment.apply(ENV_PREFIX + "_WEBHOOK_SECRET");
            if (secret != null && !secret.isBlank()) {
                webhookSecret(secret);
            }
            return this;
        }

        @Override
        public Builder environment(Function<String, String> environment) {
            super.environment(environment);
            this.environment = environment;
            return this;
        }

        /** Builds the client. */
        public AgentMediaClient build() {
            return new AgentMediaClient(ApiRuntime.create(AgentMediaProfile.PROFILE, options()), webhookSecret,
                    webhookTolerance);
        }
    }
}
