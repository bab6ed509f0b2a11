package dev.mediagen.rynjer;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import dev.mediagen.core.Futures;
import dev.mediagen.core.RequestOptions;
import dev.mediagen.core.internal.ApiRequest;
import dev.mediagen.core.internal.ApiRuntime;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

/**
 * The model catalog ({@code GET /v1/models/list}). Its shape is not documented: the SDK accepts {@code data} as an
 * array of models or as an object holding one under {@code models}, {@code items} or {@code data}.
 */
public final class RynjerModelService {
    static final String LIST_PATH = "/v1/models/list";
    private static final TypeReference<List<ModelInfo>> MODELS = new TypeReference<>() {
    };

    private final ApiRuntime runtime;

    RynjerModelService(ApiRuntime runtime) {
        this.runtime = runtime;
    }

    /** The models available to this account. */
    public List<ModelInfo> list() {
        return list(RequestOptions.none());
    }

    /** The models available to this account, with per-call options. */
    public List<ModelInfo> list(RequestOptions options) {
        return Futures.join(listAsync(options));
    }

    /** The models available to this account, asynchronously. */
    public CompletableFuture<List<ModelInfo>> listAsync() {
        return listAsync(RequestOptions.none());
    }

    /** The models available to this account, asynchronously, with per-call options. */
    public CompletableFuture<List<ModelInfo>> listAsync(RequestOptions options) {
        return runtime.call(ApiRequest.get(LIST_PATH).endpointClass("read").build(), options,
                RynjerEnvelope.data(RynjerModelService::read));
    }

    private static List<ModelInfo> read(JsonNode data) {
        JsonNode array = data;
        if (data.isObject()) {
            for (String name : List.of("models", "items", "data")) {
                if (data.path(name).isArray()) {
                    array = data.get(name);
                    break;
                }
            }
        }
        if (!array.isArray()) {
            throw new IllegalStateException("the model list has no array of models");
        }
        try {
            List<ModelInfo> models = RynjerProfile.PROFILE.json().readerFor(MODELS).readValue(array);
            return models.stream().filter(m -> m != null && m.id() != null).collect(Collectors.toUnmodifiableList());
        } catch (IOException e) {
            throw new IllegalArgumentException("Could not read the model list: " + e.getMessage(), e);
        }
    }
}
