package dev.mediagen.videogen.model;

import dev.mediagen.core.ValidationException;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * {@code POST /v1/tools/generate-video-clip}: a short clip from a prompt and/or reference images, videos and audio.
 * At least one of prompt, image, video or audio must be given.
 */
public final class GenerateVideoClipRequest extends ToolRequest {
    private final String prompt;
    private final List<String> imageFileIds;
    private final List<String> videoFileIds;
    private final List<String> audioFileIds;
    private final Boolean generateAudio;
    private final Integer durationSeconds;
    private final AspectRatio aspectRatio;
    private final VideoQuality quality;
    private final WatermarkMode watermarkMode;

    private GenerateVideoClipRequest(Builder b) {
        super(b);
        this.prompt = Checks.optionalText("prompt", b.prompt);
        this.imageFileIds = Checks.ids("imageFileIds", b.imageFileIds, 4);
        this.videoFileIds = Checks.ids("videoFileIds", b.videoFileIds, 4);
        this.audioFileIds = Checks.ids("audioFileIds", b.audioFileIds, 4);
        if (prompt == null && Checks.listOrEmpty(imageFileIds).isEmpty() && Checks.listOrEmpty(videoFileIds).isEmpty()
                && Checks.listOrEmpty(audioFileIds).isEmpty()) {
            throw new ValidationException("generate-video-clip needs at least one of prompt, imageFileIds, "
                    + "videoFileIds or audioFileIds");
        }
        this.generateAudio = b.generateAudio;
        Checks.range("durationSeconds", b.durationSeconds, 1, 15);
        this.durationSeconds = b.durationSeconds;
        this.aspectRatio = b.aspectRatio;
        this.quality = Checks.require("quality", b.quality);
        this.watermarkMode = b.watermarkMode;
    }

    /** A builder; set a prompt and/or reference media. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder for a clip described by {@code prompt}. */
    public static Builder builder(String prompt) {
        return new Builder().prompt(prompt);
    }

    @Override
    public ToolType toolType() {
        return ToolType.GENERATE_VIDEO_CLIP;
    }

    @Override
    public String path() {
        return "/v1/tools/generate-video-clip";
    }

    /** The prompt. */
    public Optional<String> prompt() {
        return Optional.ofNullable(prompt);
    }

    /** Reference images. */
    public List<String> imageFileIds() {
        return Checks.listOrEmpty(imageFileIds);
    }

    /** Reference videos. */
    public List<String> videoFileIds() {
        return Checks.listOrEmpty(videoFileIds);
    }

    /** Reference audio. */
    public List<String> audioFileIds() {
        return Checks.listOrEmpty(audioFileIds);
    }

    /** Whether to generate an audio track. */
    public Optional<Boolean> generateAudio() {
        return Optional.ofNullable(generateAudio);
    }

    /** The clip length in seconds (1 to 15; the API defaults to 6). */
    public OptionalInt durationSeconds() {
        return durationSeconds == null ? OptionalInt.empty() : OptionalInt.of(durationSeconds);
    }

    /** The aspect ratio. */
    public Optional<AspectRatio> aspectRatio() {
        return Optional.ofNullable(aspectRatio);
    }

    /** STANDARD or HIGH. */
    public VideoQuality quality() {
        return quality;
    }

    /** The watermark mode. */
    public Optional<WatermarkMode> watermarkMode() {
        return Optional.ofNullable(watermarkMode);
    }

    /** Builds a {@link GenerateVideoClipRequest}. */
    public static final class Builder extends ToolRequest.Builder<Builder, GenerateVideoClipRequest> {
        private String prompt;
        private List<String> imageFileIds;
        private List<String> videoFileIds;
        private List<String> audioFileIds;
        private Boolean generateAudio;
        private Integer durationSeconds;
        private AspectRatio aspectRatio;
        private VideoQuality quality = VideoQuality.STANDARD;
        private WatermarkMode watermarkMode;

        private Builder() {
        }

        @Override
        Builder self() {
            return this;
        }

        /** The video to generate, in plain language. */
        public Builder prompt(String prompt) {
            this.prompt = prompt;
            return this;
        }

        /** Up to 4 reference image file ids. */
        public Builder imageFileIds(List<String> fileIds) {
            this.imageFileIds = fileIds;
            return this;
        }

        /** Up to 4 reference video file ids. */
        public Builder videoFileIds(List<String> fileIds) {
            this.videoFileIds = fileIds;
            return this;
        }

        /** Up to 4 reference audio file ids. */
        public Builder audioFileIds(List<String> fileIds) {
            this.audioFileIds = fileIds;
            return this;
        }

        /** Whether to generate an audio track (default false). */
        public Builder generateAudio(boolean generateAudio) {
            this.generateAudio = generateAudio;
            return this;
        }

        /** The clip length, 1 to 15 seconds. */
        public Builder durationSeconds(int seconds) {
            this.durationSeconds = seconds;
            return this;
        }

        /** The aspect ratio. */
        public Builder aspectRatio(AspectRatio aspectRatio) {
            this.aspectRatio = aspectRatio;
            return this;
        }

        /** STANDARD (default) or HIGH. */
        public Builder quality(VideoQuality quality) {
            this.quality = quality;
            return this;
        }

        /** NONE (paid plans), VIDEO_GEN or AUTO. */
        public Builder watermarkMode(WatermarkMode watermarkMode) {
            this.watermarkMode = watermarkMode;
            return this;
        }

        @Override
        public GenerateVideoClipRequest build() {
            return new GenerateVideoClipRequest(this);
        }
    }
}
