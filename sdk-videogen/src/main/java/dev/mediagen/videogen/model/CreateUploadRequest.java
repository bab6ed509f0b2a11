package dev.mediagen.videogen.model;

import java.util.Optional;

/** {@code POST /v1/files/upload}: registers a file and returns where to PUT its bytes. */
public final class CreateUploadRequest {
    private final FileType type;
    private final String displayName;
    private final Boolean isTemporary;

    private CreateUploadRequest(Builder b) {
        this.displayName = Checks.requireText("displayName", b.displayName);
        this.type = b.type;
        this.isTemporary = b.isTemporary;
    }

    /** A builder for a file shown as {@code displayName}. */
    public static Builder builder(String displayName) {
        return new Builder().displayName(displayName);
    }

    /** The display name. */
    public String displayName() {
        return displayName;
    }

    /** The declared media type (VideoGen detects it when absent). */
    public Optional<FileType> type() {
        return Optional.ofNullable(type);
    }

    /** Whether the file is temporary (kept 24 hours, not analysed). */
    public Optional<Boolean> isTemporary() {
        return Optional.ofNullable(isTemporary);
    }

    @Override
    public String toString() {
        return "CreateUploadRequest{displayName=" + displayName + ", type=" + type + ", temporary=" + isTemporary + "}";
    }

    /** Builds a {@link CreateUploadRequest}. */
    public static final class Builder {
        private FileType type;
        private String displayName;
        private Boolean isTemporary;

        private Builder() {
        }

        /** The name shown in VideoGen. Required. */
        public Builder displayName(String displayName) {
            this.displayName = displayName;
            return this;
        }

        /** IMAGE, VIDEO, AUDIO, PDF or SLIDESHOW. */
        public Builder type(FileType type) {
            this.type = type;
            return this;
        }

        /** Marks the file temporary (default false). */
        public Builder temporary(boolean temporary) {
            this.isTemporary = temporary;
            return this;
        }

        /** Checks the values and builds the request. */
        public CreateUploadRequest build() {
            return new CreateUploadRequest(this);
        }
    }
}
