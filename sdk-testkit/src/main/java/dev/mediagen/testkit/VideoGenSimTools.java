package dev.mediagen.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** The simulated tools: request validation, executions that progress over time, and real media results. */
final class VideoGenSimTools {
    /** One tool: its path segment, {@code toolType}, running time, credits per result and output. */
    static final class Tool {
        final String path;
        final String toolType;
        final Duration runningTime;
        final long creditsPerResult;
        final String outputType;
        final Consumer<VideoGenSimChecks> fields;

        Tool(String path, String toolType, Duration runningTime, long creditsPerResult, String outputType,
             Consumer<VideoGenSimChecks> fields) {
            this.path = path;
            this.toolType = toolType;
            this.runningTime = runningTime;
            this.creditsPerResult = creditsPerResult;
            this.outputType = outputType;
            this.fields = fields;
        }
    }

    /** One execution; its status is a function of the clock. */
    static final class Execution {
        final String id;
        final Tool tool;
        final String apiKey;
        final JsonNode request;
        final Instant createdAt;
        final Instant runningAt;
        final Instant finishedAt;
        final boolean fails;
        final int numResults;
        Instant cancelledAt;
        List<String> resultFileIds;
        boolean notified;

        Execution(String id, Tool tool, String apiKey, JsonNode request, Instant createdAt, Duration queue,
                  Duration running, boolean fails, int numResults) {
            this.id = id;
            this.tool = tool;
            this.apiKey = apiKey;
            this.request = request;
            this.createdAt = createdAt;
            this.runningAt = createdAt.plus(queue);
            this.finishedAt = runningAt.plus(running);
            this.fails = fails;
            this.numResults = numResults;
        }

        String status(Instant now) {
            if (cancelledAt != null && !now.isBefore(cancelledAt)) {
                return "cancelled";
            }
            if (!now.isBefore(finishedAt)) {
                return fails ? "failed" : "succeeded";
            }
            return now.isBefore(runningAt) ? "pending" : "running";
        }

        Instant endedAt() {
            return cancelledAt != null && cancelledAt.isBefore(finishedAt) ? cancelledAt : finishedAt;
        }

        double progress(Instant now) {
            Instant at = cancelledAt != null && cancelledAt.isBefore(now) ? cancelledAt : now;
            if (!at.isBefore(finishedAt)) {
                return fails ? 60 : 100;
            }
            if (at.isBefore(runningAt)) {
                return 0;
            }
            long total = Duration.between(runningAt, finishedAt).toMillis();
            long done = Duration.between(runningAt, at).toMillis();
            return Math.min(99, total <= 0 ? 99 : Math.floor(done * 100.0 / total));
        }
    }

    private final Clock clock;
    private final VideoGenSimFiles files;
    private final Simulator.Ids ids = new Simulator.Ids("vg_tool_");
    private final Map<String, Tool> tools = new LinkedHashMap<>();
    private final Map<String, Execution> executions = new LinkedHashMap<>();

    VideoGenSimTools(Clock clock, VideoGenSimFiles files) {
        this.clock = clock;
        this.files = files;
        Duration s = Duration.ofSeconds(1);
        add(new Tool("generate-image", "GENERATE_IMAGE", s.multipliedBy(8), 2, "IMAGE", c -> c
                .requiredText("prompt").textArray("imageFileIds", 0, 4, false).aspectRatio("aspectRatio", false)
                .oneOf("quality", true, false, "LOW", "STANDARD", "HIGH")));
        add(new Tool("generate-video-clip", "GENERATE_VIDEO_CLIP", s.multipliedBy(30), 20, "VIDEO", c -> {
            c.text("prompt", false).textArray("imageFileIds", 0, 4, false).textArray("videoFileIds", 0, 4, false)
                    .textArray("audioFileIds", 0, 4, false).bool("generateAudio")
                    .integer("durationSeconds", 1, 15, true).aspectRatio("aspectRatio", false)
                    .oneOf("quality", true, false, "STANDARD", "HIGH");
            JsonNode body = c.body();
            if (!body.hasNonNull("prompt") && body.path("imageFileIds").size() == 0
                    && body.path("videoFileIds").size() == 0 && body.path("audioFileIds").size() == 0) {
                c.problem("At least one of prompt, imageFileIds, videoFileIds, or audioFileIds must be provided");
            }
        }));
        add(new Tool("text-to-speech", "TEXT_TO_SPEECH", s.multipliedBy(5), 1, "AUDIO", c -> {
            c.requiredText("ttsText").requiredText("voiceId").text("speechLanguageCode", true)
                    .bool("autoExpandPronunciationReplacements").number("voiceSpeed", 0.5, 2.0, false)
                    .allow("pronunciationReplacements");
            JsonNode replacements = c.body().get("pronunciationReplacements");
            if (replacements != null) {
                if (!replacements.isArray()) {
                    c.problem("pronunciationReplacements must be an array");
                } else {
                    replacements.forEach(r -> {
                        VideoGenSimChecks item = VideoGenSimChecks.nested(r).requiredText("original").requiredText("replacement");
                        item.problems().forEach(p -> c.problem("pronunciationReplacements: " + p));
                        item.unknownFields().forEach(f -> c.problem("pronunciationReplacements: Unrecognized key: " + f));
                    });
                }
            }
            String voice = c.body().path("voiceId").asText("");
            if (!voice.isEmpty() && !VideoGenSimResources.directVoice(voice)) {
                c.problem("voiceId " + voice + " does not support direct tool execution");
            }
        }));
        add(new Tool("generate-sound-effect", "GENERATE_SOUND_EFFECT", s.multipliedBy(5), 1, "AUDIO", c -> c
                .requiredText("prompt").number("durationSeconds", 1, 30, true).number("promptInfluence", 0, 1, true)));
        add(new Tool("generate-music", "GENERATE_MUSIC", s.multipliedBy(12), 2, "AUDIO", c -> c.requiredText("prompt")));
        add(new Tool("generate-avatar", "GENERATE_AVATAR", s.multipliedBy(30), 20, "VIDEO", c -> {
            c.requiredText("avatarPresenterId").requiredText("audioStorageFileId");
            String presenter = c.body().path("avatarPresenterId").asText("");
            if (!presenter.isEmpty() && !VideoGenSimResources.presenterExists(presenter)) {
                c.problem("avatarPresenterId " + presenter + " does not exist");
            }
        }));
        for (String[] image : new String[][] {{"vectorize-image", "VECTORIZE_IMAGE"},
                {"remove-image-background", "REMOVE_IMAGE_BACKGROUND"}, {"upscale-image", "UPSCALE_IMAGE"},
                {"image-3d-effect", "IMAGE_3D_EFFECT"}}) {
            String output = image[1].equals("IMAGE_3D_EFFECT") ? "VIDEO" : "IMAGE";
            add(new Tool(image[0], image[1], s.multipliedBy(6), 1, output, c -> c.requiredText("imageStorageFileId")));
        }
        for (String[] video : new String[][] {{"remove-video-background", "REMOVE_VIDEO_BACKGROUND"},
                {"upscale-video", "UPSCALE_VIDEO"}}) {
            add(new Tool(video[0], video[1], s.multipliedBy(20), 10, "VIDEO", c -> c.requiredText("videoStorageFileId")));
        }
    }

    private void add(Tool tool) {
        tools.put(tool.path, tool);
    }

    Tool tool(String path) {
        Tool tool = tools.get(path);
        if (tool == null) {
            throw VideoGenSimErrors.fail(VideoGenSimErrors.error(404, "not_found", "Unknown tool: " + path));
        }
        return tool;
    }

    /** Validates a tool request and returns its number of results. */
    int validate(Tool tool, SimRequest request) {
        VideoGenSimChecks checks = VideoGenSimChecks.of(request)
                .integer("numResults", 1, 100, false).bool("isOutputTemporary");
        boolean watermark = !List.of("TEXT_TO_SPEECH", "GENERATE_SOUND_EFFECT", "GENERATE_MUSIC").contains(tool.toolType);
        if (watermark) {
            checks.oneOf("watermarkMode", false, false, "NONE", "VIDEO_GEN", "AUTO");
        }
        tool.fields.accept(checks);
        ObjectNode body = checks.validate();
        for (String field : List.of("imageFileIds", "videoFileIds", "audioFileIds")) {
            body.path(field).forEach(id -> files.usable(id.asText(), field, field.substring(0, 5).toUpperCase()));
        }
        if (body.has("imageStorageFileId")) {
            files.usable(body.get("imageStorageFileId").asText(), "imageStorageFileId", "IMAGE");
        }
        if (body.has("videoStorageFileId")) {
            files.usable(body.get("videoStorageFileId").asText(), "videoStorageFileId", "VIDEO");
        }
        if (body.has("audioStorageFileId")) {
            files.usable(body.get("audioStorageFileId").asText(), "audioStorageFileId", "AUDIO");
        }
        return body.path("numResults").asInt(1);
    }

    synchronized Execution start(Tool tool, SimRequest request, String apiKey, Duration queue, Duration running,
                                 boolean fails, int numResults) {
        Execution execution = new Execution(ids.next(), tool, apiKey, request.jsonNode(), clock.instant(), queue,
                running == null ? tool.runningTime : running, fails, numResults);
        executions.put(execution.id, execution);
        return execution;
    }

    synchronized Execution find(String id) {
        if (id == null || !(id.startsWith("vg_tool_") || id.startsWith("vg_exec_"))) {
            throw VideoGenSimErrors.fail(VideoGenSimErrors.invalidId("toolExecutionId", String.valueOf(id)));
        }
        Execution execution = executions.get(id);
        if (execution == null) {
            throw VideoGenSimErrors.fail(VideoGenSimErrors.notFound("Tool execution", id));
        }
        return execution;
    }

    synchronized boolean cancel(Execution execution) {
        if (execution.status(clock.instant()).equals("pending") || execution.status(clock.instant()).equals("running")) {
            execution.cancelledAt = clock.instant();
            return true;
        }
        return false;
    }

    /** The {@code ExecutedTool} JSON; results are created (as real media files) when first seen succeeded. */
    synchronized ObjectNode view(Execution execution, boolean withFiles) {
        Instant now = clock.instant();
        String status = execution.status(now);
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("toolExecutionId", execution.id);
        node.put("status", status);
        node.put("toolType", execution.tool.toolType);
        node.put("progressPercentage", execution.progress(now));
        node.put("attemptIndex", 0);
        if (status.equals("succeeded")) {
            ArrayNode results = node.putArray("results");
            for (String fileId : results(execution)) {
                ObjectNode result = results.addObject();
                result.put("fileId", fileId);
                result.put("type", execution.tool.outputType);
                if (withFiles) {
                    result.set("file", files.view(files.find(fileId), true));
                }
            }
        } else if (status.equals("failed")) {
            ObjectNode error = VideoGenSimErrors.body("generation_failed", "The generation failed (simulated failure)");
            error.put("internalErrorCode", "sim_" + execution.id);
            node.set("error", error);
        }
        return node;
    }

    private List<String> results(Execution execution) {
        if (execution.resultFileIds == null) {
            List<String> ids = new ArrayList<>();
            boolean temporary = execution.request.path("isOutputTemporary").asBoolean(false);
            for (int i = 0; i < execution.numResults; i++) {
                Object[] media = media(execution, i);
                ids.add(files.createReady(execution.tool.toolType.toLowerCase(java.util.Locale.ROOT) + " result " + (i + 1),
                        execution.tool.outputType, (byte[]) media[0], (String) media[1], execution.tool.toolType,
                        execution.id, temporary).id);
            }
            execution.resultFileIds = Collections.unmodifiableList(ids);
        }
        return execution.resultFileIds;
    }

    private static Object[] media(Execution execution, int index) {
        int seed = execution.id.hashCode() + index * 37;
        JsonNode request = execution.request;
        switch (execution.tool.toolType) {
            case "GENERATE_IMAGE": {
                int width = request.path("aspectRatio").path("width").asInt(16);
                int height = request.path("aspectRatio").path("height").asInt(9);
                double scale = 64.0 / Math.max(width, height);
                return new Object[] {MediaFiles.png(Math.max(1, (int) (width * scale)), Math.max(1, (int) (height * scale)), seed),
                        "image/png"};
            }
            case "UPSCALE_IMAGE":
                return new Object[] {MediaFiles.png(128, 72, seed), "image/png"};
            case "REMOVE_IMAGE_BACKGROUND":
                return new Object[] {MediaFiles.png(64, 36, seed), "image/png"};
            case "VECTORIZE_IMAGE":
                return new Object[] {("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"64\" height=\"36\">"
                        + "<rect width=\"64\" height=\"36\" fill=\"#" + String.format("%06x", seed & 0xffffff)
                        + "\"/></svg>").getBytes(StandardCharsets.UTF_8), "image/svg+xml"};
            case "TEXT_TO_SPEECH": {
                int words = request.path("ttsText").asText("").split("\\s+").length;
                return new Object[] {MediaFiles.wav(Math.min(3.0, 0.3 + words * 0.1), 220), "audio/wav"};
            }
            case "GENERATE_SOUND_EFFECT":
                return new Object[] {MediaFiles.wav(Math.min(2.0, request.path("durationSeconds").asDouble(1.0)), 440),
                        "audio/wav"};
            case "GENERATE_MUSIC":
                return new Object[] {MediaFiles.wav(2.0, 330), "audio/wav"};
            default:
                return new Object[] {MediaFiles.mp4(seed), "video/mp4"};
        }
    }

    synchronized List<ObjectNode> listed(String apiKey, boolean selfOnly) {
        List<Execution> all = new ArrayList<>(executions.values());
        Collections.reverse(all);
        List<ObjectNode> views = new ArrayList<>();
        for (Execution execution : all) {
            if (!selfOnly || execution.apiKey.equals(apiKey)) {
                views.add(view(execution, false));
            }
        }
        return views;
    }

    /** Executions that reached a final status since the last call, for {@code tool_execution.*} webhooks. */
    synchronized List<Execution> newlyFinished() {
        Instant now = clock.instant();
        List<Execution> done = new ArrayList<>();
        for (Execution execution : executions.values()) {
            if (!execution.notified && !now.isBefore(execution.endedAt())) {
                execution.notified = true;
                done.add(execution);
            }
        }
        return done;
    }

    synchronized int count() {
        return executions.size();
    }
}
