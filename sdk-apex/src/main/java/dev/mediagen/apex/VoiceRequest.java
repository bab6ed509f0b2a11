package dev.mediagen.apex;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/** {@code POST /api/generate/voice} (80 credits): text to speech. */
public final class VoiceRequest extends GenerationRequest {
    private final String text;
    private final String voiceId;
    private final Double speed;
    private final String language;
    private final TtsModel model;

    private VoiceRequest(Builder b) {
        this.text = b.text;
        this.voiceId = b.voiceId;
        this.speed = b.speed;
        this.language = b.language;
        this.model = b.model;
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public JobKind kind() {
        return JobKind.VOICE;
    }

    @Override
    public String path() {
        return "/api/generate/voice";
    }

    /** The text to speak (1 to 10,000 characters). */
    public String text() {
        return text;
    }

    /** A custom voice's id (Apex's default voice when absent). */
    public Optional<String> voiceId() {
        return Optional.ofNullable(voiceId);
    }

    /** The playback speed (0.5 to 2.0; Apex defaults to 1.0). */
    public OptionalDouble speed() {
        return speed == null ? OptionalDouble.empty() : OptionalDouble.of(speed);
    }

    /** The ISO language code (Apex defaults to {@code en}). */
    public Optional<String> language() {
        return Optional.ofNullable(language);
    }

    /** The TTS model. */
    public Optional<TtsModel> model() {
        return Optional.ofNullable(model);
    }

    @Override
    Map<String, Object> body() {
        return new Body().put("text", text).put("voiceId", voiceId).put("speed", speed).put("language", language)
                .put("model", model).build();
    }

    @Override
    public String toString() {
        return "VoiceRequest{text=" + text.length() + " chars, voiceId=" + voiceId + ", speed=" + speed + ", language="
                + language + ", model=" + model + "}";
    }

    /** Builds a {@link VoiceRequest}. */
    public static final class Builder {
        private String text;
        private String voiceId;
        private Double speed;
        private String language;
        private TtsModel model;

        private Builder() {
        }

        /** The text to speak (required, 1 to 10,000 characters). */
        public Builder text(String text) {
            this.text = text;
            return this;
        }

        /** A custom voice's id. */
        public Builder voiceId(String voiceId) {
            this.voiceId = voiceId;
            return this;
        }

        /** The playback speed, 0.5 to 2.0. */
        public Builder speed(double speed) {
            this.speed = speed;
            return this;
        }

        /** The ISO language code, e.g. {@code en} or {@code es}. */
        public Builder language(String language) {
            this.language = language;
            return this;
        }

        /** The TTS model. */
        public Builder model(TtsModel model) {
            this.model = model;
            return this;
        }

        /**
         * Builds the request.
         *
         * @throws dev.mediagen.core.ValidationException when a documented constraint is broken
         */
        public VoiceRequest build() {
            Checks.text("text", text, 1, 10000);
            Checks.optional("voiceId", voiceId);
            Checks.range("speed", speed, 0.5, 2.0);
            Checks.language("language", language);
            return new VoiceRequest(this);
        }
    }
}
