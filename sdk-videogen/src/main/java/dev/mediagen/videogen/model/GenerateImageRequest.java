package dev.mediagen.videogen.model;

import java.util.List;
import java.util.Optional;

/** {@code POST /v1/tools/generate-image}: an image from a prompt, optionally guided by up to 4 reference images. */
public final class GenerateImageRequest extends ToolRequest {
    private final String prompt;
    private final List<String> imageFileIds;
    private final AspectRatio aspectRatio;
    private final ImageQuality quality;
    private final WatermarkMode watermarkMode;

    private GenerateImageRequest(Builder b) {
        super(b);
        this.prompt = Checks.requireText("prompt", b.prompt);
        this.imageFileIds = Checks.ids("imageFileIds", b.imageFileIds, 4);
        this.aspectRatio = b.aspectRatio;
        this.quality = Checks.require("quality", b.quality);
        this.watermarkMode = b.watermarkMode;
    }

    /** A builder for an image described by {@code prompt}. */
    public static Builder builder(String prompt) {
        return new Builder().prompt(prompt);
    }

    @Override
    public ToolType toolType() {
        return ToolType.GENERATE_IMAGE;
    }

    @Override
    public String path() {
        return "/v1/tools/generate-image";
    }

    /** The prompt. */
    public String prompt() {
        return prompt;
    }

    /** The reference images. */
    public List<String> imageFileIds() {
        return Checks.listOrEmpty(imageFileIds);
    }

    /** The aspect ratio (the API defaults to 16:9). */
    public Optional<AspectRatio> aspectRatio() {
        return Optional.ofNullable(aspectRatio);
    }

    /** The quality (STANDARD unless set). */
    public ImageQuality quality() {
        return quality;
    }

    /** The watermark mode (the API defaults to AUTO). */
    public Optional<WatermarkMode> watermarkMode() {
        return Optional.ofNullable(watermarkMode);
    }

    /** Builds a {@link GenerateImageRequest}. */
    public static final class Builder extends ToolRequest.Builder<Builder, GenerateImageRequest> {
        private String prompt;
        private List<String> imageFileIds;
        private AspectRatio aspectRatio;
        private ImageQuality quality = ImageQuality.STANDARD;
        private WatermarkMode watermarkMode;

        private Builder() {
        }

        @Override
        Builder self() {
            return this;
        }

        /** What to generate; with reference images, the transformation to apply. Required. */
        public Builder prompt(String prompt) {
            this.prompt = prompt;
            return this;
        }

        /** Up to 4 reference image file ids. */
        public Builder imageFileIds(List<String> fileIds) {
            this.imageFileIds = fileIds;
            return this;
        }

        /** The aspect ratio. */
        public Builder aspectRatio(AspectRatio aspectRatio) {
            this.aspectRatio = aspectRatio;
            return this;
        }

        /** LOW, STANDARD (default) or HIGH. */
        public Builder quality(ImageQuality quality) {
            this.quality = quality;
            return this;
        }

        /** NONE (paid plans), VIDEO_GEN or AUTO. */
        public Builder watermarkMode(WatermarkMode watermarkMode) {
            this.watermarkMode = watermarkMode;
            return this;
        }

        @Override
        public GenerateImageRequest build() {
            return new GenerateImageRequest(this);
        }
    }
}
