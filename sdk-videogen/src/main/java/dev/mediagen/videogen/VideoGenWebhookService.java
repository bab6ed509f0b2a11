package dev.mediagen.videogen;

import dev.mediagen.core.Futures;
import dev.mediagen.core.Page;
import dev.mediagen.core.RequestOptions;
import dev.mediagen.core.internal.ApiRequest;
import dev.mediagen.core.internal.ApiRuntime;
import dev.mediagen.videogen.model.CreateWebhookEndpointRequest;
import dev.mediagen.videogen.model.ListParams;
import dev.mediagen.videogen.model.WebhookEndpoint;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/** Webhook endpoints (list, create, delete) and receivers that verify deliveries and complete this client's waits. */
public final class VideoGenWebhookService {
    private final ApiRuntime runtime;
    private final Consumer<VideoGenEvent> sink;

    VideoGenWebhookService(ApiRuntime runtime, Consumer<VideoGenEvent> sink) {
        this.runtime = runtime;
        this.sink = sink;
    }

    /**
     * A receiver for deliveries signed with {@code signingSecret}: verified events also complete this client's
     * pending waits (tool executions, uploads, workflow runs) before their next poll.
     */
    public VideoGenWebhooks receiver(String signingSecret) {
        return VideoGenWebhooks.builder().secret(signingSecret).clock(runtime.scheduler().clock()).sink(sink).build();
    }

    /** Lists the webhook endpoints. */
    public Page<WebhookEndpoint> listEndpoints() {
        return listEndpoints(ListParams.defaults());
    }

    /** Lists webhook endpoints with paging. */
    public Page<WebhookEndpoint> listEndpoints(ListParams params) {
        return listEndpoints(params, RequestOptions.none());
    }

    /** Lists webhook endpoints, with per-call options. */
    public Page<WebhookEndpoint> listEndpoints(ListParams params, RequestOptions options) {
        return Futures.join(listEndpointsAsync(params, options));
    }

    /** Lists webhook endpoints, asynchronously. */
    public CompletableFuture<Page<WebhookEndpoint>> listEndpointsAsync(ListParams params) {
        return listEndpointsAsync(params, RequestOptions.none());
    }

    /** Lists webhook endpoints, asynchronously with per-call options. */
    public CompletableFuture<Page<WebhookEndpoint>> listEndpointsAsync(ListParams params, RequestOptions options) {
        Objects.requireNonNull(params, "params");
        return runtime.call(Listings.paging(ApiRequest.get("/v1/webhooks/endpoints"), params)
                        .endpointClass(VideoGenProfile.WEBHOOKS_LIST).build(), options, runtime.json(EndpointList.class))
                .thenApply(list -> Listings.page(list.endpoints, list.hasMore, list.nextCursor,
                        cursor -> listEndpointsAsync(params.withCursor(cursor), options)));
    }

    /** Registers an endpoint; the returned endpoint carries its signing secret, this once. */
    public WebhookEndpoint createEndpoint(CreateWebhookEndpointRequest request) {
        return createEndpoint(request, RequestOptions.none());
    }

    /** Registers an endpoint, with per-call options. */
    public WebhookEndpoint createEndpoint(CreateWebhookEndpointRequest request, RequestOptions options) {
        return Futures.join(createEndpointAsync(request, options));
    }

    /** Registers an endpoint, asynchronously. */
    public CompletableFuture<WebhookEndpoint> createEndpointAsync(CreateWebhookEndpointRequest request) {
        return createEndpointAsync(request, RequestOptions.none());
    }

    /** Registers an endpoint, asynchronously with per-call options (10 an hour). */
    public CompletableFuture<WebhookEndpoint> createEndpointAsync(CreateWebhookEndpointRequest request,
                                                                  RequestOptions options) {
        Objects.requireNonNull(request, "request");
        return runtime.call(ApiRequest.post("/v1/webhooks/endpoints").json(request)
                .endpointClass(VideoGenProfile.WEBHOOKS_CREATE).build(), options, runtime.json(WebhookEndpoint.class));
    }

    /** Deletes an endpoint; it stops receiving events at once. */
    public void deleteEndpoint(String endpointId) {
        deleteEndpoint(endpointId, RequestOptions.none());
    }

    /** Deletes an endpoint, with per-call options. */
    public void deleteEndpoint(String endpointId, RequestOptions options) {
        Futures.join(deleteEndpointAsync(endpointId, options));
    }

    /** Deletes an endpoint, asynchronously. */
    public CompletableFuture<Void> deleteEndpointAsync(String endpointId) {
        return deleteEndpointAsync(endpointId, RequestOptions.none());
    }

    /** Deletes an endpoint, asynchronously with per-call options (10 an hour). */
    public CompletableFuture<Void> deleteEndpointAsync(String endpointId, RequestOptions options) {
        return runtime.call(ApiRequest.delete("/v1/webhooks/endpoints/" + ApiRequest.segment(endpointId))
                .endpointClass(VideoGenProfile.WEBHOOKS_DELETE).build(), options, response -> null);
    }

    /** {@code GET /v1/webhooks/endpoints}. */
    static final class EndpointList {
        List<WebhookEndpoint> endpoints;
        boolean hasMore;
        String nextCursor;
    }
}
