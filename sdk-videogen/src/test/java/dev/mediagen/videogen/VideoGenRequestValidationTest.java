package dev.mediagen.videogen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mediagen.core.ValidationException;
import dev.mediagen.videogen.model.AspectRatio;
import dev.mediagen.videogen.model.CreateUploadRequest;
import dev.mediagen.videogen.model.FileSearchRequest;
import dev.mediagen.videogen.model.GenerateAvatarRequest;
import dev.mediagen.videogen.model.GenerateImageRequest;
import dev.mediagen.videogen.model.GenerateMusicRequest;
import dev.mediagen.videogen.model.GenerateSoundEffectRequest;
import dev.mediagen.videogen.model.GenerateVideoClipRequest;
import dev.mediagen.videogen.model.ImageQuality;
import dev.mediagen.videogen.model.ListParams;
import dev.mediagen.videogen.model.PronunciationReplacement;
import dev.mediagen.videogen.model.TextToSpeechRequest;
import dev.mediagen.videogen.model.UpscaleImageRequest;
import dev.mediagen.videogen.model.UpscaleVideoRequest;
import dev.mediagen.videogen.model.VideoQuality;
import java.util.Arrays;
import java.util.List;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** Every documented range and requirement is checked in build(), before anything reaches the network. */
class VideoGenRequestValidationTest {
    @StartStop
    final MockWebServer server = new MockWebServer();

    private static void rejected(ThrowingCallable build, String messagePart) {
        assertThatThrownBy(build).isInstanceOf(ValidationException.class).hasMessageContaining(messagePart);
    }

    @Test
    void numResultsMustBeBetween1And100OnEveryTool() {
        rejected(() -> GenerateImageRequest.builder("x").numResults(0).build(), "numResults must be between 1 and 100");
        rejected(() -> GenerateMusicRequest.builder("x").numResults(101).build(), "numResults");
        rejected(() -> UpscaleVideoRequest.builder("vg_file_v").numResults(-1).build(), "numResults");
        assertThat(GenerateImageRequest.builder("x").numResults(100).build().numResults()).hasValue(100);
        assertThat(GenerateImageRequest.builder("x").numResults(1).build().numResults()).hasValue(1);
    }

    @Test
    void referenceFilesAreLimitedToFour() {
        List<String> five = Arrays.asList("vg_file_1", "vg_file_2", "vg_file_3", "vg_file_4", "vg_file_5");
        rejected(() -> GenerateImageRequest.builder("x").imageFileIds(five).build(), "imageFileIds accepts at most 4");
        rejected(() -> GenerateVideoClipRequest.builder("x").videoFileIds(five).build(), "videoFileIds");
        rejected(() -> GenerateVideoClipRequest.builder("x").audioFileIds(five).build(), "audioFileIds");
        rejected(() -> GenerateImageRequest.builder("x").imageFileIds(Arrays.asList("vg_file_1", " ")).build(), "blank");
        assertThat(GenerateImageRequest.builder("x").imageFileIds(five.subList(0, 4)).build().imageFileIds()).hasSize(4);
    }

    @Test
    void durationsAndInfluenceStayInTheirDocumentedRanges() {
        rejected(() -> GenerateVideoClipRequest.builder("x").durationSeconds(0).build(), "durationSeconds must be between 1 and 15");
        rejected(() -> GenerateVideoClipRequest.builder("x").durationSeconds(16).build(), "durationSeconds");
        rejected(() -> GenerateSoundEffectRequest.builder("x").durationSeconds(0.5).build(), "durationSeconds must be between 1.0 and 30.0");
        rejected(() -> GenerateSoundEffectRequest.builder("x").durationSeconds(30.5).build(), "durationSeconds");
        rejected(() -> GenerateSoundEffectRequest.builder("x").promptInfluence(1.01).build(), "promptInfluence must be between 0.0 and 1.0");
        rejected(() -> GenerateSoundEffectRequest.builder("x").promptInfluence(-0.1).build(), "promptInfluence");
        rejected(() -> GenerateSoundEffectRequest.builder("x").promptInfluence(Double.NaN).build(), "promptInfluence");
        rejected(() -> TextToSpeechRequest.builder("x", "vg_voic_1").voiceSpeed(2.5).build(), "voiceSpeed");
        assertThat(GenerateSoundEffectRequest.builder("x").durationSeconds(30).promptInfluence(0).build().durationSeconds())
                .contains(30.0);
    }

    @Test
    void requiredTextMustBePresentAndNotBlank() {
        rejected(() -> GenerateImageRequest.builder(" ").build(), "prompt is required");
        rejected(() -> TextToSpeechRequest.builder("hello", null).build(), "voiceId is required");
        rejected(() -> TextToSpeechRequest.builder("", "vg_voic_1").build(), "ttsText is required");
        rejected(() -> GenerateAvatarRequest.builder("vg_pres_1", null).build(), "audioStorageFileId is required");
        rejected(() -> UpscaleImageRequest.of(""), "imageStorageFileId is required");
        rejected(() -> PronunciationReplacement.of("", "x"), "original");
        rejected(() -> GenerateVideoClipRequest.builder().build(), "at least one of prompt");
        rejected(() -> GenerateImageRequest.builder("x").quality(null).build(), "quality is required");
    }

    @Test
    void enumValuesTheSdkDoesNotKnowYetPassThrough() {
        assertThat(GenerateVideoClipRequest.builder("x").quality(VideoQuality.of("MAX")).build().quality().isKnown())
                .isFalse();
        assertThat(GenerateImageRequest.builder("x").quality(ImageQuality.of("ULTRA")).build().quality().asString())
                .as("values the SDK does not know yet pass through")
                .isEqualTo("ULTRA");
    }

    @Test
    void aspectRatiosAreRatiosOfPositiveIntegers() {
        rejected(() -> AspectRatio.of(0, 9), "aspectRatio width and height must be at least 1");
        assertThat(AspectRatio.of(21, 9)).isEqualTo(AspectRatio.of(21, 9)).hasToString("21:9");
    }

    @Test
    void otherParametersAreCheckedToo() {
        rejected(() -> ListParams.limit(201), "limit must be between 1 and 200");
        rejected(() -> ListParams.limit(0), "limit");
        rejected(() -> FileSearchRequest.builder("").build(), "query is required");
        rejected(() -> FileSearchRequest.builder("x").numResults(101).build(), "numResults");
        rejected(() -> CreateUploadRequest.builder(" ").build(), "displayName");
    }

    @Test
    void invalidInputNeverReachesTheNetwork() {
        try (VideoGenClient client = Wire.client(server).build()) {
            assertThatThrownBy(() -> client.tools().runAndWait(GenerateImageRequest.builder("x").numResults(0).build()))
                    .isInstanceOf(ValidationException.class);
            assertThatThrownBy(() -> client.tools().getExecution(" ")).isInstanceOf(ValidationException.class);
            assertThatThrownBy(() -> client.files().hydrate("")).isInstanceOf(ValidationException.class);
        }
        assertThat(server.getRequestCount()).isZero();
    }
}
