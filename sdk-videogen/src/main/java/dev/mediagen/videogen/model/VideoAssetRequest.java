package dev.mediagen.videogen.model;

import java.util.Optional;

/** The body of the tools that transform one video (remove background, upscale). */
public abstract class VideoAssetRequest extends ToolRequest {
    private final String videoStorageFileId;
    private final WatermarkMode watermarkMode;

    VideoAssetRequest(Builder<?, ?> b) {
        super(b);
        this.videoStorageFileId = Checks.requireText("videoStorageFileId", b.videoStorageFileId);
        this.watermarkMode = b.watermarkMode;
    }

    /** The VIDEO file to transform. */
    public String videoFileId() {
        return videoStorageFileId;
    }

    /** The watermark mode. */
    public Optional<WatermarkMode> watermarkMode() {
        return Optional.ofNullable(watermarkMode);
    }

    /**
     * The options of the video tools.
     *
     * @param <B> the concrete builder
     * @param <R> the request it builds
     */
    public abstract static class Builder<B extends Builder<B, R>, R extends VideoAssetRequest>
            extends ToolRequest.Builder<B, R> {
        private String videoStorageFileId;
        private WatermarkMode watermarkMode;

        Builder() {
        }

        /** The VIDEO file to transform. Required. */
        public B videoFileId(String fileId) {
            this.videoStorageFileId = fileId;
            return self();
        }

        /** NONE (paid plans), VIDEO_GEN or AUTO. */
        public B watermarkMode(WatermarkMode watermarkMode) {
            this.watermarkMode = watermarkMode;
            return self();
        }
    }
}
