package dev.mediagen.agentmedia;

import dev.mediagen.core.Futures;
import dev.mediagen.core.RequestOptions;
import dev.mediagen.core.ValidationException;
import dev.mediagen.core.internal.ApiRequest;
import dev.mediagen.core.internal.ApiRuntime;
import dev.mediagen.core.internal.ResponseHandler;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** API keys: create (the full key is returned once), list (metadata only) and revoke. At most 25 keys are active. */
public final class AgentMediaKeyService {
    /** The longest key name. */
    public static final int MAX_NAME_LENGTH = 100;

    private final ApiRuntime runtime;

    AgentMediaKeyService(ApiRuntime runtime) {
        this.runtime = runtime;
    }

    /** Creates a key named "Default". */
    public CreatedApiKey create() {
        return create(null);
    }

    /** Creates a key with this name (1 to 100 characters; null for "Default"). */
    public CreatedApiKey create(String name) {
        return create(name, RequestOptions.none());
    }

    /** Creates a key with per-call options. */
    public CreatedApiKey create(String name, RequestOptions options) {
        return Futures.join(createAsync(name, options));
    }

    /** Creates a key asynchronously. */
    public CompletableFuture<CreatedApiKey> createAsync(String name) {
        return createAsync(name, RequestOptions.none());
    }

    /** Creates a key asynchronously with per-call options; store {@link CreatedApiKey#key()}, it is shown only once. */
    public CompletableFuture<CreatedApiKey> createAsync(String name, RequestOptions options) {
        if (name != null && (name.isBlank() || name.length() > MAX_NAME_LENGTH)) {
            throw new ValidationException("name must be 1 to " + MAX_NAME_LENGTH
                    + " non-blank characters (got " + name.length() + ")");
        }
        ResponseHandler<CreatedApiKey> json = runtime.json(CreatedApiKey.class);
        return runtime.call(ApiRequest.post("/account/keys").endpointClass(AgentMediaProfile.READ)
                .json(name == null ? Map.of() : Map.of("name", name)).build(), options, response -> {
                    CreatedApiKey created = json.handle(response);
                    if (created.key() == null || created.id() == null) {
                        throw new IllegalStateException("the response has no key");
                    }
                    return created;
                });
    }

    /** Lists the active keys (metadata only). */
    public List<ApiKeyInfo> list() {
        return list(RequestOptions.none());
    }

    /** Lists the active keys with per-call options. */
    public List<ApiKeyInfo> list(RequestOptions options) {
        return Futures.join(listAsync(options));
    }

    /** Lists the active keys asynchronously. */
    public CompletableFuture<List<ApiKeyInfo>> listAsync() {
        return listAsync(RequestOptions.none());
    }

    /** Lists the active keys asynchronously with per-call options. */
    public CompletableFuture<List<ApiKeyInfo>> listAsync(RequestOptions options) {
        ResponseHandler<KeyListResponse> json = runtime.json(KeyListResponse.class);
        return runtime.call(ApiRequest.get("/account/keys").endpointClass(AgentMediaProfile.READ).build(), options,
                response -> json.handle(response).keys());
    }

    /** Revokes a key; it can no longer authenticate. */
    public KeyRevocation revoke(String keyId) {
        return revoke(keyId, RequestOptions.none());
    }

    /** Revokes a key with per-call options. */
    public KeyRevocation revoke(String keyId, RequestOptions options) {
        return Futures.join(revokeAsync(keyId, options));
    }

    /** Revokes a key asynchronously. */
    public CompletableFuture<KeyRevocation> revokeAsync(String keyId) {
        return revokeAsync(keyId, RequestOptions.none());
    }

    /** Revokes a key asynchronously with per-call options. */
    public CompletableFuture<KeyRevocation> revokeAsync(String keyId, RequestOptions options) {
        return runtime.call(ApiRequest.delete("/account/keys/" + ApiRequest.segment(keyId))
                .endpointClass(AgentMediaProfile.READ).build(), options, runtime.json(KeyRevocation.class));
    }
}
