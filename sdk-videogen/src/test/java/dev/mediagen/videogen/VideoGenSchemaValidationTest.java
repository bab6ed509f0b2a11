package dev.mediagen.videogen;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mediagen.core.internal.Json;
import dev.mediagen.videogen.model.AgentEditMode;
import dev.mediagen.videogen.model.AspectRatio;
import dev.mediagen.videogen.model.CaptionBackgroundStyle;
import dev.mediagen.videogen.model.CaptionBackgroundType;
import dev.mediagen.videogen.model.CaptionStyle;
import dev.mediagen.videogen.model.CreateUploadRequest;
import dev.mediagen.videogen.model.CreateWebhookEndpointRequest;
import dev.mediagen.videogen.model.ExportQuality;
import dev.mediagen.videogen.model.FileSearchRequest;
import dev.mediagen.videogen.model.FileType;
import dev.mediagen.videogen.model.GenerateAvatarRequest;
import dev.mediagen.videogen.model.GenerateImageRequest;
import dev.mediagen.videogen.model.GenerateMusicRequest;
import dev.mediagen.videogen.model.GenerateSoundEffectRequest;
import dev.mediagen.videogen.model.GenerateVideoClipRequest;
import dev.mediagen.videogen.model.Image3dEffectRequest;
import dev.mediagen.videogen.model.ImageModelMode;
import dev.mediagen.videogen.model.ImageQuality;
import dev.mediagen.videogen.model.LogoPosition;
import dev.mediagen.videogen.model.PronunciationReplacement;
import dev.mediagen.videogen.model.RemixAction;
import dev.mediagen.videogen.model.RemixActionType;
import dev.mediagen.videogen.model.RemoveImageBackgroundRequest;
import dev.mediagen.videogen.model.RemoveVideoBackgroundRequest;
import dev.mediagen.videogen.model.RgbColor;
import dev.mediagen.videogen.model.SceneGeneration;
import dev.mediagen.videogen.model.ScriptToVideoRequest;
import dev.mediagen.videogen.model.SlideshowToVideoRequest;
import dev.mediagen.videogen.model.StoryboardScene;
import dev.mediagen.videogen.model.StoryboardToVideoRequest;
import dev.mediagen.videogen.model.TextJustification;
import dev.mediagen.videogen.model.TextToSpeechRequest;
import dev.mediagen.videogen.model.ToolRequest;
import dev.mediagen.videogen.model.TransitionStyle;
import dev.mediagen.videogen.model.UpscaleImageRequest;
import dev.mediagen.videogen.model.UpscaleVideoRequest;
import dev.mediagen.videogen.model.VectorizeImageRequest;
import dev.mediagen.videogen.model.VerticalAlignment;
import dev.mediagen.videogen.model.VideoQuality;
import dev.mediagen.videogen.model.VisualPacing;
import dev.mediagen.videogen.model.VisualStyle;
import dev.mediagen.videogen.model.VoiceoverToVideoRequest;
import dev.mediagen.videogen.model.WatermarkMode;
import dev.mediagen.videogen.model.WebhookEventType;
import dev.mediagen.videogen.model.WorkflowQuality;
import dev.mediagen.videogen.model.WorkflowRequest;
import java.io.IOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every request body the client can build, serialized exactly as the client sends it, validates against the
 * OpenAPI document's schema (a copy in the test resources), with objects closed to undocumented properties.
 */
class VideoGenSchemaValidationTest {
    private static final String V = "vg_file_v";
    private static final String I = "vg_file_i";
    private static final OpenApiSchemaValidator VALIDATOR = new OpenApiSchemaValidator(SpecExamples.spec(), true);

    /** One request the client can send: where it goes and its body object. */
    static final class Sent {
        final String method;
        final String path;
        final Object body;

        Sent(String method, String path, Object body) {
            this.method = method;
            this.path = path;
            this.body = body;
        }

        static Sent of(ToolRequest request) {
            return new Sent("POST", request.path(), request);
        }

        static Sent of(WorkflowRequest request) {
            return new Sent("POST", request.path(), request);
        }
    }

    static List<Sent> everyRequest() {
        List<Sent> all = new ArrayList<>();
        tools().forEach(request -> all.add(Sent.of(request)));
        workflows().forEach(request -> all.add(Sent.of(request)));
        all.add(new Sent("POST", "/v1/files/upload", CreateUploadRequest.builder("clip.mp4").build()));
        all.add(new Sent("POST", "/v1/files/upload", CreateUploadRequest.builder("deck.pdf").type(FileType.PDF)
                .temporary(true).build()));
        all.add(new Sent("POST", "/v1/files/search", FileSearchRequest.builder("sunset").build()));
        all.add(new Sent("POST", "/v1/files/search", FileSearchRequest.builder("sunset").numResults(100).selfOnly(true).build()));
        all.add(new Sent("POST", "/v1/webhooks/endpoints", CreateWebhookEndpointRequest.builder("https://example.com/hooks",
                List.of(WebhookEventType.TOOL_EXECUTION_SUCCEEDED)).build()));
        all.add(new Sent("POST", "/v1/webhooks/endpoints", CreateWebhookEndpointRequest.builder("https://example.com/hooks",
                List.of(WebhookEventType.TOOL_EXECUTION_SUCCEEDED, WebhookEventType.TOOL_EXECUTION_FAILED,
                        WebhookEventType.TOOL_EXECUTION_CANCELLED, WebhookEventType.WORKFLOW_RUN_SUCCEEDED,
                        WebhookEventType.WORKFLOW_RUN_FAILED, WebhookEventType.WORKFLOW_RUN_CANCELLED,
                        WebhookEventType.FILE_UPLOAD_COMPLETED, WebhookEventType.FILE_UPLOAD_FAILED,
                        WebhookEventType.FILE_PLAYBACK_READY, WebhookEventType.FILE_DOWNLOAD_READY,
                        WebhookEventType.FILE_ANALYSIS_COMPLETED, WebhookEventType.FILE_ANALYSIS_FAILED))
                .description("all events").build()));
        all.add(new Sent("POST", "/v1/projects/{projectId}/export", new VideoGenProjectService.ExportBody(null)));
        for (String quality : List.of("STANDARD", "HIGH", "FULL_HIGH", "ULTRA_HIGH")) {
            all.add(new Sent("POST", "/v1/projects/{projectId}/export",
                    new VideoGenProjectService.ExportBody(ExportQuality.of(quality))));
        }
        return all;
    }

    static List<ToolRequest> tools() {
        return List.of(
                GenerateImageRequest.builder("fox").build(),
                GenerateImageRequest.builder("fox").imageFileIds(List.of(I, I, I, I)).aspectRatio(AspectRatio.of(21, 9))
                        .quality(ImageQuality.LOW).watermarkMode(WatermarkMode.NONE).numResults(100).outputTemporary(true).build(),
                GenerateVideoClipRequest.builder("waves").build(),
                GenerateVideoClipRequest.builder().imageFileIds(List.of(I)).build(),
                GenerateVideoClipRequest.builder("waves").imageFileIds(List.of(I)).videoFileIds(List.of(V, V, V, V))
                        .audioFileIds(List.of("vg_file_a")).generateAudio(true).durationSeconds(15)
                        .aspectRatio(AspectRatio.PORTRAIT_9_16).quality(VideoQuality.HIGH)
                        .watermarkMode(WatermarkMode.VIDEO_GEN).numResults(1).outputTemporary(false).build(),
                TextToSpeechRequest.builder("Hello", "vg_voic_1").build(),
                TextToSpeechRequest.builder("Hello NASA", "vg_voic_1").speechLanguageCode("en")
                        .pronunciationReplacements(List.of(PronunciationReplacement.of("NASA", "nasa")))
                        .autoExpandPronunciationReplacements(true).voiceSpeed(0.5).numResults(3).outputTemporary(true).build(),
                GenerateSoundEffectRequest.builder("thunder").build(),
                GenerateSoundEffectRequest.builder("thunder").durationSeconds(30).promptInfluence(1).numResults(2)
                        .outputTemporary(true).build(),
                GenerateMusicRequest.builder("piano").build(),
                GenerateMusicRequest.builder("piano").numResults(4).outputTemporary(true).build(),
                GenerateAvatarRequest.builder("vg_pres_1", "vg_file_a").build(),
                GenerateAvatarRequest.builder("vg_pres_1", "vg_file_a").watermarkMode(WatermarkMode.AUTO).numResults(2)
                        .outputTemporary(true).build(),
                VectorizeImageRequest.of(I),
                VectorizeImageRequest.builder(I).watermarkMode(WatermarkMode.NONE).numResults(2).outputTemporary(true).build(),
                RemoveImageBackgroundRequest.of(I),
                RemoveImageBackgroundRequest.builder(I).watermarkMode(WatermarkMode.AUTO).numResults(1).outputTemporary(false).build(),
                UpscaleImageRequest.of(I),
                UpscaleImageRequest.builder(I).watermarkMode(WatermarkMode.VIDEO_GEN).numResults(5).outputTemporary(true).build(),
                Image3dEffectRequest.of(I),
                Image3dEffectRequest.builder(I).watermarkMode(WatermarkMode.NONE).numResults(1).outputTemporary(true).build(),
                RemoveVideoBackgroundRequest.of(V),
                RemoveVideoBackgroundRequest.builder(V).watermarkMode(WatermarkMode.AUTO).numResults(1).outputTemporary(true).build(),
                UpscaleVideoRequest.of(V),
                UpscaleVideoRequest.builder(V).watermarkMode(WatermarkMode.NONE).numResults(2).outputTemporary(false).build());
    }

    static List<RemixAction> everyRemixAction() {
        CaptionStyle captions = captionStyle();
        return List.of(
                RemixAction.setBackgroundMusic(null, null), RemixAction.setBackgroundMusic("vg_file_m", 0.4),
                RemixAction.setLogo("vg_file_l", LogoPosition.BOTTOM_RIGHT, 12.5),
                RemixAction.enableCaptions(), RemixAction.enableCaptions(captions), RemixAction.disableCaptions(),
                RemixAction.addTransitions(TransitionStyle.FADE, TransitionStyle.WIPE), RemixAction.addTransitions(null, null),
                RemixAction.resizeProject(AspectRatio.SQUARE),
                RemixAction.cleanUpTranscript(true, true, List.of("um", "uh"), 0.5),
                RemixAction.convertImagesToVideos("slow push-in", true, VideoQuality.STANDARD),
                RemixAction.regenerateImages("pastel", ImageModelMode.HIGH),
                RemixAction.upscaleAssets(true, false),
                RemixAction.changeNarrator("vg_voic_1", "vg_pres_1", 1.1),
                RemixAction.shuffleStockVisuals(),
                RemixAction.generateMusic("lofi beats"),
                RemixAction.translateProject("fr-FR", false, true),
                RemixAction.editWithAgent("tighten the intro", AgentEditMode.RETHINK, 45.0));
    }

    static CaptionStyle captionStyle() {
        return CaptionStyle.builder().fontName("Inter").fontSize(36).fontWeight(800).textColor(RgbColor.WHITE)
                .textJustification(TextJustification.CENTER).verticalAlignment(VerticalAlignment.BOTTOM)
                .strokeColor(RgbColor.BLACK).strokeWeight(1.5)
                .backgroundStyle(CaptionBackgroundStyle.of(CaptionBackgroundType.WORD_BY_WORD, RgbColor.of(0, 0, 255))
                        .opacity(1).borderRadius(0.25))
                .spokenTextColor(RgbColor.of(255, 255, 0)).spokenTextStrokeColor(RgbColor.of(1, 2, 3))
                .persistSpokenTextColor(false).build();
    }

    static List<WorkflowRequest> workflows() {
        return List.of(
                ScriptToVideoRequest.builder("Script.", VisualStyle.stock()).build(),
                ScriptToVideoRequest.builder("Script.", VisualStyle.aiImage("watercolor").restyleFeaturedBRoll(true))
                        .aspectRatio(AspectRatio.PORTRAIT_4_5).visualPacing(VisualPacing.FAST).quality(WorkflowQuality.LOW)
                        .language("en-US").voiceId("vg_voic_1").voiceSpeed(1.2).avatarPresenterId("vg_pres_1")
                        .featuredBRollFileIds(List.of(V, I)).workflowAgentContext("for teens")
                        .remixActions(everyRemixAction()).build(),
                VoiceoverToVideoRequest.builder(V, VisualStyle.entity("vg_enti_1")).build(),
                VoiceoverToVideoRequest.builder(V, VisualStyle.stock()).aspectRatio(AspectRatio.SQUARE)
                        .visualPacing(VisualPacing.SLOW).quality(WorkflowQuality.HIGH).language("de-DE")
                        .captionStyle(captionStyle()).logoFileId("vg_file_l").workflowAgentContext("calm")
                        .remixActions(List.of(RemixAction.disableCaptions())).build(),
                SlideshowToVideoRequest.builder("vg_file_pdf").build(),
                SlideshowToVideoRequest.builder("vg_file_pdf").slideScripts(List.of("One.", "Two.")).aspectRatio(AspectRatio.SQUARE)
                        .language("es-ES").voiceId("vg_voic_2").voiceSpeed(0.9).avatarPresenterId("vg_pres_2")
                        .captionStyle(CaptionStyle.builder().build()).logoFileId("vg_file_l")
                        .remixActions(List.of(RemixAction.shuffleStockVisuals())).build(),
                StoryboardToVideoRequest.builder(List.of(StoryboardScene.of("A lake."))).build(),
                StoryboardToVideoRequest.builder(List.of(StoryboardScene.of("A lake."),
                        StoryboardScene.builder("A summit.").generation(SceneGeneration.video().aiStyle("cinematic"))
                                .durationSeconds(6).actorEntityId("vg_enti_a").visualStyleEntityId("vg_enti_s")
                                .voiceoverScript("We made it.").build()))
                        .defaultGeneration(SceneGeneration.image()).defaultDurationSeconds(5).quality(WorkflowQuality.STANDARD)
                        .aspectRatio(AspectRatio.LANDSCAPE_16_9).workflowAgentContext("epic")
                        .remixActions(List.of(RemixAction.generateMusic("epic strings"))).build());
    }

    @Test
    void everyRequestTheClientCanBuildValidatesAgainstTheSpec() {
        Map<String, List<String>> failures = new LinkedHashMap<>();
        for (Sent sent : everyRequest()) {
            JsonNode body = Json.camelCase().valueToTree(sent.body);
            List<String> problems = VALIDATOR.validate(body, VALIDATOR.requestSchema(sent.method, sent.path));
            if (!problems.isEmpty()) {
                failures.put(sent.path + " " + body, problems);
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void theCatalogCoversEveryRequestClassAndEveryRemixActionType() throws Exception {
        Set<Class<?>> covered = everyRequest().stream().map(s -> s.body.getClass()).collect(Collectors.toSet());
        List<Class<?>> requestClasses = modelClasses().stream()
                .filter(type -> !Modifier.isAbstract(type.getModifiers()))
                .filter(type -> ToolRequest.class.isAssignableFrom(type) || WorkflowRequest.class.isAssignableFrom(type)
                        || type.getSimpleName().endsWith("Request"))
                .collect(Collectors.toList());
        Set<String> remixTypes = everyRemixAction().stream().map(a -> a.type().asString()).collect(Collectors.toSet());

        assertThat(requestClasses).hasSize(19);
        assertThat(covered).containsAll(requestClasses);
        assertThat(remixTypes).containsExactlyInAnyOrderElementsOf(Stream.of("SET_BACKGROUND_MUSIC", "SET_LOGO",
                "ENABLE_CAPTIONS", "DISABLE_CAPTIONS", "ADD_TRANSITIONS", "RESIZE_PROJECT", "CLEAN_UP_TRANSCRIPT",
                "CONVERT_IMAGES_TO_VIDEOS", "REGENERATE_IMAGES", "UPSCALE_ASSETS", "CHANGE_NARRATOR",
                "SHUFFLE_STOCK_VISUALS", "GENERATE_MUSIC", "TRANSLATE_PROJECT", "EDIT_WITH_AGENT")
                .map(RemixActionType::of).map(RemixActionType::asString).collect(Collectors.toList()));
        assertThat(SpecExamples.spec().at("/components/schemas/RemixActionType/enum")).hasSize(remixTypes.size());
    }

    @Test
    void theValidatorRejectsWhatTheSpecForbids() {
        JsonNode image = VALIDATOR.requestSchema("POST", "/v1/tools/generate-image");
        JsonNode script = VALIDATOR.requestSchema("POST", "/v1/workflows/script-to-video");

        assertThat(problems("{\"prompt\":\"x\",\"quality\":\"STANDARD\"}", image)).isEmpty();
        assertThat(problems("{\"prompt\":\"x\",\"quality\":\"STANDARD\",\"promt\":\"y\"}", image))
                .containsExactly("$.promt: not a property of the schema");
        assertThat(problems("{}", image)).containsExactly("$: missing required property prompt",
                "$: missing required property quality");
        assertThat(problems("{\"prompt\":\"x\",\"quality\":\"ULTRA\"}", image)).hasSize(1);
        assertThat(problems("{\"prompt\":\"x\",\"quality\":\"LOW\",\"numResults\":0}", image))
                .containsExactly("$.numResults: 0 is below the minimum 1");
        assertThat(problems("{\"prompt\":\"x\",\"quality\":\"LOW\",\"numResults\":1.5}", image)).hasSize(1);
        assertThat(problems("{\"prompt\":\"x\",\"quality\":\"LOW\",\"imageFileIds\":[\"a\",\"b\",\"c\",\"d\",\"e\"]}", image))
                .containsExactly("$.imageFileIds: more than 4 items");
        assertThat(problems("{\"prompt\":\"x\",\"quality\":\"LOW\",\"aspectRatio\":{\"width\":0,\"height\":9}}", image))
                .containsExactly("$.aspectRatio.width: 0 is below the minimum 1");
        assertThat(problems("{\"script\":\"s\",\"visualStyle\":{\"type\":\"STOCK\"},\"voiceId\":null}", script)).isEmpty();
        assertThat(problems("{\"script\":\"s\",\"visualStyle\":{\"type\":\"STOCK\"},\"remixActions\":[{\"type\":\"NOPE\"}]}", script))
                .singleElement().asString().contains("matches 0 of oneOf");
        assertThat(problems("{\"script\":\"s\",\"visualStyle\":{\"type\":\"STOCK\"},\"remixActions\":[{\"type\":\"RESIZE_PROJECT\"}]}", script))
                .singleElement().asString().contains("matches 0 of oneOf");
        assertThat(problems("{\"url\":\"not a uri\",\"events\":[\"tool_execution.succeeded\"]}",
                VALIDATOR.requestSchema("POST", "/v1/webhooks/endpoints"))).singleElement().asString().contains("absolute URI");
        assertThat(problems("{\"url\":\"https://x.io\",\"events\":[]}", VALIDATOR.requestSchema("POST", "/v1/webhooks/endpoints")))
                .containsExactly("$.events: fewer than 1 items");
    }

    private static List<String> problems(String json, JsonNode schema) {
        return VALIDATOR.validate(SpecExamples.parse(json), schema);
    }

    private static List<Class<?>> modelClasses() throws IOException, URISyntaxException, ClassNotFoundException {
        Path root = Path.of(ToolRequest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path model = root.resolve("dev/mediagen/videogen/model");
        List<Class<?>> types = new ArrayList<>();
        try (Stream<Path> files = Files.list(model)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class") && !f.toString().contains("$"))
                    .collect(Collectors.toList())) {
                String name = file.getFileName().toString();
                Class<?> type = Class.forName("dev.mediagen.videogen.model." + name.substring(0, name.length() - 6));
                if (Modifier.isPublic(type.getModifiers())) {
                    types.add(type);
                }
            }
        }
        return types;
    }
}
