package dev.mediagen.apex;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/** {@code POST /api/generate/image} (10 credits): an image from a text prompt. */
public final class ImageRequest extends GenerationRequest {
    private final String prompt;
    private final Integer width;
    private final Integer height;
    private final Integer steps;
    private final Long seed;
    private final ImageStyle style;
    private final ImageModel model;
    private final String negativePrompt;

    private ImageRequest(Builder b) {
        this.prompt = b.prompt;
        this.width = b.width;
        this.height = b.height;
        this.steps = b.steps;
        this.seed = b.seed;
        this.style = b.style;
        this.model = b.model;
        this.negativePrompt = b.negativePrompt;
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public JobKind kind() {
        return JobKind.IMAGE;
    }

    @Override
    public String path() {
        return "/api/generate/image";
    }

    /** The prompt (1 to 2,000 characters). */
    public String prompt() {
        return prompt;
    }

    /** The width in pixels (256 to 2,048; Apex defaults to 1,024). */
    public OptionalInt width() {
        return width == null ? OptionalInt.empty() : OptionalInt.of(width);
    }

    /** The height in pixels (256 to 2,048; Apex defaults to 1,024). */
    public OptionalInt height() {
        return height == null ? OptionalInt.empty() : OptionalInt.of(height);
    }

    /** Inference steps (1 to 50; Apex defaults to 4). */
    public OptionalInt steps() {
        return steps == null ? OptionalInt.empty() : OptionalInt.of(steps);
    }

    /** The reproducibility seed. */
    public OptionalLong seed() {
        return seed == null ? OptionalLong.empty() : OptionalLong.of(seed);
    }

    /** The style. */
    public Optional<ImageStyle> style() {
        return Optional.ofNullable(style);
    }

    /** The model. */
    public Optional<ImageModel> model() {
        return Optional.ofNullable(model);
    }

    /** What to avoid in the image. */
    public Optional<String> negativePrompt() {
        return Optional.ofNullable(negativePrompt);
    }

    @Override
    Map<String, Object> body() {
        return new Body().put("prompt", prompt).put("width", width).put("height", height).put("steps", steps)
                .put("seed", seed).put("style", style).put("model", model).put("negativePrompt", negativePrompt).build();
    }

    @Override
    public String toString() {
        return "ImageRequest{prompt=" + prompt.length() + " chars, width=" + width + ", height=" + height + ", steps="
                + steps + ", seed=" + seed + ", style=" + style + ", model=" + model + "}";
    }

    /** Builds an {@link ImageRequest}. */
    public static final class Builder {
        private String prompt;
        private Integer width;
        private Integer height;
        private Integer steps;
        private Long seed;
        private ImageStyle style;
        private ImageModel model;
        private String negativePrompt;

        private Builder() {
        }

        /** The prompt (required, 1 to 2,000 characters). */
        public Builder prompt(String prompt) {
            this.prompt = prompt;
            return this;
        }

        /** The width in pixels, 256 to 2,048. */
        public Builder width(int width) {
            this.width = width;
            return this;
        }

        /** The height in pixels, 256 to 2,048. */
        public Builder height(int height) {
            this.height = height;
            return this;
        }

        /** Width and height in pixels, each 256 to 2,048. */
        public Builder size(int width, int height) {
            return width(width).height(height);
        }

        /** Inference steps, 1 to 50. */
        public Builder steps(int steps) {
            this.steps = steps;
            return this;
        }

        /** The reproducibility seed (0 or more). */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /** The style. */
        public Builder style(ImageStyle style) {
            this.style = style;
            return this;
        }

        /** The model. */
        public Builder model(ImageModel model) {
            this.model = model;
            return this;
        }

        /** What to avoid in the image. */
        public Builder negativePrompt(String negativePrompt) {
            this.negativePrompt = negativePrompt;
            return this;
        }

        /**
         * Builds the request.
         *
         * @throws dev.mediagen.core.ValidationException when a documented constraint is broken
         */
        public ImageRequest build() {
            Checks.text("prompt", prompt, 1, 2000);
            Checks.range("width", width, 256, 2048);
            Checks.range("height", height, 256, 2048);
            Checks.range("steps", steps, 1, 50);
            if (seed != null && seed < 0) {
                throw new dev.mediagen.core.ValidationException("seed must not be negative (got " + seed + ")");
            }
            Checks.optional("negativePrompt", negativePrompt);
            return new ImageRequest(this);
        }
    }
}
