package dev.mediagen.videogen.model;

import java.util.Optional;

/** {@code POST /v1/tools/generate-sound-effect}: a sound effect from a description. */
public final class GenerateSoundEffectRequest extends ToolRequest {
    private final String prompt;
    private final Double durationSeconds;
    private final Double promptInfluence;

    private GenerateSoundEffectRequest(Builder b) {
        super(b);
        this.prompt = Checks.requireText("prompt", b.prompt);
        Checks.range("durationSeconds", b.durationSeconds, 1.0, 30.0);
        this.durationSeconds = b.durationSeconds;
        Checks.range("promptInfluence", b.promptInfluence, 0.0, 1.0);
        this.promptInfluence = b.promptInfluence;
    }

    /** A builder for the sound described by {@code prompt}. */
    public static Builder builder(String prompt) {
        return new Builder().prompt(prompt);
    }

    @Override
    public ToolType toolType() {
        return ToolType.GENERATE_SOUND_EFFECT;
    }

    @Override
    public String path() {
        return "/v1/tools/generate-sound-effect";
    }

    /** The description of the sound. */
    public String prompt() {
        return prompt;
    }

    /** The length in seconds (1 to 30; about 10 when unset). */
    public Optional<Double> durationSeconds() {
        return Optional.ofNullable(durationSeconds);
    }

    /** How closely the sound follows the prompt, 0 to 1. */
    public Optional<Double> promptInfluence() {
        return Optional.ofNullable(promptInfluence);
    }

    /** Builds a {@link GenerateSoundEffectRequest}. */
    public static final class Builder extends ToolRequest.Builder<Builder, GenerateSoundEffectRequest> {
        private String prompt;
        private Double durationSeconds;
        private Double promptInfluence;

        private Builder() {
        }

        @Override
        Builder self() {
            return this;
        }

        /** The sound to generate. Required. */
        public Builder prompt(String prompt) {
            this.prompt = prompt;
            return this;
        }

        /** The length, 1 to 30 seconds. */
        public Builder durationSeconds(double seconds) {
            this.durationSeconds = seconds;
            return this;
        }

        /** How closely to follow the prompt, 0 (loosely) to 1 (strictly). */
        public Builder promptInfluence(double influence) {
            this.promptInfluence = influence;
            return this;
        }

        @Override
        public GenerateSoundEffectRequest build() {
            return new GenerateSoundEffectRequest(this);
        }
    }
}
