package dev.mediagen.videogen.model;

/** {@code POST /v1/tools/upscale-image}: increases the resolution of an image. */
public final class UpscaleImageRequest extends ImageAssetRequest {
    private UpscaleImageRequest(Builder b) {
        super(b);
    }

    /** A builder for the image file {@code fileId}. */
    public static Builder builder(String fileId) {
        return new Builder().imageFileId(fileId);
    }

    /** The request with the API's defaults for the image file {@code fileId}. */
    public static UpscaleImageRequest of(String fileId) {
        return builder(fileId).build();
    }

    @Override
    public ToolType toolType() {
        return ToolType.UPSCALE_IMAGE;
    }

    @Override
    public String path() {
        return "/v1/tools/upscale-image";
    }

    /** Builds a {@link UpscaleImageRequest}. */
    public static final class Builder extends ImageAssetRequest.Builder<Builder, UpscaleImageRequest> {
        private Builder() {
        }

        @Override
        Builder self() {
            return this;
        }

        @Override
        public UpscaleImageRequest build() {
            return new UpscaleImageRequest(this);
        }
    }
}
