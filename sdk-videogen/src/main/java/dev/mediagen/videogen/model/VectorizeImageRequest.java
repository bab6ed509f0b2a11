package dev.mediagen.videogen.model;

/** {@code POST /v1/tools/vectorize-image}: converts an image into vector graphics. */
public final class VectorizeImageRequest extends ImageAssetRequest {
    private VectorizeImageRequest(Builder b) {
        super(b);
    }

    /** A builder for the image file {@code fileId}. */
    public static Builder builder(String fileId) {
        return new Builder().imageFileId(fileId);
    }

    /** The request with the API's defaults for the image file {@code fileId}. */
    public static VectorizeImageRequest of(String fileId) {
        return builder(fileId).build();
    }

    @Override
    public ToolType toolType() {
        return ToolType.VECTORIZE_IMAGE;
    }

    @Override
    public String path() {
        return "/v1/tools/vectorize-image";
    }

    /** Builds a {@link VectorizeImageRequest}. */
    public static final class Builder extends ImageAssetRequest.Builder<Builder, VectorizeImageRequest> {
        private Builder() {
        }

        @Override
        Builder self() {
            return this;
        }

        @Override
        public VectorizeImageRequest build() {
            return new VectorizeImageRequest(this);
        }
    }
}
