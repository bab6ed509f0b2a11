package dev.mediagen.apex;

import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/** {@code POST /api/generate/text2video} (250 credits): a video directly from a text script. */
public final class TextToVideoRequest extends GenerationRequest {
    private final String script;
    private final Integer duration;
    private final Resolution resolution;
    private final FilmStyle style;
    private final VideoModel model;

    private TextToVideoRequest(Builder b) {
        this.script = b.script;
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
        return JobKind.TEXT2VIDEO;
    }

    @Override
    public String path() {
        return "/api/generate/text2video";
    }

    /** The script. */
    public String script() {
        return script;
    }

    /** The length in seconds. */
    public OptionalInt duration() {
        return duration == null ? OptionalInt.empty() : OptionalInt.of(duration);
    }

    /** The resolution (720p or 1080p). */
    public Optional<Resolution> resolution() {
        return Optional.ofNullable(resolution);
    }

    /** The visual style. */
    public Optional<FilmStyle> style() {
        return Optional.ofNullable(style);
    }

    /** The model. */
    public Optional<VideoModel> model() {
        return Optional.ofNullable(model);
    }

    @Override
    Map<String, Object> body() {
        return new Body().put("script", script).put("duration", duration).put("resolution", resolution)
                .put("style", style).put("model", model).build();
    }

    @Override
    public String toString() {
        return "TextToVideoRequest{script=" + script.length() + " chars, duration=" + duration + ", resolution="
                + resolution + ", style=" + style + ", model=" + model + "}";
    }

    /** Builds a {@link TextToVideoRequest}. */
    public static final class Builder {
        private String script;
        private Integer duration;
        private Resolution resolution;
        private FilmStyle style;
        private VideoModel model;

        private Builder() {
        }

        /** The script (required). */
        public Builder script(String script) {
            this.script = script;
            return this;
        }

        /** The length in seconds (positive; Apex documents no range). */
        public Builder duration(int seconds) {
            this.duration = seconds;
            return this;
        }

        /** The resolution: 720p or 1080p. */
        public Builder resolution(Resolution resolution) {
            this.resolution = resolution;
            return this;
        }

        /** The visual style. */
        public Builder style(FilmStyle style) {
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
        public TextToVideoRequest build() {
            Checks.required("script", script);
            Checks.positive("duration", duration);
            Checks.oneOf("resolution", resolution, EnumSet.of(Resolution.P720, Resolution.P1080), Resolution::value);
            return new TextToVideoRequest(this);
        }
    }
}
