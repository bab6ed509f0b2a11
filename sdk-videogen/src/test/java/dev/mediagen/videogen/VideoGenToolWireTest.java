package dev.mediagen.videogen;

import static dev.mediagen.videogen.Wire.assertCall;
import static dev.mediagen.videogen.Wire.assertJsonBody;
import static dev.mediagen.videogen.Wire.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mediagen.core.Page;
import dev.mediagen.videogen.model.AspectRatio;
import dev.mediagen.videogen.model.FileType;
import dev.mediagen.videogen.model.GenerateAvatarRequest;
import dev.mediagen.videogen.model.GenerateImageRequest;
import dev.mediagen.videogen.model.GenerateMusicRequest;
import dev.mediagen.videogen.model.GenerateSoundEffectRequest;
import dev.mediagen.videogen.model.GenerateVideoClipRequest;
import dev.mediagen.videogen.model.Image3dEffectRequest;
import dev.mediagen.videogen.model.ImageQuality;
import dev.mediagen.videogen.model.JobStatus;
import dev.mediagen.videogen.model.PronunciationReplacement;
import dev.mediagen.videogen.model.RemoveImageBackgroundRequest;
import dev.mediagen.videogen.model.RemoveVideoBackgroundRequest;
import dev.mediagen.videogen.model.RunListParams;
import dev.mediagen.videogen.model.TextToSpeechRequest;
import dev.mediagen.videogen.model.ToolExecution;
import dev.mediagen.videogen.model.ToolExecutionStarted;
import dev.mediagen.videogen.model.ToolType;
import dev.mediagen.videogen.model.UpscaleImageRequest;
import dev.mediagen.videogen.model.UpscaleVideoRequest;
import dev.mediagen.videogen.model.VectorizeImageRequest;
import dev.mediagen.videogen.model.VideoQuality;
import dev.mediagen.videogen.model.WatermarkMode;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every tool endpoint and the execution endpoints, checked on the wire against the OpenAPI document's examples. */
class VideoGenToolWireTest {
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

    static Stream<Arguments> specExamples() {
        String vid = "vg_file_jzosm31OGi-bPE1eb3qLnA";
        String img = "vg_file_obLD1OX2eJCrEs0071Z4kA";
        return Stream.of(
                call("generateImage", 0, "/v1/tools/generate-image", t -> t.generateImage(GenerateImageRequest
                        .builder("A serene mountain landscape at sunrise with vibrant colors and mist").build())),
                call("generateImage", 1, "/v1/tools/generate-image", t -> t.generateImage(GenerateImageRequest
                        .builder("Transform this photo into an oil painting style with warm autumn tones")
                        .imageFileIds(List.of(img)).build())),
                call("generateVideoClip", 0, "/v1/tools/generate-video-clip", t -> t.generateVideoClip(
                        GenerateVideoClipRequest.builder("A serene mountain landscape at sunrise with a flowing river "
                                + "and birds flying").generateAudio(true).durationSeconds(6).build())),
                call("generateVideoClip", 1, "/v1/tools/generate-video-clip", t -> t.generateVideoClip(
                        GenerateVideoClipRequest.builder("Apply a cinematic color grade with enhanced contrast and "
                                + "film grain").videoFileIds(List.of(vid)).build())),
                call("generateVideoClip", 2, "/v1/tools/generate-video-clip", t -> t.generateVideoClip(
                        GenerateVideoClipRequest.builder("Create a dynamic video animation from this serene mountain "
                                + "landscape image, adding subtle cloud movements and ambient nature sounds.")
                                .generateAudio(true).imageFileIds(List.of(img)).build())),
                call("textToSpeech", 0, "/v1/tools/text-to-speech", t -> t.textToSpeech(TextToSpeechRequest.builder(
                        "Welcome to VideoGen, your AI-powered video creation assistant.", "vg_voic_7t1wdka3tmk").build())),
                call("generateSoundEffect", 0, "/v1/tools/generate-sound-effect", t -> t.generateSoundEffect(
                        GenerateSoundEffectRequest.builder("Create a short, high-quality thunderclap sound effect with a "
                                + "deep rumble and sharp crack").build())),
                call("generateMusic", 0, "/v1/tools/generate-music", t -> t.generateMusic(GenerateMusicRequest
                        .builder("Calm ambient piano with soft pads for a product demo intro").build())),
                call("generateAvatar", 0, "/v1/tools/generate-avatar", t -> t.generateAvatar(
                        GenerateAvatarRequest.builder("vg_pres_a1ua8slxzfi", img).build())),
                call("vectorizeImage", 0, "/v1/tools/vectorize-image", t -> t.vectorizeImage(VectorizeImageRequest.of(img))),
                call("removeImageBackground", 0, "/v1/tools/remove-image-background",
                        t -> t.removeImageBackground(RemoveImageBackgroundRequest.of(img))),
                call("removeVideoBackground", 0, "/v1/tools/remove-video-background",
                        t -> t.removeVideoBackground(RemoveVideoBackgroundRequest.of(vid))),
                call("upscaleImage", 0, "/v1/tools/upscale-image", t -> t.upscaleImage(UpscaleImageRequest.of(img))),
                call("upscaleVideo", 0, "/v1/tools/upscale-video", t -> t.upscaleVideo(UpscaleVideoRequest.of(vid))),
                call("image3dEffect", 0, "/v1/tools/image-3d-effect", t -> t.image3dEffect(Image3dEffectRequest.of(img))));
    }

    private static Arguments call(String operationId, int example, String path,
                                  Function<VideoGenToolService, ToolExecutionStarted> call) {
        return Arguments.of(operationId + "#" + example, operationId, example, path, call);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("specExamples")
    void eachToolSendsTheSpecExampleBodyAndReadsTheExecutionId(String name, String operationId, int example, String path,
                                                               Function<VideoGenToolService, ToolExecutionStarted> call)
            throws Exception {
        server.enqueue(json(202, SpecExamples.response(operationId)));

        ToolExecutionStarted started = call.apply(client.tools());

        assertThat(started.toolExecutionId()).isEqualTo("vg_tool_ccm3abc123defcm3xyz789ghi");
        RecordedRequest request = assertCall(server.takeRequest(), "POST", path);
        assertJsonBody(request, SpecExamples.request(operationId, example).toString());
    }

    @Test
    void everyOptionalFieldTravelsUnderItsSpecName() throws Exception {
        server.enqueue(json(202, "{\"toolExecutionId\":\"vg_tool_1\"}"));
        server.enqueue(json(202, "{\"toolExecutionId\":\"vg_tool_2\"}"));
        server.enqueue(json(202, "{\"toolExecutionId\":\"vg_tool_3\"}"));
        server.enqueue(json(202, "{\"toolExecutionId\":\"vg_tool_4\"}"));
        server.enqueue(json(202, "{\"toolExecutionId\":\"vg_tool_5\"}"));

        client.tools().generateImage(GenerateImageRequest.builder("fox").imageFileIds(List.of("vg_file_a", "vg_file_b"))
                .aspectRatio(AspectRatio.PORTRAIT_9_16).quality(ImageQuality.HIGH).watermarkMode(WatermarkMode.NONE)
                .numResults(3).outputTemporary(true).build());
        client.tools().generateVideoClip(GenerateVideoClipRequest.builder().imageFileIds(List.of("vg_file_i"))
                .videoFileIds(List.of("vg_file_v")).audioFileIds(List.of("vg_file_a")).generateAudio(false)
                .durationSeconds(15).aspectRatio(AspectRatio.SQUARE).quality(VideoQuality.HIGH)
                .watermarkMode(WatermarkMode.VIDEO_GEN).numResults(2).outputTemporary(false).build());
        client.tools().textToSpeech(TextToSpeechRequest.builder("Hi NASA", "vg_voic_x").speechLanguageCode("en")
                .pronunciationReplacements(List.of(PronunciationReplacement.of("NASA", "nasa")))
                .autoExpandPronunciationReplacements(true).voiceSpeed(1.25).numResults(1).outputTemporary(true).build());
        client.tools().generateSoundEffect(GenerateSoundEffectRequest.builder("rain").durationSeconds(12.5)
                .promptInfluence(0.3).numResults(4).build());
        client.tools().upscaleImage(UpscaleImageRequest.builder("vg_file_img").watermarkMode(WatermarkMode.AUTO)
                .numResults(1).outputTemporary(true).build());

        assertJsonBody(server.takeRequest(), "{\"prompt\":\"fox\",\"imageFileIds\":[\"vg_file_a\",\"vg_file_b\"],"
                + "\"aspectRatio\":{\"width\":9,\"height\":16},\"quality\":\"HIGH\",\"watermarkMode\":\"NONE\","
                + "\"numResults\":3,\"isOutputTemporary\":true}");
        assertJsonBody(server.takeRequest(), "{\"imageFileIds\":[\"vg_file_i\"],\"videoFileIds\":[\"vg_file_v\"],"
                + "\"audioFileIds\":[\"vg_file_a\"],\"generateAudio\":false,\"durationSeconds\":15,"
                + "\"aspectRatio\":{\"width\":1,\"height\":1},\"quality\":\"HIGH\",\"watermarkMode\":\"VIDEO_GEN\","
                + "\"numResults\":2,\"isOutputTemporary\":false}");
        assertJsonBody(server.takeRequest(), "{\"ttsText\":\"Hi NASA\",\"voiceId\":\"vg_voic_x\",\"speechLanguageCode\":\"en\","
                + "\"pronunciationReplacements\":[{\"original\":\"NASA\",\"replacement\":\"nasa\"}],"
                + "\"autoExpandPronunciationReplacements\":true,\"voiceSpeed\":1.25,\"numResults\":1,"
                + "\"isOutputTemporary\":true}");
        assertJsonBody(server.takeRequest(), "{\"prompt\":\"rain\",\"durationSeconds\":12.5,\"promptInfluence\":0.3,"
                + "\"numResults\":4}");
        assertJsonBody(server.takeRequest(), "{\"imageStorageFileId\":\"vg_file_img\",\"watermarkMode\":\"AUTO\","
                + "\"numResults\":1,\"isOutputTemporary\":true}");
    }

    @Test
    void getExecutionReadsTheSpecExample() throws Exception {
        server.enqueue(json(200, SpecExamples.response("getToolExecutionInfo")));

        ToolExecution execution = client.tools().getExecution("vg_tool_ccm3abc123defcm3xyz789ghi");

        assertCall(server.takeRequest(), "GET", "/v1/tools/executions/vg_tool_ccm3abc123defcm3xyz789ghi");
        assertThat(execution.toolExecutionId()).isEqualTo("vg_tool_ccm3abc123defcm3xyz789ghi");
        assertThat(execution.status()).isEqualTo(JobStatus.SUCCEEDED);
        assertThat(execution.toolType()).contains(ToolType.GENERATE_VIDEO_CLIP);
        assertThat(execution.progressPercentage()).isEqualTo(100.0);
        assertThat(execution.attemptIndex()).isZero();
        assertThat(execution.resultFileIds()).containsExactly("vg_file_obLD1OX2eJCrEs0071Z4kA");
        assertThat(execution.results().get(0).type()).contains(FileType.VIDEO);
        assertThat(execution.results().get(0).file()).isEmpty();
        assertThat(execution.error()).isEmpty();
    }

    @Test
    void oldExecutionIdPrefixesAndUnknownValuesAreKeptAsTheyAre() throws Exception {
        server.enqueue(json(200, "{\"toolExecutionId\":\"vg_exec_legacy42\",\"status\":\"paused\","
                + "\"toolType\":\"GENERATE_HOLOGRAM\",\"progressPercentage\":12.5,\"attemptIndex\":1,\"newField\":{\"x\":1}}"));

        ToolExecution execution = client.tools().getExecution("vg_exec_legacy42");

        assertCall(server.takeRequest(), "GET", "/v1/tools/executions/vg_exec_legacy42");
        assertThat(execution.toolExecutionId()).isEqualTo("vg_exec_legacy42");
        assertThat(execution.status().isKnown()).isFalse();
        assertThat(execution.status().asString()).isEqualTo("paused");
        assertThat(execution.isTerminal()).isFalse();
        assertThat(execution.toolType().orElseThrow().asString()).isEqualTo("GENERATE_HOLOGRAM");
        assertThat(execution.progressPercentage()).isEqualTo(12.5);
    }

    @Test
    void failedExecutionsCarryTheirApiError() {
        server.enqueue(json(200, "{\"toolExecutionId\":\"vg_tool_f\",\"status\":\"failed\",\"toolType\":\"GENERATE_IMAGE\","
                + "\"progressPercentage\":40,\"attemptIndex\":2,\"error\":{\"message\":\"Content policy\","
                + "\"code\":\"content_policy_violation\",\"internalErrorCode\":\"E-991\"}}"));

        ToolExecution execution = client.tools().getExecution("vg_tool_f");

        assertThat(execution.status()).isEqualTo(JobStatus.FAILED);
        assertThat(execution.isTerminal()).isTrue();
        assertThat(execution.error().orElseThrow().message()).isEqualTo("Content policy");
        assertThat(execution.error().orElseThrow().code()).contains("content_policy_violation");
        assertThat(execution.error().orElseThrow().internalErrorCode()).contains("E-991");
    }

    @Test
    void listExecutionsSendsPagingAndWalksEveryPage() throws Exception {
        server.enqueue(json(200, "{\"toolExecutions\":[" + execution("vg_tool_1") + "," + execution("vg_tool_2")
                + "],\"hasMore\":true,\"nextCursor\":\"cur/2+\"}"));
        server.enqueue(json(200, "{\"toolExecutions\":[" + execution("vg_tool_3") + "],\"hasMore\":false,\"nextCursor\":null}"));

        Page<ToolExecution> first = client.tools().listExecutions(RunListParams.builder().limit(2).selfOnly(true).build());
        List<String> all = first.autoPager().stream().map(ToolExecution::toolExecutionId).collect(Collectors.toList());

        assertThat(first.items()).hasSize(2);
        assertThat(first.nextCursor()).contains("cur/2+");
        assertThat(all).containsExactly("vg_tool_1", "vg_tool_2", "vg_tool_3");
        assertCall(server.takeRequest(), "GET", "/v1/tools/executions?limit=2&selfOnly=true");
        assertCall(server.takeRequest(), "GET", "/v1/tools/executions?limit=2&cursor=cur%2F2%2B&selfOnly=true");
    }

    @Test
    void cancelPostsToTheExecutionsCancelPath() throws Exception {
        server.enqueue(json(202, SpecExamples.response("cancelToolExecution")));

        ToolExecutionStarted cancelled = client.tools().cancelExecution("vg_tool_ccm3abc123defcm3xyz789ghi");

        assertThat(cancelled.toolExecutionId()).isEqualTo("vg_tool_ccm3abc123defcm3xyz789ghi");
        RecordedRequest request = assertCall(server.takeRequest(), "POST",
                "/v1/tools/executions/vg_tool_ccm3abc123defcm3xyz789ghi/cancel");
        assertThat(request.getBody().size()).isZero();
    }

    @Test
    void idsArePathEncodedNeverInterpreted() throws Exception {
        server.enqueue(json(200, execution("weird/id?x")));

        client.tools().getExecution("weird/id?x");

        assertThat(server.takeRequest().getTarget()).isEqualTo("/v1/tools/executions/weird%2Fid%3Fx");
    }

    static String execution(String id) {
        return "{\"toolExecutionId\":\"" + id + "\",\"status\":\"running\",\"toolType\":\"GENERATE_IMAGE\","
                + "\"progressPercentage\":50,\"attemptIndex\":0}";
    }
}
