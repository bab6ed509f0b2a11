package dev.mediagen.agentmedia;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mediagen.core.ValidationException;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Pacing, the offline credit estimate, and the documented rules of {@link VideoCreateParams} (no network). */
class VideoCreateParamsTest {
    static final String SCRIPT = "Ever wonder why top founders wake up at 5am? It is not about the alarm clock. It is about the mindset.";

    static String words(int count) {
        return IntStream.range(0, count).mapToObj(i -> "video").collect(Collectors.joining(" "));
    }

    @Test
    void pacingCountsWordsAndUpgradesToTheBucketTheScriptNeeds() {
        assertThat(Pacing.wordCount("  one\ttwo\n three\u00a0four  ")).isEqualTo(4);
        assertThat(Pacing.maxWords(5)).isEqualTo(12);
        assertThat(Pacing.maxWords(10)).isEqualTo(25);
        assertThat(Pacing.maxWords(15)).isEqualTo(37);
        assertThat(Pacing.effectiveDuration(words(12), 5)).isEqualTo(5);
        assertThat(Pacing.effectiveDuration(words(13), 5)).isEqualTo(10);
        assertThat(Pacing.willUpgrade(words(13), 5)).isTrue();
        assertThat(Pacing.effectiveDuration(words(26), 5)).isEqualTo(15);
        assertThat(Pacing.effectiveDuration(words(25), 10)).isEqualTo(10);
        assertThat(Pacing.effectiveDuration(words(10), 15)).isEqualTo(15);
        assertThat(Pacing.effectiveDuration(SCRIPT, null)).isEqualTo(10);
        assertThat(Pacing.effectiveDuration(words(10), null)).isEqualTo(5);
    }

    @Test
    void creditEstimateIsThirtyPerSecondOfTheBucketPlusFiveForAPrompt() {
        assertThat(CreditEstimate.forDuration(5, false).totalCredits()).isEqualTo(150);
        assertThat(CreditEstimate.forDuration(7, false).totalCredits()).isEqualTo(300);
        assertThat(CreditEstimate.forDuration(15, false).totalCredits()).isEqualTo(450);
        assertThat(CreditEstimate.forDuration(10, true).totalCredits()).isEqualTo(305);
        assertThatThrownBy(() -> CreditEstimate.forDuration(16, false)).isInstanceOf(ValidationException.class);

        CreditEstimate upgraded = VideoCreateParams.script(words(13)).targetDuration(5).build().estimateCredits();
        assertThat(upgraded.durationSeconds()).isEqualTo(10);
        assertThat(upgraded.totalCredits()).isEqualTo(300);
        assertThat(upgraded.exact()).isTrue();

        CreditEstimate prompted = VideoCreateParams.prompt("an ad").build().estimateCredits();
        assertThat(prompted.durationSeconds()).isEqualTo(10);
        assertThat(prompted.scriptGenerationCredits()).isEqualTo(5);
        assertThat(prompted.totalCredits()).isEqualTo(305);
        assertThat(prompted.exact()).isFalse();
        assertThat(VideoCreateParams.prompt("an ad").targetDuration(15).build().estimateCredits().totalCredits())
                .isEqualTo(455);
    }

    @Test
    void boundaryValuesAreAccepted() {
        assertThat(VideoCreateParams.script("x".repeat(50)).build().scriptText()).isPresent();
        assertThat(VideoCreateParams.script(words(37)).targetDuration(15).voiceSpeed(0.7).cta("c".repeat(100))
                .build().targetDuration()).hasValue(15);
        assertThat(VideoCreateParams.script(SCRIPT).voiceSpeed(1.5).dubLanguage("zh-Hant-TW".substring(0, 10))
                .brollImages(Collections.nCopies(10, "https://example.com/i.png"))
                .scenes(Collections.nCopies(30, Scene.of(SceneType.BROLL, "x")))
                .webhookUrl("https://example.com/" + "a".repeat(2048 - 20)).build()).isNotNull();
        assertThat(VideoCreateParams.prompt("p".repeat(1000)).script(words(60)).build().promptText()).isPresent();
    }

    static Stream<Arguments> invalid() {
        return Stream.of(
                rule("neither script nor prompt", () -> VideoCreateParams.builder().build(), "Either script or prompt"),
                rule("blank prompt", () -> VideoCreateParams.prompt("  ").build(), "Either script or prompt"),
                rule("script under 50", () -> VideoCreateParams.script("Too short.").build(), "at least 50"),
                rule("script over 3000", () -> VideoCreateParams.script("x".repeat(3001)).prompt("p").build(), "3000"),
                rule("script over 37 words", () -> VideoCreateParams.script(words(38)).build(), "38 words"),
                rule("prompt over 1000", () -> VideoCreateParams.prompt("p".repeat(1001)).build(), "prompt must be 1000"),
                rule("product_url", () -> VideoCreateParams.script(SCRIPT).productUrl("not a url").build(), "product_url"),
                rule("product_url scheme", () -> VideoCreateParams.script(SCRIPT).productUrl("ftp://x.com/a").build(), "product_url"),
                rule("actor_slug empty", () -> VideoCreateParams.script(SCRIPT).actorSlug("").build(), "actor_slug"),
                rule("actor_slug over 100", () -> VideoCreateParams.script(SCRIPT).actorSlug("a".repeat(101)).build(), "actor_slug"),
                rule("target_duration", () -> VideoCreateParams.script(SCRIPT).targetDuration(7).build(), "5, 10, or 15"),
                rule("voice_speed low", () -> VideoCreateParams.script(SCRIPT).voiceSpeed(0.69).build(), "voice_speed"),
                rule("voice_speed high", () -> VideoCreateParams.script(SCRIPT).voiceSpeed(1.51).build(), "voice_speed"),
                rule("voice_speed NaN", () -> VideoCreateParams.script(SCRIPT).voiceSpeed(Double.NaN).build(), "voice_speed"),
                rule("cta over 100", () -> VideoCreateParams.script(SCRIPT).cta("c".repeat(101)).build(), "cta"),
                rule("tone", () -> Tone.of("angry"), "tone must be one of: energetic, calm, confident, dramatic"),
                rule("music", () -> Music.of("jazz"), "music must be one of"),
                rule("aspect_ratio", () -> AspectRatio.of("4:3"), "aspect_ratio must be one of: 9:16, 16:9, 1:1"),
                rule("style", () -> SubtitleStyle.of("comic-sans"), "style must be one of"),
                rule("template", () -> VideoTemplate.of("vlog"), "template must be one of"),
                rule("broll_model", () -> BrollModel.of("sora"), "broll_model must be one of"),
                rule("pip position", () -> PipPosition.of("top-left"), "pip_options.position"),
                rule("pip size", () -> PipSize.of("huge"), "pip_options.size"),
                rule("pip animation", () -> PipAnimation.of("spin"), "pip_options.animation"),
                rule("pip frame", () -> PipFrameStyle.of("glow"), "pip_options.frame_style"),
                rule("scene type", () -> SceneType.of("narration"), "scenes[].type"),
                rule("broll_images over 10", () -> VideoCreateParams.script(SCRIPT)
                        .brollImages(Collections.nCopies(11, "https://example.com/i.png")).build(), "10 or fewer"),
                rule("broll_images url", () -> VideoCreateParams.script(SCRIPT)
                        .brollImages(List.of("https://example.com/ok.png", "nope")).build(), "broll_images"),
                rule("product_image_url", () -> VideoCreateParams.script(SCRIPT).productImageUrl("data:x").build(),
                        "product_image_url"),
                rule("dub_language long", () -> VideoCreateParams.script(SCRIPT).dubLanguage("en-GB-oxford").build(),
                        "dub_language must be 10"),
                rule("dub_language shape", () -> VideoCreateParams.script(SCRIPT).dubLanguage("e1").build(), "BCP-47"),
                rule("scenes over 30", () -> VideoCreateParams.script(SCRIPT)
                        .scenes(Collections.nCopies(31, Scene.of(SceneType.BROLL, "x"))).build(), "30 or fewer"),
                rule("scene text", () -> Scene.builder(" ").build(), "scenes[].text"),
                rule("scene image", () -> Scene.builder("text").image("file:///etc/passwd").build(), "scenes[].image"),
                rule("webhook http", () -> VideoCreateParams.script(SCRIPT).webhookUrl("http://example.com/hook").build(),
                        "HTTPS"),
                rule("webhook over 2048", () -> VideoCreateParams.script(SCRIPT)
                        .webhookUrl("https://example.com/" + "a".repeat(2048)).build(), "2048"),
                rule("body over 1 MB", () -> VideoCreateParams.script(SCRIPT).scenes(Collections.nCopies(30,
                        Scene.builder("x").visualPrompt("v".repeat(40_000)).build())).build(), "1 MB"),
                rule("list limit", () -> VideoListParams.builder().limit(101), "limit"),
                rule("list offset", () -> VideoListParams.builder().offset(-1), "offset"));
    }

    private static Arguments rule(String name, Supplier<?> build, String message) {
        return Arguments.of(name, build, message);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalid")
    void everyDocumentedRuleFailsWithAClearValidationException(String name, Supplier<?> build, String message) {
        assertThatThrownBy(build::get).isInstanceOf(ValidationException.class).hasMessageContaining(message);
    }

    @Test
    void enumsParseTheirWireValues() {
        assertThat(Tone.of("calm")).isEqualTo(Tone.CALM);
        assertThat(AspectRatio.of("16:9")).isEqualTo(AspectRatio.LANDSCAPE_16_9);
        assertThat(VideoTemplate.of("before-after")).isEqualTo(VideoTemplate.BEFORE_AFTER);
        assertThat(SubtitleStyle.values()).hasSize(17);
        assertThat(VideoTemplate.values()).hasSize(8);
        assertThat(VideoStatus.of("canceled").isTerminal()).isTrue();
        assertThat(VideoStatus.of("cancelled").isCanceled()).isTrue();
        assertThat(VideoStatus.of("queued").isTerminal()).isFalse();
        assertThat(PlanTier.of("enterprise").isKnown()).isFalse();
    }
}
