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
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * VAP's MCP tools through the REST bridge ({@code POST /mcp/tools/call}). A result flagged {@code isError} becomes
 * an SDK exception typed by what its text says (insufficient balance, tier, not found, invalid input), else
 * {@link dev.mediagen.core.ApiException}.
 */
public final class VapMcpService {
    private static final Pattern CODE = Pattern.compile("\\b([a-z]+(?:_[a-z]+)+)\\b");

    private final ApiRuntime runtime;

    VapMcpService(ApiRuntime runtime) {
        this.runtime = runtime;
    }

    /** Calls a tool. */
    public McpToolResult call(McpToolCall call) {
        return call(call, RequestOptions.none());
    }

    /** Calls a tool with per-call options. */
    public McpToolResult call(McpToolCall call, RequestOptions options) {
        return Futures.join(callAsync(call, options));
    }

    /** Calls a tool asynchronously. */
    public CompletableFuture<McpToolResult> callAsync(McpToolCall call) {
        return callAsync(call, RequestOptions.none());
    }

    /**
     * Calls a tool asynchronously with per-call options. Tools that create work are re-sent only when VAP provably
     * never received them (MCP takes no idempotency key).
     */
    public CompletableFuture<McpToolResult> callAsync(McpToolCall call, RequestOptions options) {
        Objects.requireNonNull(call, "call");
        ApiRequest.Builder request = ApiRequest.post("/mcp/tools/call").json(call.toJson())
                .endpointClass(VapProfile.AGENT);
        if (call.createsWork()) {
            request.paidWork(null);
        }
        return runtime.call(request.build(), options, handler());
    }

    private ResponseHandler<McpToolResult> handler() {
        ObjectMapper mapper = runtime.profile().json();
        return response -> {
            JsonNode root = mapper.readTree(response.body());
            if (root == null || !root.isObject()) {
                throw VapResponses.malformed(runtime, response, "the MCP response is not a JSON object");
            }
            JsonNode result = root.has("result") && root.get("result").isObject() ? root.get("result") : root;
            JsonNode blocks = result.path("content");
            if (!blocks.isArray()) {
                throw VapResponses.malformed(runtime, response, "the MCP result has no content");
            }
            List<McpContent> content = new ArrayList<>();
            for (JsonNode block : blocks) {
                content.add(new McpContent(text(block, "type"), text(block, "text"), text(block, "data"),
                        text(block, "mimeType")));
            }
            McpToolResult toolResult = new McpToolResult(content);
            if (result.path("isError").asBoolean(false) || result.path("is_error").asBoolean(false)) {
                throw toolError(response, toolResult.text());
            }
            return toolResult;
        };
    }

    private RuntimeException toolError(HttpResponse response, String text) {
        String code = null;
        Matcher matcher = CODE.matcher(text);
        while (matcher.find() && code == null) {
            if (VapErrorCodes.kindForCode(matcher.group(1)) != null) {
                code = matcher.group(1);
            }
        }
        ErrorKind kind = code != null ? VapErrorCodes.kindForCode(code) : VapErrorCodes.kindForText(text);
        VendorError error = VendorError.builder().code(code).message(text.isBlank() ? "tool error" : text)
                .kind(kind != null ? kind : ErrorKind.OTHER).build();
        String requestId = ServerHints.requestId(response.headers(), runtime.profile().requestIdHeaders());
        return ExceptionFactory.fromEnvelope(runtime.profile().name(), response, error, requestId);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isTextual() ? value.asText() : null;
    }
}
