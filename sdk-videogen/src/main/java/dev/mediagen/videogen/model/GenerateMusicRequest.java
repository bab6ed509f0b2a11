package dev.mediagen.videogen.model;

/** {@code POST /v1/tools/generate-music}: a music track from a description. */
public final class GenerateMusicRequest extends ToolRequest {
    private final String prompt;

    private GenerateMusicRequest(Builder b) {
        super(b);
        this.prompt = Checks.requireText("prompt", b.prompt);
    }

    /** A builder for the music described by {@code prompt}. */
    public static Builder builder(String prompt) {
        return new Builder().prompt(prompt);
    }

    @Override
    public ToolType toolType() {
        return ToolType.GENERATE_MUSIC;
    }

    @Override
    public String path() {
        return "/v1/tools/generate-music";
    }

    /** The description of the music. */
    public String prompt() {
        return prompt;
    }

    /** Builds a {@link GenerateMusicRequest}. */
    public static final class Builder extends ToolRequest.Builder<Builder, GenerateMusicRequest> {
        private String prompt;

        private Builder() {
        }

        @Override
        Builder self() {
            return this;
        }

        /** The music to generate. Required. */
        public Builder prompt(String prompt) {
            this.prompt = prompt;
            return this;
        }

        @Override
        public GenerateMusicRequest build() {
            return new GenerateMusicRequest(this);
        }
    }
}
