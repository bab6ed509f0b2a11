package dev.mediagen.videogen.model;

/** {@code POST /v1/tools/upscale-video}: increases the resolution of a video. */
public final class UpscaleVideoRequest extends VideoAssetRequest {
    private UpscaleVideoRequest(Builder b) {
        super(b);
    }

    /** A builder for the video file {@code fileId}. */
    public static Builder builder(String fileId) {
        return new Builder().videoFileId(fileId);
    }

    /** The request with the API's defaults for the video file {@code fileId}. */
    public static UpscaleVideoRequest of(String fileId) {
        return builder(fileId).build();
    }

    @Override
    public ToolType toolType() {
        return ToolType.UPSCALE_VIDEO;
    }

    @Override
    public String path() {
        return "/v1/tools/upscale-video";
    }

    /** Builds a {@link UpscaleVideoRequest}. */
    public static final class Builder extends VideoAssetRequest.Builder<Builder, UpscaleVideoRequest> {
        private Builder() {
        }

        @Override
        Builder self() {
            return this;
        }

        @Override
        public UpscaleVideoRequest build() {
            return new UpscaleVideoRequest(this);
        }
    }
}
