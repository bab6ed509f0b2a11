package dev.mediagen.vap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mediagen.core.Futures;
import dev.mediagen.core.RequestOptions;
import dev.mediagen.core.internal.ApiRequest;
import dev.mediagen.core.internal.ApiRuntime;
import dev.mediagen.core.internal.ErrorKind;
import dev.mediagen.core.internal.ExceptionFactory;
import dev.mediagen.core.internal.HttpResponse;
import dev.mediagen.core.internal.ResponseHandler;
import dev.mediagen.core.internal.ServerHints;
import dev.mediagen.core.internal.VendorError;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * VAP's A2A channel ({@code POST /a2a}, JSON-RPC 2.0 {@code message/send}). A JSON-RPC {@code error} becomes the SDK
 * exception its code implies: invalid request or params are {@link dev.mediagen.core.ValidationException}, a task
 * not found is {@link dev.mediagen.core.NotFoundException}, internal errors {@link dev.mediagen.core.ServerException};
 * a VAP code in {@code error.data.code} (e.g. {@code insufficient_balance}) wins.
 */
public final class VapA2aService {
    private final ApiRuntime runtime;

    VapA2aService(ApiRuntime runtime) {
        this.runtime = runtime;
    }

    /** Sends a skill request. */
    public A2aResponse send(A2aRequest request) {
        return send(request, RequestOptions.none());
    }

    /** Sends a skill request with per-call options. */
    public A2aResponse send(A2aRequest request, RequestOptions options) {
        return Futures.join(sendAsync(request, options));
    }

    /** Sends a skill request asynchronously. */
    public CompletableFuture<A2aResponse> sendAsync(A2aRequest request) {
        return sendAsync(request, RequestOptions.none());
    }

    /**
     * Sends a skill request asynchronously with per-call options. Skills that create work are re-sent only when VAP
     * provably never received them (A2A takes no idempotency key).
     */
    public CompletableFuture<A2aResponse> sendAsync(A2aRequest request, RequestOptions options) {
        Objects.requireNonNull(request, "request");
        ApiRequest.Builder call = ApiRequest.post("/a2a").json(request.toJsonRpc()).endpointClass(VapProfile.AGENT);
        if (request.createsWork()) {
            call.paidWork(null);
        }
        return runtime.call(call.build(), options, handler());
    }

    private ResponseHandler<A2aResponse> handler() {
        ObjectMapper mapper = runtime.profile().json();
        return response -> {
            JsonNode root = mapper.readTree(response.body());
            if (root == null || !root.isObject()) {
                throw VapResponses.malformed(runtime, response, "the A2A response is not a JSON-RPC object");
            }
            String id = root.path("id").isValueNode() ? root.path("id").asText() : null;
            JsonNode error = root.path("error");
            if (error.isObject()) {
                throw jsonRpcError(response, error);
            }
            JsonNode result = root.path("result");
            if (!result.isObject()) {
                throw VapResponses.malformed(runtime, response, "the A2A response has neither result nor error");
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> map = mapper.convertValue(result, LinkedHashMap.class);
            return new A2aResponse(id, map);
        };
    }

    private RuntimeException jsonRpcError(HttpResponse response, JsonNode error) {
        int rpcCode = error.path("code").asInt(0);
        JsonNode data = error.path("data");
        String vendorCode = data.path("code").isTextual() ? data.path("code").asText()
                : data.path("error").isTextual() ? data.path("error").asText() : null;
        ErrorKind kind = VapErrorCodes.kindForCode(vendorCode);
        if (kind == null) {
            kind = kindForRpcCode(rpcCode);
        }
        String message = error.path("message").isTextual() ? error.path("message").asText() : "JSON-RPC error " + rpcCode;
        VendorError vendorError = VendorError.builder()
                .code(vendorCode != null ? vendorCode : String.valueOf(rpcCode))
                .message(message)
                .kind(kind)
                .extra("jsonrpc_code", rpcCode)
                .build();
        String requestId = ServerHints.requestId(response.headers(), runtime.profile().requestIdHeaders());
        return ExceptionFactory.fromEnvelope(runtime.profile().name(), response, vendorError, requestId);
    }

    private static ErrorKind kindForRpcCode(int code) {
        switch (code) {
            case -32700:
            case -32600:
            case -32601:
            case -32602:
            case -32003:
            case -32004:
            case -32005:
                return ErrorKind.VALIDATION;
            case -32001:
                return ErrorKind.NOT_FOUND;
            case -32002:
                return ErrorKind.CONFLICT;
            default:
                return code == -32603 || (code <= -32000 && code >= -32099) ? ErrorKind.SERVER : ErrorKind.OTHER;
        }
    }
}
