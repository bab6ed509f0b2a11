package dev.mediagen.videogen.model;

/** {@code POST /v1/tools/remove-image-background}: removes the background of an image. */
public final class RemoveImageBackgroundRequest extends ImageAssetRequest {
    private RemoveImageBackgroundRequest(Builder b) {
        super(b);
    }

    /** A builder for the image file {@code fileId}. */
    public static Builder builder(String fileId) {
        return new Builder().imageFileId(fileId);
    }

    /** The request with the API's defaults for the image file {@code fileId}. */
    public static RemoveImageBackgroundRequest of(String fileId) {
        return builder(fileId).build();
    }

    @Override
    public ToolType toolType() {
        return ToolType.REMOVE_IMAGE_BACKGROUND;
    }

    @Override
    public String path() {
        return "/v1/tools/remove-image-background";
    }

    /** Builds a {@link RemoveImageBackgroundRequest}. */
    public static final class Builder extends ImageAssetRequest.Builder<Builder, RemoveImageBackgroundRequest> {
        private Builder() {
        }

        @Override
        Builder self() {
            return this;
        }

        @Override
        public RemoveImageBackgroundRequest build() {
            return new RemoveImageBackgroundRequest(this);
        }
    }
}
