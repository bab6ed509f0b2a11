package dev.mediagen.apex;

import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/** {@code POST /api/generate/b-roll} (150 credits): cinematic b-roll footage from a scene description. */
public final class BRollRequest extends GenerationRequest {
    private final String prompt;
    private final Integer duration;
    private final Resolution resolution;
    private final VideoModel model;

    private BRollRequest(Builder b) {
        this.prompt = b.prompt;
        this.duration = b.duration;
        this.resolution = b.resolution;
        this.model = b.model;
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public JobKind kind() {
        return JobKind.B_ROLL;
    }

    @Override
    public String path() {
        return "/api/generate/b-roll";
    }

    /** The scene description. */
    public String prompt() {
        return prompt;
    }

    /** The length in seconds (3 to 6). */
    public OptionalInt duration() {
        return duration == null ? OptionalInt.empty() : OptionalInt.of(duration);
    }

    /** The resolution (480p or 720p). */
    public Optional<Resolution> resolution() {
        return Optional.ofNullable(resolution);
    }

    /** The model (wan-2.6 or kling-2.6-pro). */
    public Optional<VideoModel> model() {
        return Optional.ofNullable(model);
    }

    @Override
    Map<String, Object> body() {
        return new Body().put("prompt", prompt).put("duration", duration).put("resolution", resolution)
                .put("model", model).build();
    }

    @Override
    public String toString() {
        return "BRollRequest{prompt=" + prompt.length() + " chars, duration=" + duration + ", resolution=" + resolution
                + ", model=" + model + "}";
    }

    /** Builds a {@link BRollRequest}. */
    public static final class Builder {
        private String prompt;
        private Integer duration;
        private Resolution resolution;
        private VideoModel model;

        private Builder() {
        }

        /** The scene description (required). */
        public Builder prompt(String prompt) {
            this.prompt = prompt;
            return this;
        }

        /** The length in seconds, 3 to 6. */
        public Builder duration(int seconds) {
            this.duration = seconds;
            return this;
        }

        /** The resolution: 480p or 720p. */
        public Builder resolution(Resolution resolution) {
            this.resolution = resolution;
            return this;
        }

        /** The model: wan-2.6 or kling-2.6-pro. */
        public Builder model(VideoModel model) {
            this.model = model;
            return this;
        }

        /**
         * Builds the request.
         *
         * @throws dev.mediagen.core.ValidationException when a documented constraint is broken
         */
        public BRollRequest build() {
            Checks.required("prompt", prompt);
            Checks.range("duration", duration, 3, 6);
            Checks.oneOf("resolution", resolution, EnumSet.of(Resolution.P480, Resolution.P720), Resolution::value);
            Checks.oneOf("model", model, EnumSet.of(VideoModel.WAN_2_6, VideoModel.KLING_2_6_PRO), VideoModel::value);
            return new BRollRequest(this);
        }
    }
}
