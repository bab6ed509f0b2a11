package dev.mediagen.videogen;

import static dev.mediagen.videogen.Wire.assertCall;
import static dev.mediagen.videogen.Wire.assertJsonBody;
import static dev.mediagen.videogen.Wire.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mediagen.videogen.model.AgentEditMode;
import dev.mediagen.videogen.model.AspectRatio;
import dev.mediagen.videogen.model.CaptionBackgroundStyle;
import dev.mediagen.videogen.model.CaptionBackgroundType;
import dev.mediagen.videogen.model.CaptionStyle;
import dev.mediagen.videogen.model.ExportQuality;
import dev.mediagen.videogen.model.JobStatus;
import dev.mediagen.videogen.model.Project;
import dev.mediagen.videogen.model.ProjectExport;
import dev.mediagen.videogen.model.ProjectStatus;
import dev.mediagen.videogen.model.RemixAction;
import dev.mediagen.videogen.model.RgbColor;
import dev.mediagen.videogen.model.RunListParams;
import dev.mediagen.videogen.model.SceneGeneration;
import dev.mediagen.videogen.model.ScriptToVideoRequest;
import dev.mediagen.videogen.model.SlideshowToVideoRequest;
import dev.mediagen.videogen.model.StoryboardScene;
import dev.mediagen.videogen.model.StoryboardToVideoRequest;
import dev.mediagen.videogen.model.TransitionStyle;
import dev.mediagen.videogen.model.VideoQuality;
import dev.mediagen.videogen.model.VisualPacing;
import dev.mediagen.videogen.model.VisualStyle;
import dev.mediagen.videogen.model.VoiceoverToVideoRequest;
import dev.mediagen.videogen.model.WorkflowQuality;
import dev.mediagen.videogen.model.WorkflowRun;
import dev.mediagen.videogen.model.WorkflowRunStarted;
import dev.mediagen.videogen.model.WorkflowType;
import java.time.Instant;
import java.util.List;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Workflows, runs, projects and exports on the wire, against the OpenAPI document's examples. */
class VideoGenWorkflowWireTest {
    static final String FILE = "vg_file_obLD1OX2eJCrEs0071Z4kA";

    @StartStop
    final MockWebServer server = new MockWebServer();

    private VideoGenClient client;

    @BeforeEach
    void setUp() {
        client = Wire.client(server).build();
    }

    @AfterEach
    void tearDown() {
        client.close();
    }

    @Test
    void scriptToVideoSendsTheSpecExample() throws Exception {
        server.enqueue(json(202, SpecExamples.response("scriptToVideo")));

        WorkflowRunStarted started = client.workflows().scriptToVideo(ScriptToVideoRequest.builder(
                "Staying hydrated keeps your body and mind running at their best. Drinking enough water boosts your "
                        + "energy, focus, and mood. Keep a water bottle nearby and sip throughout the day.",
                VisualStyle.aiImage("loose watercolor illustration with visible brushstrokes and soft color bleeds"))
                .visualPacing(VisualPacing.MEDIUM).quality(WorkflowQuality.HIGH)
                .remixActions(List.of(RemixAction.enableCaptions(),
                        RemixAction.convertImagesToVideos("slow cinematic push-in", true, VideoQuality.HIGH)))
                .build());

        assertJsonBody(assertCall(server.takeRequest(), "POST", "/v1/workflows/script-to-video"),
                SpecExamples.request("scriptToVideo", 0).toString());
        assertThat(started.workflowRunId()).isEqualTo("vg_work_ccm3abc123defcm3xyz789ghi");
        assertThat(started.projectId()).isEqualTo("vg_proj_9dTk3mQ1rZ7xP4vN2sB6wc");
        assertThat(started.remixActionIds()).hasSize(2);
    }

    @Test
    void voiceoverToVideoSendsTheSpecExample() throws Exception {
        server.enqueue(json(202, SpecExamples.response("voiceoverToVideo")));

        client.workflows().voiceoverToVideo(VoiceoverToVideoRequest.builder(FILE,
                VisualStyle.aiImage("warm cinematic photography with soft natural lighting and shallow depth of field"))
                .quality(WorkflowQuality.HIGH)
                .remixActions(List.of(RemixAction.convertImagesToVideos("gentle parallax drift", true, VideoQuality.HIGH),
                        RemixAction.editWithAgent("Replace the closing title card with \"Book a demo today\"", null, null)))
                .build());

        assertJsonBody(assertCall(server.takeRequest(), "POST", "/v1/workflows/voiceover-to-video"),
                SpecExamples.request("voiceoverToVideo", 0).toString());
    }

    @Test
    void slideshowToVideoSendsTheSpecExample() throws Exception {
        server.enqueue(json(202, SpecExamples.response("slideshowToVideo")));

        client.workflows().slideshowToVideo(SlideshowToVideoRequest.builder(FILE)
                .remixActions(List.of(RemixAction.addTransitions(TransitionStyle.DYNAMIC, TransitionStyle.FADE),
                        RemixAction.convertImagesToVideos("subtle zoom with soft easing", true, VideoQuality.HIGH)))
                .build());

        assertJsonBody(assertCall(server.takeRequest(), "POST", "/v1/workflows/slideshow-to-video"),
                SpecExamples.request("slideshowToVideo", 0).toString());
    }

    @Test
    void storyboardToVideoSendsTheSpecExample() throws Exception {
        server.enqueue(json(202, SpecExamples.response("storyboardToVideo")));

        client.workflows().storyboardToVideo(StoryboardToVideoRequest.builder(List.of(
                StoryboardScene.of("A sunrise over a calm mountain lake, mist on the water."),
                StoryboardScene.builder("A hiker reaching the summit, arms raised in triumph.")
                        .generation(SceneGeneration.video().aiStyle("cinematic film look with dramatic lighting and "
                                + "shallow depth of field")).durationSeconds(6).build()))
                .defaultGeneration(SceneGeneration.image().aiStyle("loose watercolor illustration with visible "
                        + "brushstrokes and soft color bleeds"))
                .defaultDurationSeconds(5).build());

        assertJsonBody(assertCall(server.takeRequest(), "POST", "/v1/workflows/storyboard-to-video"),
                SpecExamples.request("storyboardToVideo", 0).toString());
    }

    @Test
    void nestedStylesAndEveryRemixActionUseTheSpecFieldNames() throws Exception {
        server.enqueue(json(202, SpecExamples.response("voiceoverToVideo")));
        CaptionStyle captions = CaptionStyle.builder().fontName("Inter").fontSize(42).fontWeight(700)
                .textColor(RgbColor.WHITE).strokeColor(RgbColor.BLACK).strokeWeight(2)
                .backgroundStyle(CaptionBackgroundStyle.of(CaptionBackgroundType.RECT, RgbColor.of(10, 20, 30))
                        .opacity(0.5).borderRadius(0.2))
                .spokenTextColor(RgbColor.of(255, 200, 0)).persistSpokenTextColor(true).build();

        client.workflows().voiceoverToVideo(VoiceoverToVideoRequest.builder(FILE, VisualStyle.entity("vg_enti_1")
                        .restyleFeaturedBRoll(false)).aspectRatio(AspectRatio.PORTRAIT_9_16).captionStyle(captions)
                .logoFileId("vg_file_logo").language("en-US").workflowAgentContext("for nurses")
                .remixActions(List.of(RemixAction.setBackgroundMusic(null, 0.3), RemixAction.resizeProject(AspectRatio.SQUARE),
                        RemixAction.translateProject("es-ES", true, null), RemixAction.editWithAgent("shorter",
                                AgentEditMode.MINOR_EDIT, 30.0)))
                .build());

        assertJsonBody(server.takeRequest(), "{\"fileId\":\"vg_file_obLD1OX2eJCrEs0071Z4kA\","
                + "\"visualStyle\":{\"type\":\"ENTITY\",\"entityId\":\"vg_enti_1\",\"restyleFeaturedBRollWithAiStyle\":false},"
                + "\"aspectRatio\":{\"width\":9,\"height\":16},\"language\":\"en-US\",\"logoFileId\":\"vg_file_logo\","
                + "\"workflowAgentContext\":\"for nurses\",\"captionStyle\":{\"fontName\":\"Inter\",\"fontSize\":42.0,"
                + "\"fontWeight\":700,\"textColor\":{\"red\":255,\"green\":255,\"blue\":255},"
                + "\"strokeColor\":{\"red\":0,\"green\":0,\"blue\":0},\"strokeWeight\":2.0,"
                + "\"backgroundStyle\":{\"type\":\"RECT\",\"backgroundColor\":{\"red\":10,\"green\":20,\"blue\":30},"
                + "\"borderRadiusProportion\":0.2,\"opacityProportion\":0.5},"
                + "\"spokenTextColor\":{\"red\":255,\"green\":200,\"blue\":0},\"persistSpokenTextColor\":true},"
                + "\"remixActions\":[{\"type\":\"SET_BACKGROUND_MUSIC\",\"volume\":0.3},"
                + "{\"type\":\"RESIZE_PROJECT\",\"aspectRatio\":{\"width\":1,\"height\":1}},"
                + "{\"type\":\"TRANSLATE_PROJECT\",\"languageCode\":\"es-ES\",\"changeVoice\":true},"
                + "{\"type\":\"EDIT_WITH_AGENT\",\"prompt\":\"shorter\",\"mode\":\"MINOR_EDIT\",\"targetDurationSeconds\":30.0}]}");
    }

    @Test
    void runsAreReadListedAndCancelled() throws Exception {
        server.enqueue(json(200, SpecExamples.response("getWorkflowRun")));
        server.enqueue(json(200, "{\"workflowRuns\":[" + SpecExamples.response("getWorkflowRun")
                + "],\"hasMore\":false,\"nextCursor\":null}"));
        server.enqueue(json(202, SpecExamples.response("scriptToVideo")));

        WorkflowRun run = client.workflows().getRun("vg_work_ccm3abc123defcm3xyz789ghi");
        List<WorkflowRun> listed = client.workflows().listRuns(RunListParams.builder().selfOnly(true).limit(10).build()).items();
        WorkflowRunStarted cancelled = client.workflows().cancelRun("vg_work_ccm3abc123defcm3xyz789ghi");

        assertCall(server.takeRequest(), "GET", "/v1/workflows/runs/vg_work_ccm3abc123defcm3xyz789ghi");
        assertCall(server.takeRequest(), "GET", "/v1/workflows/runs?limit=10&selfOnly=true");
        assertCall(server.takeRequest(), "POST", "/v1/workflows/runs/vg_work_ccm3abc123defcm3xyz789ghi/cancel");
        assertThat(run.status()).isEqualTo(JobStatus.SUCCEEDED);
        assertThat(run.workflowType()).contains(WorkflowType.SCRIPT_TO_VIDEO);
        assertThat(run.projectId()).isEqualTo("vg_proj_9dTk3mQ1rZ7xP4vN2sB6wc");
        assertThat(listed).hasSize(1);
        assertThat(cancelled.workflowRunId()).isEqualTo("vg_work_ccm3abc123defcm3xyz789ghi");
    }

    @Test
    void projectsAreReadAndExported() throws Exception {
        server.enqueue(json(200, SpecExamples.response("getProject")));
        server.enqueue(json(202, SpecExamples.response("exportProject")));
        server.enqueue(json(200, SpecExamples.response("getProjectExport")));
        server.enqueue(json(202, SpecExamples.response("exportProject")));
        String project = "vg_proj_9dTk3mQ1rZ7xP4vN2sB6wc";

        Project got = client.projects().get(project);
        String exportId = client.projects().export(project, ExportQuality.FULL_HIGH).exportId();
        ProjectExport export = client.projects().getExport(project, exportId);
        client.projects().export(project, null);

        assertCall(server.takeRequest(), "GET", "/v1/projects/" + project);
        assertJsonBody(assertCall(server.takeRequest(), "POST", "/v1/projects/" + project + "/export"),
                SpecExamples.request("exportProject", 0).toString());
        assertCall(server.takeRequest(), "GET", "/v1/projects/" + project + "/exports/vg_expo_4bHn8pR2sY5xM1vL3tC7wd");
        assertJsonBody(server.takeRequest(), "{}");
        assertThat(got.title()).contains("Staying hydrated");
        assertThat(got.status()).contains(ProjectStatus.READY);
        assertThat(got.createdAt()).contains(Instant.parse("2026-05-23T12:00:00Z"));
        assertThat(got.aspectRatio()).contains(AspectRatio.LANDSCAPE_16_9);
        assertThat(export.status()).isEqualTo(JobStatus.SUCCEEDED);
        assertThat(export.downloadUrl()).hasValueSatisfying(url -> assertThat(url).contains("1080p.mp4"));
        assertThat(export.toString()).doesNotContain("token=abc");
    }
}
