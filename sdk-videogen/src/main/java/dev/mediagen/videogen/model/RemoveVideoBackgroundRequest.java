package dev.mediagen.videogen.model;

/** {@code POST /v1/tools/remove-video-background}: removes the background of a video. */
public final class RemoveVideoBackgroundRequest extends VideoAssetRequest {
    private RemoveVideoBackgroundRequest(Builder b) {
        super(b);
    }

    /** A builder for the video file {@code fileId}. */
    public static Builder builder(String fileId) {
        return new Builder().videoFileId(fileId);
    }

    /** The request with the API's defaults for the video file {@code fileId}. */
    public static RemoveVideoBackgroundRequest of(String fileId) {
        return builder(fileId).build();
    }

    @Override
    public ToolType toolType() {
        return ToolType.REMOVE_VIDEO_BACKGROUND;
    }

    @Override
    public String path() {
        return "/v1/tools/remove-video-background";
    }

    /** Builds a {@link RemoveVideoBackgroundRequest}. */
    public static final class Builder extends VideoAssetRequest.Builder<Builder, RemoveVideoBackgroundRequest> {
        private Builder() {
        }

        @Override
        Builder self() {
            return this;
        }

        @Override
        public RemoveVideoBackgroundRequest build() {
            return new RemoveVideoBackgroundRequest(this);
        }
    }
}
