package dev.mediagen.vap;

import dev.mediagen.core.ValidationException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One call of a tool of VAP's MCP server through its REST bridge ({@code POST /mcp/tools/call}). Factories cover the
 * documented tools and take the same typed parameters as the REST API; {@link #of(String, Map)} calls any tool.
 */
public final class McpToolCall {
    private static final Set<String> CREATING_TOOLS = Set.of("generate_image", "generate_video", "generate_music",
            "execute_preset", "upscale", "background_remove", "inpaint", "ai_edit", "video_trim", "video_merge");

    private final String name;
    private final Map<String, Object> arguments;

    private McpToolCall(String name, Map<String, Object> arguments) {
        this.name = Check.text(name, "tool name");
        this.arguments = Collections.unmodifiableMap(new LinkedHashMap<>(arguments));
    }

    /** Calls tool {@code name} with {@code arguments} as given. */
    public static McpToolCall of(String name, Map<String, ?> arguments) {
        Objects.requireNonNull(arguments, "arguments");
        return new McpToolCall(name, new LinkedHashMap<>(arguments));
    }

    /** {@code generate_image}: the description becomes {@code prompt}. */
    public static McpToolCall generateImage(ImageParams params) {
        Map<String, Object> args = prompt(params);
        params.aspectRatio().ifPresent(v -> args.put("aspect_ratio", v.value()));
        params.quality().ifPresent(v -> args.put("quality", v.value()));
        return new McpToolCall("generate_image", args);
    }

    /** {@code generate_video}. */
    public static McpToolCall generateVideo(VideoParams params) {
        Map<String, Object> args = prompt(params);
        params.duration().ifPresent(v -> args.put("duration", v));
        params.aspectRatio().ifPresent(v -> args.put("aspect_ratio", v.value()));
        params.generateAudio().ifPresent(v -> args.put("generate_audio", v));
        params.resolution().ifPresent(v -> args.put("resolution", v.value()));
        params.negativePrompt().ifPresent(v -> args.put("negative_prompt", v));
        return new McpToolCall("generate_video", args);
    }

    /** {@code generate_music}. */
    public static McpToolCall generateMusic(MusicParams params) {
        Map<String, Object> args = prompt(params);
        params.instrumental().ifPresent(v -> args.put("instrumental", v));
        params.duration().ifPresent(v -> args.put("duration", v));
        params.loudnessPreset().ifPresent(v -> args.put("loudness_preset", v.value()));
        params.audioFormat().ifPresent(v -> args.put("audio_format", v.value()));
        return new McpToolCall("generate_music", args);
    }

    /** {@code get_task}. */
    public static McpToolCall getTask(String taskId) {
        return new McpToolCall("get_task", Map.of("task_id", Check.id(taskId, "task_id")));
    }

    /** {@code list_tasks}: {@code status} may be null; {@code limit} 1 to 50. */
    public static McpToolCall listTasks(JobStatus status, int limit) {
        if (limit < 1 || limit > TaskListParams.MAX_LIMIT) {
            throw new ValidationException("limit must be between 1 and " + TaskListParams.MAX_LIMIT + ", got " + limit);
        }
        Map<String, Object> args = new LinkedHashMap<>();
        if (status != null) {
            args.put("status", status.asString());
        }
        args.put("limit", limit);
        return new McpToolCall("list_tasks", args);
    }

    /** {@code check_balance}. */
    public static McpToolCall checkBalance() {
        return new McpToolCall("check_balance", Map.of());
    }

    /** {@code estimate_cost} of {@code numOutputs} (1 to 4) images of {@code quality}. */
    public static McpToolCall estimateCost(ImageQuality quality, int numOutputs) {
        if (numOutputs < 1 || numOutputs > 4) {
            throw new ValidationException("num_outputs must be between 1 and 4, got " + numOutputs);
        }
        Map<String, Object> args = new LinkedHashMap<>();
        args.put("quality", Objects.requireNonNull(quality, "quality").value());
        args.put("num_outputs", numOutputs);
        return new McpToolCall("estimate_cost", args);
    }

    /** {@code estimate_video_cost}. */
    public static McpToolCall estimateVideoCost() {
        return new McpToolCall("estimate_video_cost", Map.of());
    }

    /** {@code estimate_music_cost}. */
    public static McpToolCall estimateMusicCost() {
        return new McpToolCall("estimate_music_cost", Map.of());
    }

    /** {@code execute_preset} (e.g. {@code streaming_campaign}) with a prompt. */
    public static McpToolCall executePreset(String preset, String prompt) {
        Map<String, Object> args = new LinkedHashMap<>();
        args.put("preset", Check.text(preset, "preset"));
        args.put("prompt", Check.text(prompt, "prompt"));
        return new McpToolCall("execute_preset", args);
    }

    /** The operation tool of the same name ({@code upscale}, {@code inpaint}, ...) with the operation's fields. */
    public static McpToolCall operation(OperationParams params) {
        Map<String, Object> args = new LinkedHashMap<>();
        args.put("media_url", params.mediaUrl());
        params.prompt().ifPresent(v -> args.put("prompt", v));
        params.maskUrl().ifPresent(v -> args.put("mask_url", v));
        params.scale().ifPresent(v -> args.put("scale", v));
        params.startTime().ifPresent(v -> args.put("start_time", v));
        params.endTime().ifPresent(v -> args.put("end_time", v));
        if (!params.mediaUrls().isEmpty()) {
            args.put("media_urls", params.mediaUrls());
        }
        if (!params.additionalImages().isEmpty()) {
            args.put("additional_images", params.additionalImages());
        }
        return new McpToolCall(params.operation().asString(), args);
    }

    /** {@code get_operation}. */
    public static McpToolCall getOperation(String operationId) {
        return new McpToolCall("get_operation", Map.of("operation_id", Check.id(operationId, "operation_id")));
    }

    private static Map<String, Object> prompt(TaskParams params) {
        Map<String, Object> args = new LinkedHashMap<>();
        args.put("prompt", params.description());
        return args;
    }

    /** The tool's name. */
    public String name() {
        return name;
    }

    /** The tool's arguments. */
    public Map<String, Object> arguments() {
        return arguments;
    }

    boolean createsWork() {
        return CREATING_TOOLS.contains(name);
    }

    Map<String, Object> toJson() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("arguments", arguments);
        return body;
    }

    @Override
    public String toString() {
        return "McpToolCall{name=" + name + ", arguments=" + arguments.keySet() + "}";
    }
}
