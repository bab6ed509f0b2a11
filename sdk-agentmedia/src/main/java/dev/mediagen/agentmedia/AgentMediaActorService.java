package dev.mediagen.agentmedia;

import dev.mediagen.core.Futures;
import dev.mediagen.core.NotFoundException;
import dev.mediagen.core.RequestOptions;
import dev.mediagen.core.internal.ApiRequest;
import dev.mediagen.core.internal.ApiRuntime;
import dev.mediagen.core.internal.ResponseHandler;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/** The actor library: list with filters, and get one by slug (a miss carries the API's slug suggestions). */
public final class AgentMediaActorService {
    private final ApiRuntime runtime;

    AgentMediaActorService(ApiRuntime runtime) {
        this.runtime = runtime;
    }

    /** Lists every actor. */
    public ActorList list() {
        return list(ActorListParams.none());
    }

    /** Lists the actors matching the filters. */
    public ActorList list(ActorListParams params) {
        return list(params, RequestOptions.none());
    }

    /** Lists actors with per-call options. */
    public ActorList list(ActorListParams params, RequestOptions options) {
        return Futures.join(listAsync(params, options));
    }

    /** Lists actors asynchronously. */
    public CompletableFuture<ActorList> listAsync(ActorListParams params) {
        return listAsync(params, RequestOptions.none());
    }

    /** Lists actors asynchronously with per-call options. */
    public CompletableFuture<ActorList> listAsync(ActorListParams params, RequestOptions options) {
        Objects.requireNonNull(params, "params");
        ApiRequest.Builder request = ApiRequest.get("/actors").endpointClass(AgentMediaProfile.READ);
        params.gender().ifPresent(v -> request.query("gender", v));
        params.ageRange().ifPresent(v -> request.query("age_range", v));
        params.actorType().ifPresent(v -> request.query("actor_type", v));
        params.search().ifPresent(v -> request.query("search", v));
        return runtime.call(request.build(), options, runtime.json(ActorList.class));
    }

    /** Fetches an actor by slug; an unknown slug is an {@link ActorNotFoundException} with suggestions. */
    public Actor get(String slug) {
        return get(slug, RequestOptions.none());
    }

    /** Fetches an actor by slug with per-call options. */
    public Actor get(String slug, RequestOptions options) {
        return Futures.join(getAsync(slug, options));
    }

    /** Fetches an actor by slug asynchronously. */
    public CompletableFuture<Actor> getAsync(String slug) {
        return getAsync(slug, RequestOptions.none());
    }

    /** Fetches an actor by slug asynchronously; a 404 fails with {@link ActorNotFoundException}. */
    public CompletableFuture<Actor> getAsync(String slug, RequestOptions options) {
        ResponseHandler<ActorResponse> json = runtime.json(ActorResponse.class);
        CompletableFuture<Actor> sent = runtime.send(ApiRequest.get("/actors/" + ApiRequest.segment(slug))
                .endpointClass(AgentMediaProfile.READ).build(), options, response -> {
                    Actor actor = json.handle(response).actor();
                    if (actor == null || actor.slug() == null) {
                        throw new IllegalStateException("the response has no actor");
                    }
                    return actor;
                });
        CompletableFuture<Actor> mapped = sent.handle((actor, error) -> {
            if (error == null) {
                return actor;
            }
            RuntimeException cause = Futures.unwrap(error);
            if (cause instanceof NotFoundException && !(cause instanceof ActorNotFoundException)) {
                NotFoundException notFound = (NotFoundException) cause;
                throw new ActorNotFoundException(notFound.getMessage(), notFound.details(), notFound,
                        suggestions(notFound));
            }
            throw cause;
        });
        CompletableFuture<Actor> result = runtime.onCallbackExecutor(mapped);
        result.whenComplete((a, e) -> {
            if (result.isCancelled()) {
                sent.cancel(true);
            }
        });
        return result;
    }

    private static List<String> suggestions(NotFoundException e) {
        Object value = e.details().extra().get("suggestions");
        if (value instanceof List) {
            return ((List<?>) value).stream().map(String::valueOf).collect(java.util.stream.Collectors.toList());
        }
        return AgentMediaErrorDecoder.suggestions(e.details().vendorMessage().orElse(null));
    }
}
