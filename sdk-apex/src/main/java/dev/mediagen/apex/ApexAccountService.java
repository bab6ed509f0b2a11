package dev.mediagen.apex;

import dev.mediagen.core.Futures;
import dev.mediagen.core.RequestOptions;
import dev.mediagen.core.internal.ApiRequest;
import dev.mediagen.core.internal.ApiRuntime;
import dev.mediagen.core.internal.ResponseHandler;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Management: credits and usage ({@code GET /api/usage}), API keys ({@code GET}/{@code POST /api/keys}, Enterprise)
 * and the account's webhook URL ({@code PATCH /api/settings}).
 */
public final class ApexAccountService {
    static final String USAGE_PATH = "/api/usage";
    static final String KEYS_PATH = "/api/keys";
    static final String SETTINGS_PATH = "/api/settings";

    private final ApiRuntime runtime;

    ApexAccountService(ApiRuntime runtime) {
        this.runtime = runtime;
    }

    /** The credit balance, usage counts and plan. */
    public Usage usage() {
        return usage(RequestOptions.none());
    }

    /** The credit balance, usage counts and plan, with per-call options. */
    public Usage usage(RequestOptions options) {
        return Futures.join(usageAsync(options));
    }

    /** The credit balance, usage counts and plan, asynchronously. */
    public CompletableFuture<Usage> usageAsync() {
        return usageAsync(RequestOptions.none());
    }

    /** The credit balance, usage counts and plan, asynchronously, with per-call options. */
    public CompletableFuture<Usage> usageAsync(RequestOptions options) {
        ApiRequest call = ApiRequest.get(USAGE_PATH).endpointClass(ApexProfile.READ).build();
        return runtime.call(call, options, ApexEnvelope.data(Usage.class));
    }

    /** Lists the account's API keys (without their secret values). */
    public List<ApiKey> listApiKeys() {
        return listApiKeys(RequestOptions.none());
    }

    /** Lists the account's API keys, with per-call options. */
    public List<ApiKey> listApiKeys(RequestOptions options) {
        return Futures.join(listApiKeysAsync(options));
    }

    /** Lists the account's API keys asynchronously. */
    public CompletableFuture<List<ApiKey>> listApiKeysAsync() {
        return listApiKeysAsync(RequestOptions.none());
    }

    /** Lists the account's API keys asynchronously, with per-call options. */
    public CompletableFuture<List<ApiKey>> listApiKeysAsync(RequestOptions options) {
        ApiRequest call = ApiRequest.get(KEYS_PATH).endpointClass(ApexProfile.READ).build();
        return runtime.call(call, options, ApexEnvelope.data(node -> ApexVoiceAgentService.list(node, "keys",
                ApiKey.class)));
    }

    /** Creates an API key; its secret value is in the answer only, once. */
    public CreatedApiKey createApiKey(String name) {
        return createApiKey(name, RequestOptions.none());
    }

    /** Creates an API key, with per-call options. */
    public CreatedApiKey createApiKey(String name, RequestOptions options) {
        return Futures.join(createApiKeyAsync(name, options));
    }

    /** Creates an API key asynchronously. */
    public CompletableFuture<CreatedApiKey> createApiKeyAsync(String name) {
        return createApiKeyAsync(name, RequestOptions.none());
    }

    /** Creates an API key asynchronously, with per-call options (never re-sent after a lost answer). */
    public CompletableFuture<CreatedApiKey> createApiKeyAsync(String name, RequestOptions options) {
        try {
            Checks.required("name", name);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        ApiRequest call = ApiRequest.post(KEYS_PATH).json(Map.of("name", name)).paidWork(null).build();
        ResponseHandler<CreatedApiKey> created = ApexEnvelope.data(CreatedApiKey.class);
        return runtime.call(call, options, response -> {
            CreatedApiKey key = created.handle(response);
            if (key.key() == null || key.key().isBlank()) {
                throw new IllegalStateException("the created key has no value");
            }
            return key;
        });
    }

    /**
     * Sets the URL Apex posts {@code job.completed} and {@code job.failed} events to.
     *
     * @throws dev.mediagen.core.ValidationException when the URL is not an absolute HTTPS URL
     */
    public WebhookSettings setWebhookUrl(String webhookUrl) {
        return setWebhookUrl(webhookUrl, RequestOptions.none());
    }

    /** Sets the webhook URL, with per-call options. */
    public WebhookSettings setWebhookUrl(String webhookUrl, RequestOptions options) {
        return Futures.join(setWebhookUrlAsync(webhookUrl, options));
    }

    /** Sets the webhook URL asynchronously. */
    public CompletableFuture<WebhookSettings> setWebhookUrlAsync(String webhookUrl) {
        return setWebhookUrlAsync(webhookUrl, RequestOptions.none());
    }

    /**
     * Sets the webhook URL asynchronously, with per-call options. Apex requires a public HTTPS URL (it also blocks
     * private addresses, internal hostnames and cloud metadata endpoints).
     */
    public CompletableFuture<WebhookSettings> setWebhookUrlAsync(String webhookUrl, RequestOptions options) {
        try {
            Checks.httpsUrl("webhookUrl", webhookUrl);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        ApiRequest call = ApiRequest.patch(SETTINGS_PATH).json(Map.of("webhookUrl", webhookUrl)).build();
        return runtime.call(call, options, ApexEnvelope.data(WebhookSettings.class));
    }
}
