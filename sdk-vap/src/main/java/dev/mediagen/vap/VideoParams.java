package dev.mediagen.vap;

import dev.mediagen.core.ValidationException;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/** Parameters of a {@code video_generation} task (Tier 2+). */
public final class VideoParams implements TaskParams {
    private final String description;
    private final Integer duration;
    private final AspectRatio aspectRatio;
    private final Boolean generateAudio;
    private final VideoResolution resolution;
    private final String negativePrompt;

    private VideoParams(Builder b) {
        this.description = Check.text(b.description, "description");
        if (b.duration != null && b.duration != 4 && b.duration != 6 && b.duration != 8) {
            throw new ValidationException("duration must be 4, 6 or 8 seconds, got " + b.duration);
        }
        this.duration = b.duration;
        if (b.aspectRatio != null && b.aspectRatio != AspectRatio.RATIO_16_9 && b.aspectRatio != AspectRatio.RATIO_9_16) {
            throw new ValidationException("a video's aspect_ratio must be 16:9 or 9:16, got " + b.aspectRatio);
        }
        this.aspectRatio = b.aspectRatio;
        this.generateAudio = b.generateAudio;
        this.resolution = b.resolution;
        this.negativePrompt = Check.optionalText(b.negativePrompt, "negative_prompt");
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Parameters with only a description (VAP's defaults for everything else). */
    public static VideoParams of(String description) {
        return builder().description(description).build();
    }

    @Override
    public TaskType type() {
        return TaskType.VIDEO_GENERATION;
    }

    @Override
    public String description() {
        return description;
    }

    /** The length in seconds (4, 6 or 8); empty means 8. */
    public OptionalInt duration() {
        return duration == null ? OptionalInt.empty() : OptionalInt.of(duration);
    }

    /** The aspect ratio (16:9 or 9:16); empty means 16:9. */
    public Optional<AspectRatio> aspectRatio() {
        return Optional.ofNullable(aspectRatio);
    }

    /** Whether to generate an audio track; empty means true. */
    public Optional<Boolean> generateAudio() {
        return Optional.ofNullable(generateAudio);
    }

    /** The resolution; empty means 720p. */
    public Optional<VideoResolution> resolution() {
        return Optional.ofNullable(resolution);
    }

    /** What the video should avoid. */
    public Optional<String> negativePrompt() {
        return Optional.ofNullable(negativePrompt);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof VideoParams)) {
            return false;
        }
        VideoParams other = (VideoParams) o;
        return description.equals(other.description) && Objects.equals(duration, other.duration)
                && aspectRatio == other.aspectRatio && Objects.equals(generateAudio, other.generateAudio)
                && resolution == other.resolution && Objects.equals(negativePrompt, other.negativePrompt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(description, duration, aspectRatio, generateAudio, resolution, negativePrompt);
    }

    @Override
    public String toString() {
        return "VideoParams{description=" + description + ", duration=" + duration + ", aspectRatio=" + aspectRatio
                + ", generateAudio=" + generateAudio + ", resolution=" + resolution + ", negativePrompt="
                + negativePrompt + "}";
    }

    /** Builds {@link VideoParams}. */
    public static final class Builder {
        private String description;
        private Integer duration;
        private AspectRatio aspectRatio;
        private Boolean generateAudio;
        private VideoResolution resolution;
        private String negativePrompt;

        private Builder() {
        }

        /** What to generate (required). */
        public Builder description(String description) {
            this.description = description;
            return this;
        }

        /** The length in seconds: 4, 6 or 8 (default 8). */
        public Builder duration(int seconds) {
            this.duration = seconds;
            return this;
        }

        /** 16:9 (default) or 9:16. */
        public Builder aspectRatio(AspectRatio aspectRatio) {
            this.aspectRatio = aspectRatio;
            return this;
        }

        /**
         * 16:9 or 9:16, as VAP writes it.
         *
         * @throws ValidationException when VAP documents no such ratio
         */
        public Builder aspectRatio(String aspectRatio) {
            return aspectRatio(AspectRatio.parse(aspectRatio));
        }

        /** Whether to generate an audio track (default true). */
        public Builder generateAudio(boolean generateAudio) {
            this.generateAudio = generateAudio;
            return this;
        }

        /** 720p (default) or 1080p. */
        public Builder resolution(VideoResolution resolution) {
            this.resolution = resolution;
            return this;
        }

        /** What the video should avoid. */
        public Builder negativePrompt(String negativePrompt) {
            this.negativePrompt = negativePrompt;
            return this;
        }

        /**
         * Builds the parameters.
         *
         * @throws ValidationException when a value is outside what VAP accepts
         */
        public VideoParams build() {
            return new VideoParams(this);
        }
    }
}
