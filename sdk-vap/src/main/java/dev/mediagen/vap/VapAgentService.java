package dev.mediagen.vap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mediagen.core.Futures;
import dev.mediagen.core.RequestOptions;
import dev.mediagen.core.internal.ApiRequest;
import dev.mediagen.core.internal.ApiRuntime;
import dev.mediagen.core.internal.HttpResponse;
import dev.mediagen.core.internal.ResponseHandler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;

/** The agent itself: registration (no API key needed), balance and tier, and the OAuth 2.1 client link. */
public final class VapAgentService {
    private static final String REDACTED = "[redacted]";
    private static final Pattern KEY_LIKE = Pattern.compile("vape?_[A-Za-z0-9_.\\-]+");

    private final ApiRuntime runtime;

    VapAgentService(ApiRuntime runtime) {
        this.runtime = runtime;
    }

    /**
     * Registers a new agent ({@code POST /v3/agents}, no API key needed). The returned key is shown by VAP only once:
     * store it; the SDK never logs it. A new agent is at Tier 0 until it deposits.
     */
    public AgentRegistration register(String name) {
        return register(name, RequestOptions.none());
    }

    /** Registers a new agent with per-call options. */
    public AgentRegistration register(String name, RequestOptions options) {
        return Futures.join(registerAsync(name, options));
    }

    /** Registers a new agent asynchronously. */
    public CompletableFuture<AgentRegistration> registerAsync(String name) {
        return registerAsync(name, RequestOptions.none());
    }

    /**
     * Registers a new agent asynchronously with per-call options. Registration is not idempotent, so it is re-sent
     * only when VAP provably never received it.
     */
    public CompletableFuture<AgentRegistration> registerAsync(String name, RequestOptions options) {
        ApiRequest request = ApiRequest.post("/v3/agents").json(Map.of("name", Check.text(name, "name")))
                .unauthenticated().paidWork(null).build();
        return runtime.call(request, options, registrationHandler());
    }

    /** Reads a registration; a bad body is reported without the key it may contain, nor the parser's view of it. */
    private ResponseHandler<AgentRegistration> registrationHandler() {
        ObjectMapper mapper = runtime.profile().json();
        return response -> {
            JsonNode root;
            try {
                root = mapper.readTree(response.body());
            } catch (IOException e) {
                throw VapResponses.malformed(runtime, withBody(response, KEY_LIKE.matcher(response.bodyText())
                        .replaceAll(REDACTED)), "the registration response is not JSON");
            }
            AgentRegistration registration = null;
            if (root != null && root.isObject()) {
                try {
                    registration = mapper.treeToValue(root, AgentRegistration.class);
                } catch (IOException | IllegalArgumentException e) {
                    registration = null;
                }
            }
            if (registration == null || !registration.isValid()) {
                if (root != null && root.has("api_key")) {
                    ((ObjectNode) root).put("api_key", REDACTED);
                }
                throw VapResponses.malformed(runtime, withBody(response, String.valueOf(root)),
                        "the registration response has no agent_id or api_key");
            }
            return registration;
        };
    }

    private static HttpResponse withBody(HttpResponse response, String body) {
        return new HttpResponse(response.statusCode(), response.headers(), body.getBytes(StandardCharsets.UTF_8));
    }

    /** The agent's balance and tier. */
    public Balance balance() {
        return balance(RequestOptions.none());
    }

    /** The agent's balance and tier, with per-call options. */
    public Balance balance(RequestOptions options) {
        return Futures.join(balanceAsync(options));
    }

    /** The agent's balance and tier, asynchronously. */
    public CompletableFuture<Balance> balanceAsync() {
        return balanceAsync(RequestOptions.none());
    }

    /** The agent's balance and tier, asynchronously with per-call options. */
    public CompletableFuture<Balance> balanceAsync(RequestOptions options) {
        ApiRequest request = ApiRequest.get("/v3/agents/me/balance").endpointClass(VapProfile.AGENT).build();
        return runtime.call(request, options, VapResponses.json(runtime, Balance.class, b -> true, "balance"));
    }

    /** Links an OAuth 2.1 machine-to-machine client ({@code m2m_...}) to the agent, for the MCP endpoint. */
    public OAuthLink linkOAuth(String oauthClientId) {
        return linkOAuth(oauthClientId, RequestOptions.none());
    }

    /** Links an OAuth client with per-call options. */
    public OAuthLink linkOAuth(String oauthClientId, RequestOptions options) {
        return Futures.join(linkOAuthAsync(oauthClientId, options));
    }

    /** Links an OAuth client asynchronously. */
    public CompletableFuture<OAuthLink> linkOAuthAsync(String oauthClientId) {
        return linkOAuthAsync(oauthClientId, RequestOptions.none());
    }

    /** Links an OAuth client asynchronously with per-call options. */
    public CompletableFuture<OAuthLink> linkOAuthAsync(String oauthClientId, RequestOptions options) {
        ApiRequest request = ApiRequest.put("/v3/agents/me/oauth")
                .json(Map.of("oauth_client_id", Check.text(oauthClientId, "oauth_client_id")))
                .endpointClass(VapProfile.AGENT).build();
        return runtime.call(request, options, VapResponses.json(runtime, OAuthLink.class, l -> true, "link"));
    }

    /** The OAuth client linked to the agent. */
    public OAuthLink oauthLink() {
        return oauthLink(RequestOptions.none());
    }

    /** The OAuth client linked to the agent, with per-call options. */
    public OAuthLink oauthLink(RequestOptions options) {
        return Futures.join(oauthLinkAsync(options));
    }

    /** The OAuth client linked to the agent, asynchronously. */
    public CompletableFuture<OAuthLink> oauthLinkAsync() {
        return oauthLinkAsync(RequestOptions.none());
    }

    /** The OAuth client linked to the agent, asynchronously with per-call options. */
    public CompletableFuture<OAuthLink> oauthLinkAsync(RequestOptions options) {
        ApiRequest request = ApiRequest.get("/v3/agents/me/oauth").endpointClass(VapProfile.AGENT).build();
        return runtime.call(request, options, VapResponses.json(runtime, OAuthLink.class, l -> true, "link"));
    }
}
