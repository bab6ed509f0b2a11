package dev.mediagen.apex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mediagen.core.ValidationException;
import dev.mediagen.testkit.ApexSimulator;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every documented range and enum is checked before any request; the simulator receives nothing. */
class ApexValidationTest {
    private ApexSimulator sim;
    private ApexClient client;

    @BeforeEach
    void setUp() {
        sim = new ApexSimulator().start();
        client = ApexClient.builder().baseUrl(sim.baseUrl()).apiKey(ApexSimulator.API_KEY).build();
    }

    @AfterEach
    void tearDown() {
        client.close();
        sim.close();
        assertThat(sim.requestLog()).isEmpty();
    }

    private static ImageRequest.Builder image() {
        return ImageRequest.builder().prompt("p");
    }

    private static PhotoshootRequest.Builder photoshoot() {
        return PhotoshootRequest.builder().productImage("https://x.example/p.png").background(PhotoBackground.LIFESTYLE)
                .angle(PhotoAngle.TOP_DOWN).lighting(PhotoLighting.DRAMATIC).count(1);
    }

    private static InstantAdRequest.Builder ad() {
        return InstantAdRequest.builder().websiteUrl("https://shop.example").platform(Platform.INSTAGRAM).count(2)
                .style(AdStyle.MINIMAL);
    }

    private static CommercialRequest.Builder commercial() {
        return CommercialRequest.builder().product("p").platform(Platform.TIKTOK).duration(15)
                .tone(CommercialTone.ENERGETIC);
    }

    private static AvatarRequest.Builder avatar() {
        return AvatarRequest.builder().image("https://x.example/f.png").resolution(Resolution.P1080)
                .model(AvatarModel.KLING_AVATAR_V2).text("hi");
    }

    static Stream<Arguments> outOfRange() {
        return Stream.of(
                // image: prompt 1-2000, width/height 256-2048, steps 1-50, seed >= 0
                Arguments.of("image prompt empty", (Supplier<?>) () -> ImageRequest.builder().prompt("").build(), "prompt"),
                Arguments.of("image prompt missing", (Supplier<?>) () -> ImageRequest.builder().build(), "prompt is required"),
                Arguments.of("image prompt 2001", (Supplier<?>) () -> ImageRequest.builder().prompt("x".repeat(2001)).build(),
                        "1 to 2000"),
                Arguments.of("image width 255", (Supplier<?>) () -> image().width(255).build(), "width"),
                Arguments.of("image width 2049", (Supplier<?>) () -> image().width(2049).build(), "width"),
                Arguments.of("image height 255", (Supplier<?>) () -> image().height(255).build(), "height"),
                Arguments.of("image height 2049", (Supplier<?>) () -> image().height(2049).build(), "height"),
                Arguments.of("image steps 0", (Supplier<?>) () -> image().steps(0).build(), "steps"),
                Arguments.of("image steps 51", (Supplier<?>) () -> image().steps(51).build(), "steps"),
                Arguments.of("image seed -1", (Supplier<?>) () -> image().seed(-1).build(), "seed"),
                // video: script 1-5000, duration 3-60, 720p|1080p, https avatar
                Arguments.of("video script 5001", (Supplier<?>) () -> VideoRequest.builder().script("x".repeat(5001)).build(),
                        "script"),
                Arguments.of("video duration 2", (Supplier<?>) () -> VideoRequest.builder().script("s").duration(2).build(),
                        "duration"),
                Arguments.of("video duration 61", (Supplier<?>) () -> VideoRequest.builder().script("s").duration(61).build(),
                        "duration"),
                Arguments.of("video 480p", (Supplier<?>) () -> VideoRequest.builder().script("s")
                        .resolution(Resolution.P480).build(), "720p, 1080p"),
                Arguments.of("video http avatar", (Supplier<?>) () -> VideoRequest.builder().script("s")
                        .avatarImage("http://x.example/f.png").build(), "HTTPS"),
                // voice: text 1-10000, speed 0.5-2.0, ISO language
                Arguments.of("voice text 10001", (Supplier<?>) () -> VoiceRequest.builder().text("x".repeat(10001)).build(),
                        "text"),
                Arguments.of("voice speed 0.49", (Supplier<?>) () -> VoiceRequest.builder().text("t").speed(0.49).build(),
                        "speed"),
                Arguments.of("voice speed 2.01", (Supplier<?>) () -> VoiceRequest.builder().text("t").speed(2.01).build(),
                        "speed"),
                Arguments.of("voice language", (Supplier<?>) () -> VoiceRequest.builder().text("t").language("English")
                        .build(), "ISO"),
                // voice clone: name 1-100, https sample
                Arguments.of("clone name 101", (Supplier<?>) () -> VoiceCloneRequest.of("x".repeat(101),
                        "https://x.example/s.wav"), "name"),
                Arguments.of("clone http sample", (Supplier<?>) () -> VoiceCloneRequest.of("n", "http://x.example/s.wav"),
                        "HTTPS"),
                // avatar: https image, required resolution/model, audio or text
                Arguments.of("avatar http image", (Supplier<?>) () -> avatar().image("http://x.example/f.png").build(),
                        "HTTPS"),
                Arguments.of("avatar no resolution", (Supplier<?>) () -> avatar().resolution(null).build(), "resolution"),
                Arguments.of("avatar no model", (Supplier<?>) () -> avatar().model(null).build(), "model"),
                Arguments.of("avatar nothing to say", (Supplier<?>) () -> avatar().text(null).build(), "audio or text"),
                // clip: https source, maxClips 1-20, viralScoreThreshold 1-10, min <= max
                Arguments.of("clip http source", (Supplier<?>) () -> ClipRequest.builder()
                        .sourceVideoUrl("ftp://x.example/v.mp4").build(), "HTTPS"),
                Arguments.of("clip maxClips 0", (Supplier<?>) () -> ClipRequest.builder()
                        .sourceVideoUrl("https://x.example/v.mp4").maxClips(0).build(), "maxClips"),
                Arguments.of("clip maxClips 21", (Supplier<?>) () -> ClipRequest.builder()
                        .sourceVideoUrl("https://x.example/v.mp4").maxClips(21).build(), "maxClips"),
                Arguments.of("clip threshold 0.9", (Supplier<?>) () -> ClipRequest.builder()
                        .sourceVideoUrl("https://x.example/v.mp4").viralScoreThreshold(0.9).build(), "viralScoreThreshold"),
                Arguments.of("clip threshold 10.5", (Supplier<?>) () -> ClipRequest.builder()
                        .sourceVideoUrl("https://x.example/v.mp4").viralScoreThreshold(10.5).build(), "viralScoreThreshold"),
                Arguments.of("clip min > max", (Supplier<?>) () -> ClipRequest.builder()
                        .sourceVideoUrl("https://x.example/v.mp4").minDuration(30).maxDuration(10).build(), "minDuration"),
                // b-roll: duration 3-6, 480p|720p, wan-2.6|kling-2.6-pro
                Arguments.of("b-roll duration 2", (Supplier<?>) () -> BRollRequest.builder().prompt("p").duration(2).build(),
                        "duration"),
                Arguments.of("b-roll duration 7", (Supplier<?>) () -> BRollRequest.builder().prompt("p").duration(7).build(),
                        "duration"),
                Arguments.of("b-roll 1080p", (Supplier<?>) () -> BRollRequest.builder().prompt("p")
                        .resolution(Resolution.P1080).build(), "480p, 720p"),
                Arguments.of("b-roll veo", (Supplier<?>) () -> BRollRequest.builder().prompt("p")
                        .model(VideoModel.VEO_3_1).build(), "wan-2.6, kling-2.6-pro"),
                Arguments.of("b-roll no prompt", (Supplier<?>) () -> BRollRequest.builder().prompt(" ").build(), "prompt"),
                // text2video: required script, 720p|1080p
                Arguments.of("text2video 480p", (Supplier<?>) () -> TextToVideoRequest.builder().script("s")
                        .resolution(Resolution.P480).build(), "720p, 1080p"),
                Arguments.of("text2video duration 0", (Supplier<?>) () -> TextToVideoRequest.builder().script("s")
                        .duration(0).build(), "duration"),
                // commercial: duration 15|30|60, platform without facebook/linkedin, tone required
                Arguments.of("commercial duration 45", (Supplier<?>) () -> commercial().duration(45).build(), "15, 30 or 60"),
                Arguments.of("commercial facebook", (Supplier<?>) () -> commercial().platform(Platform.FACEBOOK).build(),
                        "tiktok, youtube, instagram, tv"),
                Arguments.of("commercial no tone", (Supplier<?>) () -> commercial().tone(null).build(), "tone"),
                Arguments.of("commercial bad image", (Supplier<?>) () -> commercial().addProductImage("not a url").build(),
                        "productImages"),
                // translate: https video, ISO language
                Arguments.of("translate http", (Supplier<?>) () -> TranslateRequest.builder()
                        .videoUrl("http://x.example/v.mp4").outputLanguage("es").build(), "HTTPS"),
                Arguments.of("translate language", (Supplier<?>) () -> TranslateRequest.builder()
                        .videoUrl("https://x.example/v.mp4").outputLanguage("Spanish").build(), "ISO"),
                // instant ad: count 1-4, platform without tv
                Arguments.of("ad count 0", (Supplier<?>) () -> ad().count(0).build(), "count"),
                Arguments.of("ad count 5", (Supplier<?>) () -> ad().count(5).build(), "count"),
                Arguments.of("ad tv", (Supplier<?>) () -> ad().platform(Platform.TV).build(), "facebook, linkedin"),
                Arguments.of("ad no style", (Supplier<?>) () -> ad().style(null).build(), "style"),
                // photoshoot: count 1-4, customBackground with custom only
                Arguments.of("photoshoot count 0", (Supplier<?>) () -> photoshoot().count(0).build(), "count"),
                Arguments.of("photoshoot count 5", (Supplier<?>) () -> photoshoot().count(5).build(), "count"),
                Arguments.of("photoshoot custom without text", (Supplier<?>) () -> photoshoot()
                        .background(PhotoBackground.CUSTOM).build(), "customBackground is required"),
                Arguments.of("photoshoot text without custom", (Supplier<?>) () -> photoshoot()
                        .customBackground("marble").build(), "only used"),
                Arguments.of("photoshoot no angle", (Supplier<?>) () -> photoshoot().angle(null).build(), "angle"),
                // voice agent
                Arguments.of("agent no tts", (Supplier<?>) () -> CreateAgentRequest.builder().name("n").systemPrompt("s")
                        .greeting("g").llmModel("m").build(), "ttsModel"),
                // enums parsed from text
                Arguments.of("unknown style", (Supplier<?>) () -> ImageStyle.of("watercolor"),
                        "photorealistic, illustration, 3d, flat"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("outOfRange")
    void outOfRangeValuesAreRejectedBeforeAnyRequest(String name, Supplier<?> build, String message) {
        assertThatThrownBy(build::get).isInstanceOf(ValidationException.class).hasMessageContaining(message);
    }

    @Test
    void theBoundariesThemselvesAreAccepted() {
        assertThatCode(() -> {
            ImageRequest.builder().prompt("x".repeat(2000)).size(256, 2048).steps(1).seed(0).build();
            ImageRequest.builder().prompt("x").size(2048, 256).steps(50).build();
            VideoRequest.builder().script("x".repeat(5000)).duration(3).build();
            VideoRequest.builder().script("x").duration(60).resolution(Resolution.P720).build();
            VoiceRequest.builder().text("x".repeat(10000)).speed(0.5).language("en").build();
            VoiceRequest.builder().text("x").speed(2.0).language("zh-Hans").build();
            VoiceCloneRequest.of("x".repeat(100), "https://x.example/s.wav");
            ClipRequest.builder().sourceVideoUrl("https://x.example/v.mp4").maxClips(1).viralScoreThreshold(1).build();
            ClipRequest.builder().sourceVideoUrl("https://x.example/v.mp4").maxClips(20).viralScoreThreshold(10)
                    .minDuration(10).maxDuration(10).build();
            BRollRequest.builder().prompt("p").duration(3).resolution(Resolution.P480).build();
            BRollRequest.builder().prompt("p").duration(6).model(VideoModel.KLING_2_6_PRO).build();
            for (int seconds : List.of(15, 30, 60)) {
                commercial().duration(seconds).build();
            }
            ad().count(1).build();
            ad().count(4).platform(Platform.LINKEDIN).build();
            photoshoot().count(4).background(PhotoBackground.CUSTOM).customBackground("marble").build();
        }).doesNotThrowAnyException();
        assertThat(ImageStyle.of("3D")).isEqualTo(ImageStyle.THREE_D);
        assertThat(Platform.of("linkedin")).isEqualTo(Platform.LINKEDIN);
    }

    @Test
    void serviceArgumentsAreCheckedBeforeAnyRequest() {
        assertThatThrownBy(() -> client.voiceAgents().startCall("agent", "+0123")).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> client.voiceAgents().startCall("agent", "4155550123"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("E.164");
        assertThatThrownBy(() -> client.voiceAgents().startCall(" ", "+14155550123"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("agentId");
        assertThatThrownBy(() -> client.account().setWebhookUrl("http://hooks.example.com"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("HTTPS");
        assertThatThrownBy(() -> client.account().setWebhookUrl("hooks.example.com"))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> client.account().createApiKey("")).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> client.jobs().get(" ")).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> client.jobs().waitFor("")).isInstanceOf(ValidationException.class);
    }
}
