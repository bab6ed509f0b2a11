package dev.mediagen.videogen.model;

/** {@code POST /v1/tools/image-3d-effect}: adds 3D motion to an image. */
public final class Image3dEffectRequest extends ImageAssetRequest {
    private Image3dEffectRequest(Builder b) {
        super(b);
    }

    /** A builder for the image file {@code fileId}. */
    public static Builder builder(String fileId) {
        return new Builder().imageFileId(fileId);
    }

    /** The request with the API's defaults for the image file {@code fileId}. */
    public static Image3dEffectRequest of(String fileId) {
        return builder(fileId).build();
    }

    @Override
    public ToolType toolType() {
        return ToolType.IMAGE_3D_EFFECT;
    }

    @Override
    public String path() {
        return "/v1/tools/image-3d-effect";
    }

    /** Builds a {@link Image3dEffectRequest}. */
    public static final class Builder extends ImageAssetRequest.Builder<Builder, Image3dEffectRequest> {
        private Builder() {
        }

        @Override
        Builder self() {
            return this;
        }

        @Override
        public Image3dEffectRequest build() {
            return new Image3dEffectRequest(this);
        }
    }
}
