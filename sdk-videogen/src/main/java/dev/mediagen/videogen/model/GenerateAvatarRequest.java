package dev.mediagen.videogen.model;

import java.util.Optional;

/** {@code POST /v1/tools/generate-avatar}: a talking-presenter clip lip-synced to an audio file. */
public final class GenerateAvatarRequest extends ToolRequest {
    private final String avatarPresenterId;
    private final String audioStorageFileId;
    private final WatermarkMode watermarkMode;

    private GenerateAvatarRequest(Builder b) {
        super(b);
        this.avatarPresenterId = Checks.requireText("avatarPresenterId", b.avatarPresenterId);
        this.audioStorageFileId = Checks.requireText("audioStorageFileId", b.audioStorageFileId);
        this.watermarkMode = b.watermarkMode;
    }

    /** A builder for {@code presenterId} speaking the audio file {@code audioFileId}. */
    public static Builder builder(String presenterId, String audioFileId) {
        return new Builder().avatarPresenterId(presenterId).audioFileId(audioFileId);
    }

    @Override
    public ToolType toolType() {
        return ToolType.GENERATE_AVATAR;
    }

    @Override
    public String path() {
        return "/v1/tools/generate-avatar";
    }

    /** The presenter. */
    public String avatarPresenterId() {
        return avatarPresenterId;
    }

    /** The AUDIO file to lip-sync. */
    public String audioFileId() {
        return audioStorageFileId;
    }

    /** The watermark mode. */
    public Optional<WatermarkMode> watermarkMode() {
        return Optional.ofNullable(watermarkMode);
    }

    /** Builds a {@link GenerateAvatarRequest}. */
    public static final class Builder extends ToolRequest.Builder<Builder, GenerateAvatarRequest> {
        private String avatarPresenterId;
        private String audioStorageFileId;
        private WatermarkMode watermarkMode;

        private Builder() {
        }

        @Override
        Builder self() {
            return this;
        }

        /** A presenter id from the avatar presenter list. Required. */
        public Builder avatarPresenterId(String presenterId) {
            this.avatarPresenterId = presenterId;
            return this;
        }

        /** The AUDIO file the presenter speaks. Required. */
        public Builder audioFileId(String audioFileId) {
            this.audioStorageFileId = audioFileId;
            return this;
        }

        /** NONE (paid plans), VIDEO_GEN or AUTO. */
        public Builder watermarkMode(WatermarkMode watermarkMode) {
            this.watermarkMode = watermarkMode;
            return this;
        }

        @Override
        public GenerateAvatarRequest build() {
            return new GenerateAvatarRequest(this);
        }
    }
}
