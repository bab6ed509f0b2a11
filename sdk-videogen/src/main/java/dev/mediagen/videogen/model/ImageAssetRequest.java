package dev.mediagen.videogen.model;

import java.util.Optional;

/** The body of the tools that transform one image (vectorize, remove background, upscale, 3D effect). */
public abstract class ImageAssetRequest extends ToolRequest {
    private final String imageStorageFileId;
    private final WatermarkMode watermarkMode;

    ImageAssetRequest(Builder<?, ?> b) {
        super(b);
        this.imageStorageFileId = Checks.requireText("imageStorageFileId", b.imageStorageFileId);
        this.watermarkMode = b.watermarkMode;
    }

    /** The IMAGE file to transform. */
    public String imageFileId() {
        return imageStorageFileId;
    }

    /** The watermark mode. */
    public Optional<WatermarkMode> watermarkMode() {
        return Optional.ofNullable(watermarkMode);
    }

    /**
     * The options of the image tools.
     *
     * @param <B> the concrete builder
     * @param <R> the request it builds
     */
    public abstract static class Builder<B extends Builder<B, R>, R extends ImageAssetRequest>
            extends ToolRequest.Builder<B, R> {
        private String imageStorageFileId;
        private WatermarkMode watermarkMode;

        Builder() {
        }

        /** The IMAGE file to transform. Required. */
        public B imageFileId(String fileId) {
            this.imageStorageFileId = fileId;
            return self();
        }

        /** NONE (paid plans), VIDEO_GEN or AUTO. */
        public B watermarkMode(WatermarkMode watermarkMode) {
            this.watermarkMode = watermarkMode;
            return self();
        }
    }
}
