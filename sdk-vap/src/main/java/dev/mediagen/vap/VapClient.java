package dev.mediagen.vap;

import dev.mediagen.core.ClientBuilder;
import dev.mediagen.core.VendorClient;
import dev.mediagen.core.internal.ApiRuntime;

/**
 * The client of VAP (vapagent.com): agents, deposits, generation tasks, media operations, webhooks, and the A2A and
 * MCP channels. Thread-safe; build one per API key and close it when done.
 *
 * <pre>{@code
 * try (VapClient vap = VapClient.fromEnv()) {
 *     Task task = vap.tasks().createAndWait(TaskRequest.of(ImageParams.of("A mountain at sunset")));
 *     vap.downloads().toPath(task.resultUrls().get(0), Path.of("mountain.png")).join();
 * }
 * }</pre>
 */
public final class VapClient extends VendorClient {
    /** VAP's public API. */
    public static final String DEFAULT_BASE_URL = "https://api.vapagent.com";

    private final VapAgentService agents;
    private final VapDepositService deposits;
    private final VapTaskService tasks;
    private final VapOperationService operations;
    private final VapWebhooks webhooks;
    private final VapA2aService a2a;
    private final VapMcpService mcp;

    private VapClient(ApiRuntime runtime) {
        super(runtime);
        VapJobs jobs = new VapJobs(runtime);
        this.agents = new VapAgentService(runtime);
        this.deposits = new VapDepositService(runtime);
        this.tasks = new VapTaskService(runtime, jobs);
        this.operations = new VapOperationService(runtime, jobs);
        this.webhooks = new VapWebhooks(runtime, jobs);
        this.a2a = new VapA2aService(runtime);
        this.mcp = new VapMcpService(runtime);
    }

    /** A builder with VAP's public base URL; the API key may be left out for {@code agents().register(...)}. */
    public static Builder builder() {
        return new Builder();
    }

    /** A client configured from {@code VAP_API_KEY} and, if set, {@code VAP_BASE_URL}. */
    public static VapClient fromEnv() {
        return builder().fromEnv().build();
    }

    /** Agent registration, balance and tier, OAuth link. */
    public VapAgentService agents() {
        return agents;
    }

    /** Deposits. */
    public VapDepositService deposits() {
        return deposits;
    }

    /** Image, video and music generation tasks. */
    public VapTaskService tasks() {
        return tasks;
    }

    /** Operations on existing media. */
    public VapOperationService operations() {
        return operations;
    }

    /** Parsing of webhook deliveries, which can also complete pending waits. */
    public VapWebhooks webhooks() {
        return webhooks;
    }

    /** The A2A (JSON-RPC) channel. */
    public VapA2aService a2a() {
        return a2a;
    }

    /** The MCP tools channel. */
    public VapMcpService mcp() {
        return mcp;
    }



    /** Builds a {@link VapClient}. */
    public static final class Builder extends ClientBuilder<Builder> {
        private Builder() {
            super(DEFAULT_BASE_URL, "VAP");
        }

        /**
         * Paces calls to the documented limit of the agent's tier (0: 10, 1: 60, 2: 300, 3: 1000 requests per minute).
         * The default is Tier 1's.
         */
        public Builder tier(int tier) {
            if (tier < 0 || tier > 3) {
                throw new IllegalArgumentException("tier must be between 0 and 3, got " + tier);
            }
            return rateLimit(VapProfile.AGENT, VapProfile.limitForTier(tier));
        }

        /** Builds the client. */
        public VapClient build() {
            return new VapClient(ApiRuntime.create(VapProfile.PROFILE, options()));
        }
    }
}
