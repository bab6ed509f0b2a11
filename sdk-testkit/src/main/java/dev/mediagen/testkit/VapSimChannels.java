package dev.mediagen.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** VAP's A2A (JSON-RPC {@code message/send}) and MCP ({@code /mcp/tools/call}) channels on top of the simulator. */
final class VapSimChannels {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Set<String> OPERATION_TOOLS = Set.of("upscale", "background_remove", "inpaint", "ai_edit",
            "video_trim", "video_merge");

    private final VapSimulator simulator;

    VapSimChannels(VapSimulator simulator) {
        this.simulator = simulator;
    }

    // ---- A2A --------------------------------------------------------------------------------------------------------

    SimResponse a2a(SimRequest request, VapSimAgent agent) {
        JsonNode root = request.jsonNode();
        if (!root.isObject()) {
            return rpcError(null, -32700, "Parse error", null);
        }
        JsonNode id = root.path("id");
        if (!"2.0".equals(root.path("jsonrpc").asText()) || !root.path("method").isTextual()) {
            return rpcError(id, -32600, "Invalid Request", null);
        }
        if (!"message/send".equals(root.path("method").asText())) {
            return rpcError(id, -32601, "Method not found: " + root.path("method").asText(), null);
        }
        JsonNode part = root.path("params").path("message").path("parts").path(0);
        if (!"skill-request".equals(part.path("kind").asText()) || !part.path("skillId").isTextual()) {
            return rpcError(id, -32602, "Invalid params: expected one skill-request part with a skillId", null);
        }
        JsonNode input = part.path("input");
        try {
            return rpcResult(id, skill(part.get("skillId").asText(), input, agent));
        } catch (VapSimError e) {
            int code = e.status == 400 || e.status == 422 ? -32602 : e.status == 404 ? -32001 : -32000;
            return rpcError(id, code, e.getMessage(), e.code);
        }
    }

    private Map<String, Object> skill(String skillId, JsonNode input, VapSimAgent agent) {
        switch (skillId) {
            case "execute-media-task":
                return taskResult(simulator.createTask(agent, taskBody(input.path("task_type").asText(""), input)));
            case "execute-video-task":
                return taskResult(simulator.createTask(agent, taskBody("video_generation", input)));
            case "execute-music-task":
                return taskResult(simulator.createTask(agent, taskBody("music_generation", input)));
            case "query-task-status":
                return taskResult(simulator.task(input.path("task_id").asText(""), agent));
            case "check-agent-balance":
                Map<String, Object> message = new LinkedHashMap<>();
                message.put("kind", "message");
                message.put("role", "agent");
                message.put("messageId", "msg-" + agent.id);
                message.put("parts", List.of(Map.of("kind", "data", "data", simulator.balanceJson(agent))));
                return message;
            default:
                throw new VapSimError(400, "unknown_skill", "Unknown skill: " + skillId);
        }
    }

    private static ObjectNode taskBody(String type, JsonNode input) {
        ObjectNode body = NODES.objectNode();
        body.put("type", type);
        ObjectNode params = body.putObject("params");
        if (input.isObject()) {
            for (Map.Entry<String, JsonNode> field : input.properties()) {
                String name = field.getKey().equals("prompt") ? "description" : field.getKey();
                if (!name.equals("task_type")) {
                    params.set(name, field.getValue());
                }
            }
        }
        return body;
    }

    private Map<String, Object> taskResult(VapSimJob job) {
        Instant now = simulator.now();
        String status = job.status(now);
        String state = status.equals("completed") ? "completed" : status.equals("failed") ? "failed"
                : status.equals("pending") ? "submitted" : "working";
        Map<String, Object> artifact = new LinkedHashMap<>();
        artifact.put("artifactId", "artifact-" + job.id);
        artifact.put("parts", List.of(Map.of("kind", "data", "data", job.toJson(now, simulator.baseUrl()))));
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("kind", "task");
        result.put("id", job.id);
        result.put("contextId", "ctx-" + job.agent.id);
        result.put("status", Map.of("state", state));
        result.put("artifacts", List.of(artifact));
        return result;
    }

    private static SimResponse rpcResult(JsonNode id, Object result) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("jsonrpc", "2.0");
        body.put("id", id == null || id.isMissingNode() ? null : id);
        body.put("result", result);
        return SimResponse.json(200, body);
    }

    private static SimResponse rpcError(JsonNode id, int code, String message, String vendorCode) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("code", code);
        error.put("message", message);
        if (vendorCode != null) {
            error.put("data", Map.of("code", vendorCode));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("jsonrpc", "2.0");
        body.put("id", id == null || id.isMissingNode() ? null : id);
        body.put("error", error);
        return SimResponse.json(200, body);
    }

    // ---- MCP --------------------------------------------------------------------------------------------------------

    SimResponse mcp(SimRequest request, VapSimAgent agent) {
        JsonNode root = request.jsonNode();
        if (!root.isObject() || !root.path("name").isTextual()) {
            return toolResult("Error: the request needs a tool name", true);
        }
        String name = root.get("name").asText();
        JsonNode args = root.path("arguments").isObject() ? root.get("arguments") : NODES.objectNode();
        try {
            return toolResult(tool(name, args, agent), false);
        } catch (VapSimError e) {
            return toolResult("Error: " + e.code + " - " + e.getMessage() + details(e), true);
        }
    }

    private String tool(String name, JsonNode args, VapSimAgent agent) {
        switch (name) {
            case "generate_image":
                return created(simulator.createTask(agent, taskBody("image_generation", args)));
            case "generate_video":
                return created(simulator.createTask(agent, taskBody("video_generation", args)));
            case "generate_music":
                return created(simulator.createTask(agent, taskBody("music_generation", args)));
            case "get_task":
                return describe(simulator.task(args.path("task_id").asText(""), agent));
            case "get_operation":
                return describe(simulator.operation(args.path("operation_id").asText(""), agent));
            case "check_balance":
                return "Balance: $" + VapSimJob.money(agent.usable()) + " usable, $" + VapSimJob.money(agent.reserved)
                        + " reserved\nTier: " + agent.tier() + " (" + agent.tierName() + ")";
            case "estimate_cost":
                int count = args.path("num_outputs").asInt(1);
                if (count < 1 || count > 4) {
                    throw VapSimError.invalid("num_outputs", "num_outputs must be between 1 and 4");
                }
                BigDecimal each = "high".equals(args.path("quality").asText("standard"))
                        ? VapSimSpecs.IMAGE_PRICE.multiply(new BigDecimal("1.5")) : VapSimSpecs.IMAGE_PRICE;
                return "Estimated cost: $" + VapSimJob.money(each.multiply(BigDecimal.valueOf(count))) + " for " + count
                        + " image(s)";
            case "estimate_video_cost":
                return "Estimated cost: $" + VapSimJob.money(VapSimSpecs.VIDEO_PRICE) + " per video";
            case "estimate_music_cost":
                return "Estimated cost: $" + VapSimJob.money(VapSimSpecs.MUSIC_PRICE) + " per track";
            case "list_tasks":
                return simulator.listForTool(agent, args.path("status").asText(null), args.path("limit").asInt(10));
            default:
                if (OPERATION_TOOLS.contains(name)) {
                    return created(simulator.createOperation(agent, operationBody(name, args)));
                }
                throw new VapSimError(404, "unknown_tool", "Unknown tool: " + name);
        }
    }

    private static ObjectNode operationBody(String operation, JsonNode args) {
        ObjectNode body = NODES.objectNode();
        body.put("operation", operation);
        ObjectNode options = NODES.objectNode();
        for (Map.Entry<String, JsonNode> field : args.properties()) {
            switch (field.getKey()) {
                case "media_url":
                case "prompt":
                case "mask_url":
                    body.set(field.getKey(), field.getValue());
                    break;
                default:
                    options.set(field.getKey(), field.getValue());
            }
        }
        if (options.size() > 0) {
            body.set("options", options);
        }
        return body;
    }

    private String created(VapSimJob job) {
        String what = job.kind == VapSimJob.Kind.TASK ? "Task" : "Operation";
        return what + " created.\n" + what + " ID: " + job.id + "\nStatus: pending\nEstimated cost: $"
                + VapSimJob.money(job.cost) + "\nBalance reserved; poll with get_"
                + (job.kind == VapSimJob.Kind.TASK ? "task" : "operation") + ".";
    }

    private String describe(VapSimJob job) {
        Instant now = simulator.now();
        String status = job.status(now);
        StringBuilder text = new StringBuilder(job.kind == VapSimJob.Kind.TASK ? "Task " : "Operation ").append(job.id)
                .append("\nStatus: ").append(status);
        if (job.finished(now) && !job.failed()) {
            job.result(simulator.baseUrl()).values().stream().filter(v -> v instanceof String).findFirst()
                    .ifPresent(url -> text.append("\nResult: ").append(url));
            if (job.media == VapSimJob.Media.MUSIC) {
                text.append("\nResult: ").append(simulator.baseUrl()).append("/media/").append(job.id)
                        .append("/track.wav");
            }
        } else if (job.finished(now)) {
            text.append("\nError: ").append(job.failureMessage());
        }
        return text.toString();
    }

    private static String details(VapSimError e) {
        if (e.details.isEmpty()) {
            return "";
        }
        StringBuilder text = new StringBuilder(" (");
        e.details.forEach((k, v) -> text.append(text.length() > 2 ? ", " : "").append(k).append(": ").append(v));
        return text.append(')').toString();
    }

    private static SimResponse toolResult(String text, boolean error) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("content", List.of(Map.of("type", "text", "text", text)));
        if (error) {
            body.put("isError", true);
        }
        return SimResponse.json(200, body);
    }
}
