package dev.mediagen.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Simulated workflows: validation, runs that progress over time, the projects they build, and exports. */
final class VideoGenSimWorkflows {
    static final Map<String, String> PATHS = Map.of(
            "script-to-video", "SCRIPT_TO_VIDEO",
            "add-visuals-narrations-and-captions-to-script", "SCRIPT_TO_VIDEO",
            "voiceover-to-video", "VOICEOVER_TO_VIDEO",
            "add-visuals-and-captions-to-voiceover", "VOICEOVER_TO_VIDEO",
            "slideshow-to-video", "SLIDESHOW_TO_VIDEO",
            "add-narration-transitions-and-captions-to-slideshow", "SLIDESHOW_TO_VIDEO",
            "storyboard-to-video", "STORYBOARD_TO_VIDEO",
            "generate-scenes-from-storyboard", "STORYBOARD_TO_VIDEO");
    static final List<String> REMIX_TYPES = List.of("SET_BACKGROUND_MUSIC", "SET_LOGO", "ENABLE_CAPTIONS",
            "DISABLE_CAPTIONS", "ADD_TRANSITIONS", "RESIZE_PROJECT", "CLEAN_UP_TRANSCRIPT", "CONVERT_IMAGES_TO_VIDEOS",
            "REGENERATE_IMAGES", "UPSCALE_ASSETS", "CHANGE_NARRATOR", "SHUFFLE_STOCK_VISUALS", "GENERATE_MUSIC",
            "TRANSLATE_PROJECT", "EDIT_WITH_AGENT");
    private static final Map<String, String> REMIX_REQUIRED = Map.of("RESIZE_PROJECT", "aspectRatio",
            "REGENERATE_IMAGES", "stylePrompt", "CHANGE_NARRATOR", "voiceId", "GENERATE_MUSIC", "prompt",
            "TRANSLATE_PROJECT", "languageCode", "EDIT_WITH_AGENT", "prompt");

    /** A timed job (a run or an export) whose status follows the clock. */
    static class Timed {
        final String id;
        final String apiKey;
        final Instant runningAt;
        final Instant finishedAt;
        final boolean fails;
        Instant cancelledAt;
        boolean notified;

        Timed(String id, String apiKey, Instant createdAt, Duration queue, Duration running, boolean fails) {
            this.id = id;
            this.apiKey = apiKey;
            this.runningAt = createdAt.plus(queue);
            this.finishedAt = runningAt.plus(running);
            this.fails = fails;
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
                return fails ? 50 : 100;
            }
            if (at.isBefore(runningAt)) {
                return 0;
            }
            long total = Duration.between(runningAt, finishedAt).toMillis();
            return Math.min(99, Math.floor(Duration.between(runningAt, at).toMillis() * 100.0 / Math.max(1, total)));
        }
    }

    /** A workflow run and its project. */
    static final class Run extends Timed {
        final String workflowType;
        final String projectId;
        final String title;
        final JsonNode aspectRatio;
        final Instant createdAt;

        Run(String id, String apiKey, Instant createdAt, Duration queue, Duration running, boolean fails,
            String workflowType, String projectId, String title, JsonNode aspectRatio) {
            super(id, apiKey, createdAt, queue, running, fails);
            this.workflowType = workflowType;
            this.projectId = projectId;
            this.title = title;
            this.aspectRatio = aspectRatio;
            this.createdAt = createdAt;
        }
    }

    /** An export of a project. */
    static final class Export extends Timed {
        final String projectId;
        VideoGenSimFiles.SimFile video;

        Export(String id, String apiKey, Instant createdAt, Duration queue, Duration running, boolean fails, String projectId) {
            super(id, apiKey, createdAt, queue, running, fails);
            this.projectId = projectId;
        }
    }

    private final Clock clock;
    private final VideoGenSimFiles files;
    private final Simulator.Ids runIds = new Simulator.Ids("vg_work_");
    private final Simulator.Ids projectIds = new Simulator.Ids("vg_proj_");
    private final Simulator.Ids exportIds = new Simulator.Ids("vg_expo_");
    private final Simulator.Ids remixIds = new Simulator.Ids("vg_rmix_");
    private final Map<String, Run> runs = new LinkedHashMap<>();
    private final Map<String, Run> runsByProject = new LinkedHashMap<>();
    private final Map<String, Export> exports = new LinkedHashMap<>();
    volatile Duration runningTime = Duration.ofSeconds(60);
    volatile Duration exportTime = Duration.ofSeconds(20);

    VideoGenSimWorkflows(Clock clock, VideoGenSimFiles files) {
        this.clock = clock;
        this.files = files;
    }

    static String workflowType(String path) {
        String type = PATHS.get(path);
        if (type == null) {
            throw VideoGenSimErrors.fail(VideoGenSimErrors.error(404, "not_found", "Unknown workflow: " + path));
        }
        return type;
    }

    /** Validates a workflow body against the OpenAPI document's schema for {@code workflowType}. */
    ObjectNode validate(String workflowType, SimRequest request) {
        VideoGenSimChecks c = VideoGenSimChecks.of(request).aspectRatio("aspectRatio", false).allow("remixActions");
        switch (workflowType) {
            case "SCRIPT_TO_VIDEO":
                c.requiredText("script").allow("visualStyle").oneOf("visualPacing", false, false, "FAST", "MEDIUM", "SLOW")
                        .oneOf("quality", false, false, "LOW", "STANDARD", "HIGH").text("language", false)
                        .text("voiceId", true).number("voiceSpeed", 0, 10, false).text("avatarPresenterId", true)
                        .textArray("featuredBRollFileIds", 0, 100, false).text("workflowAgentContext", false);
                visualStyle(c, true);
                break;
            case "VOICEOVER_TO_VIDEO":
                c.requiredText("fileId").allow("visualStyle", "captionStyle")
                        .oneOf("visualPacing", false, false, "FAST", "MEDIUM", "SLOW")
                        .oneOf("quality", false, false, "LOW", "STANDARD", "HIGH").text("language", false)
                        .text("logoFileId", true).text("workflowAgentContext", false);
                visualStyle(c, true);
                break;
            case "SLIDESHOW_TO_VIDEO":
                c.requiredText("fileId").allow("captionStyle").textArray("slideScripts", 0, 500, false)
                        .text("language", false).text("voiceId", true).number("voiceSpeed", 0, 10, false)
                        .text("avatarPresenterId", true).text("logoFileId", true);
                break;
            default:
                c.allow("scenes", "defaultGeneration").integer("defaultDurationSeconds", 1, 600, false)
                        .oneOf("quality", false, false, "LOW", "STANDARD", "HIGH").text("workflowAgentContext", false);
                scenes(c);
                generation(c, c.body().get("defaultGeneration"), "defaultGeneration");
        }
        remixActions(c, c.body().get("remixActions"));
        ObjectNode body = c.validate();
        if (body.hasNonNull("fileId")) {
            files.usable(body.get("fileId").asText(), "fileId", null);
        }
        return body;
    }

    private static void visualStyle(VideoGenSimChecks c, boolean required) {
        JsonNode style = c.body().get("visualStyle");
        if (style == null || style.isNull()) {
            if (required) {
                c.problem("visualStyle is required");
            }
            return;
        }
        VideoGenSimChecks s = VideoGenSimChecks.nested(style).oneOf("type", true, false, "STOCK", "AI_IMAGE", "ENTITY")
                .text("aiStyle", false).text("entityId", false).bool("restyleFeaturedBRollWithAiStyle");
        String type = style.path("type").asText();
        if (type.equals("AI_IMAGE") && !style.hasNonNull("aiStyle")) {
            s.problem("aiStyle is required when type is AI_IMAGE");
        }
        if (type.equals("ENTITY") && !style.hasNonNull("entityId")) {
            s.problem("entityId is required when type is ENTITY");
        }
        s.problems().forEach(p -> c.problem("visualStyle." + p));
        s.unknownFields().forEach(f -> c.problem("visualStyle has an unknown field: " + f));
    }

    private static void scenes(VideoGenSimChecks c) {
        JsonNode scenes = c.body().get("scenes");
        if (scenes == null || !scenes.isArray() || scenes.size() == 0) {
            c.problem("scenes must be an array with at least one scene");
            return;
        }
        for (JsonNode scene : scenes) {
            VideoGenSimChecks s = VideoGenSimChecks.nested(scene).requiredText("prompt").allow("generation")
                    .integer("durationSeconds", 1, 600, true).text("actorEntityId", true)
                    .text("visualStyleEntityId", true).text("voiceoverScript", true);
            s.problems().forEach(p -> c.problem("scenes." + p));
            s.unknownFields().forEach(f -> c.problem("scenes has an unknown field: " + f));
            generation(c, scene.get("generation"), "scenes.generation");
        }
    }

    private static void generation(VideoGenSimChecks c, JsonNode generation, String name) {
        if (generation == null || generation.isNull()) {
            return;
        }
        VideoGenSimChecks g = VideoGenSimChecks.nested(generation).oneOf("type", true, false, "AI_IMAGE", "AI_VIDEO")
                .text("aiStyle", true);
        g.problems().forEach(p -> c.problem(name + "." + p));
        g.unknownFields().forEach(f -> c.problem(name + " has an unknown field: " + f));
    }

    private static void remixActions(VideoGenSimChecks c, JsonNode actions) {
        if (actions == null) {
            return;
        }
        if (!actions.isArray()) {
            c.problem("remixActions must be an array");
            return;
        }
        for (JsonNode action : actions) {
            String type = action.path("type").asText("");
            if (!REMIX_TYPES.contains(type)) {
                c.problem("remixActions: unknown type " + type);
            } else if (REMIX_REQUIRED.containsKey(type) && !action.hasNonNull(REMIX_REQUIRED.get(type))) {
                c.problem("remixActions: " + type + " needs " + REMIX_REQUIRED.get(type));
            }
        }
    }

    synchronized ObjectNode start(String workflowType, ObjectNode body, String apiKey, Duration queue, boolean fails) {
        String title = body.path("script").asText(workflowType.toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
        title = title.length() > 40 ? title.substring(0, 40) : title;
        Run run = new Run(runIds.next(), apiKey, clock.instant(), queue, runningTime, fails, workflowType,
                projectIds.next(), title, body.get("aspectRatio"));
        runs.put(run.id, run);
        runsByProject.put(run.projectId, run);
        ObjectNode started = JsonNodeFactory.instance.objectNode();
        started.put("workflowRunId", run.id);
        started.put("projectId", run.projectId);
        started.put("projectUrl", projectUrl(run.projectId));
        ArrayNode remixes = started.putArray("remixActionIds");
        body.path("remixActions").forEach(a -> remixes.add(remixIds.next()));
        return started;
    }

    private static String projectUrl(String projectId) {
        return "https://app.videogen.io/project/" + projectId;
    }

    synchronized Run run(String id) {
        if (id == null || !id.startsWith("vg_work_")) {
            throw VideoGenSimErrors.fail(VideoGenSimErrors.invalidId("workflowRunId", String.valueOf(id)));
        }
        Run run = runs.get(id);
        if (run == null) {
            throw VideoGenSimErrors.fail(VideoGenSimErrors.notFound("Workflow run", id));
        }
        return run;
    }

    synchronized ObjectNode view(Run run) {
        Instant now = clock.instant();
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        String status = run.status(now);
        node.put("workflowRunId", run.id);
        node.put("status", status);
        node.put("workflowType", run.workflowType);
        node.put("progressPercentage", run.progress(now));
        node.put("attemptIndex", 0);
        node.put("projectId", run.projectId);
        node.put("projectUrl", projectUrl(run.projectId));
        if (status.equals("failed")) {
            node.set("error", VideoGenSimErrors.body("workflow_failed", "The workflow failed (simulated failure)"));
        }
        return node;
    }

    synchronized List<ObjectNode> listed(String apiKey, boolean selfOnly) {
        List<Run> all = new ArrayList<>(runs.values());
        Collections.reverse(all);
        List<ObjectNode> views = new ArrayList<>();
        for (Run run : all) {
            if (!selfOnly || run.apiKey.equals(apiKey)) {
                views.add(view(run));
            }
        }
        return views;
    }

    synchronized void cancel(Run run) {
        String status = run.status(clock.instant());
        if (status.equals("pending") || status.equals("running")) {
            run.cancelledAt = clock.instant();
        }
    }

    synchronized Run project(String projectId) {
        if (projectId == null || !projectId.startsWith("vg_proj_")) {
            throw VideoGenSimErrors.fail(VideoGenSimErrors.invalidId("projectId", String.valueOf(projectId)));
        }
        Run run = runsByProject.get(projectId);
        if (run == null) {
            throw VideoGenSimErrors.fail(VideoGenSimErrors.notFound("Project", projectId));
        }
        return run;
    }

    synchronized ObjectNode projectView(Run run) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("projectId", run.projectId);
        node.put("title", run.title);
        if (run.aspectRatio != null && run.aspectRatio.isObject()) {
            node.set("aspectRatio", run.aspectRatio);
        } else {
            node.putObject("aspectRatio").put("width", 16).put("height", 9);
        }
        node.put("status", run.status(clock.instant()).equals("succeeded") ? "ready" : "generating");
        node.put("createdAt", run.createdAt.toString());
        node.put("updatedAt", run.endedAt().isBefore(clock.instant()) ? run.endedAt().toString() : clock.instant().toString());
        node.put("projectUrl", projectUrl(run.projectId));
        return node;
    }

    synchronized Export export(Run run, String apiKey, Duration queue, boolean fails) {
        if (!run.status(clock.instant()).equals("succeeded")) {
            throw VideoGenSimErrors.fail(VideoGenSimErrors.invalidParameters("Project " + run.projectId
                    + " is still generating and cannot be exported yet"));
        }
        Export export = new Export(exportIds.next(), apiKey, clock.instant(), queue, exportTime, fails, run.projectId);
        exports.put(export.id, export);
        return export;
    }

    synchronized Export export(String projectId, String exportId) {
        project(projectId);
        Export export = exports.get(exportId);
        if (export == null || !export.projectId.equals(projectId)) {
            throw VideoGenSimErrors.fail(VideoGenSimErrors.notFound("Export", exportId));
        }
        return export;
    }

    synchronized ObjectNode exportView(Export export) {
        Instant now = clock.instant();
        String status = export.status(now);
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("exportId", export.id);
        node.put("projectId", export.projectId);
        node.put("status", status);
        node.put("progressPercentage", export.progress(now));
        node.put("attemptIndex", 0);
        if (status.equals("succeeded")) {
            if (export.video == null) {
                export.video = files.createReady(runsByProject.get(export.projectId).title + ".mp4", "VIDEO",
                        MediaFiles.mp4(export.id.hashCode()), "video/mp4", null, null, "EXPORT");
            }
            node.put("downloadUrl", files.signedDownloadUrl(export.video));
            node.put("thumbnailUrl", files.signedThumbnailUrl(export.video));
        } else {
            node.putNull("downloadUrl");
            node.putNull("thumbnailUrl");
        }
        if (status.equals("failed")) {
            node.set("error", VideoGenSimErrors.body("export_failed", "The export failed (simulated failure)"));
        } else {
            node.putNull("error");
        }
        return node;
    }

    /** Runs that reached a final status since the last call, for {@code workflow_run.*} webhooks. */
    synchronized List<Run> newlyFinished() {
        Instant now = clock.instant();
        List<Run> done = new ArrayList<>();
        for (Run run : runs.values()) {
            if (!run.notified && !now.isBefore(run.endedAt())) {
                run.notified = true;
                done.add(run);
            }
        }
        return done;
    }
}
