package dev.mediagen.apex;

import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/** {@code POST /api/generate/video} (250 credits): a video from a script, optionally with an avatar face. */
public final class VideoRequest extends GenerationRequest {
    private final String script;
    private final String avatarImage;
    private final String voiceId;
    private final Integer duration;
    private final Resolution resolution;
    private final VideoStyle style;
    private final VideoModel model;

    private VideoRequest(Builder b) {
        this.script = b.script;
        this.avatarImage = b.avatarImage;
        this.voiceId = b.voiceId;
        this.duration = b.duration;
        this.resolution = b.resolution;
        this.style = b.style;
        this.model = b.model;
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public JobKind kind() {
        return JobKind.VIDEO;
    }

    @Override
    public String path() {
        return "/api/generate/video";
    }

    /** The script (1 to 5,000 characters). */
    public String script() {
        return script;
    }

    /** The HTTPS URL of a face image for the avatar. */
    public Optional<String> avatarImage() {
        return Optional.ofNullable(avatarImage);
    }

    /** A cloned voice's id. */
    public Optional<String> voiceId() {
        return Optional.ofNullable(voiceId);
    }

    /** The maximum length in seconds (3 to 60). */
    public OptionalInt duration() {
        return duration == null ? OptionalInt.empty() : OptionalInt.of(duration);
    }

    /** The resolution (720p or 1080p; Apex defaults to 720p). */
    public Optional<Resolution> resolution() {
        return Optional.ofNullable(resolution);
    }

    /** The presentation style. */
    public Optional<VideoStyle> style() {
        return Optional.ofNullable(style);
    }

    /** The model. */
    public Optional<VideoModel> model() {
        return Optional.ofNullable(model);
    }

    @Override
    Map<String, Object> body() {
        return new Body().put("script", script).put("avatarImage", avatarImage).put("voiceId", voiceId)
                .put("duration", duration).put("resolution", resolution).put("style", style).put("model", model).build();
    }

    @Override
    public String toString() {
        return "VideoRequest{script=" + script.length() + " chars, duration=" + duration + ", resolution=" + resolution
                + ", style=" + style + ", model=" + model + "}";
    }

    /** Builds a {@link VideoRequest}. */
    public static final class Builder {
        private String script;
        private String avatarImage;
        private String voiceId;
        private Integer duration;
        private Resolution resolution;
        private VideoStyle style;
        private VideoModel model;

        private Builder() {
        }

        /** The script (required, 1 to 5,000 characters). */
        public Builder script(String script) {
            this.script = script;
            return this;
        }

        /** The HTTPS URL of a face image for the avatar. */
        public Builder avatarImage(String avatarImage) {
            this.avatarImage = avatarImage;
            return this;
        }

        /** A cloned voice's id. */
        public Builder voiceId(String voiceId) {
            this.voiceId = voiceId;
            return this;
        }

        /** The maximum length in seconds, 3 to 60. */
        public Builder duration(int seconds) {
            this.duration = seconds;
            return this;
        }

        /** The resolution: 720p or 1080p. */
        public Builder resolution(Resolution resolution) {
            this.resolution = resolution;
            return this;
        }

        /** The presentation style. */
        public Builder style(VideoStyle style) {
            this.style = style;
            return this;
        }

        /** The model. */
        public Builder model(VideoModel model) {
            this.model = model;
            return this;
        }

        /**
         * Builds the request.
         *
         * @throws dev.mediagen.core.ValidationException when a documented constraint is broken
         */
        public VideoRequest build() {
            Checks.text("script", script, 1, 5000);
            if (avatarImage != null) {
                Checks.httpsUrl("avatarImage", avatarImage);
            }
            Checks.optional("voiceId", voiceId);
            Checks.range("duration", duration, 3, 60);
            Checks.oneOf("resolution", resolution, EnumSet.of(Resolution.P720, Resolution.P1080), Resolution::value);
            return new VideoRequest(this);
        }
    }
}
