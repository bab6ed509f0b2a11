package dev.mediagen.videogen.model;

import dev.mediagen.core.wait.WaitOptions;
import java.util.Objects;
import java.util.Optional;

/** How to upload a local file: its name and type at VideoGen, and how long to wait for it to be ready. */
public final class UploadOptions {
    private static final UploadOptions DEFAULTS = builder().build();

    private final String displayName;
    private final FileType type;
    private final boolean temporary;
    private final String contentType;
    private final WaitOptions waitOptions;

    private UploadOptions(Builder b) {
        this.displayName = Checks.optionalText("displayName", b.displayName);
        this.type = b.type;
        this.temporary = b.temporary;
        this.contentType = Checks.optionalText("contentType", b.contentType);
        this.waitOptions = b.waitOptions;
    }

    /** The file's own name, the type its extension implies, permanent, and the default wait. */
    public static UploadOptions defaults() {
        return DEFAULTS;
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The display name (default: the file's name). */
    public Optional<String> displayName() {
        return Optional.ofNullable(displayName);
    }

    /** The media type (default: from the file's extension). */
    public Optional<FileType> type() {
        return Optional.ofNullable(type);
    }

    /** Whether the file is temporary. */
    public boolean temporary() {
        return temporary;
    }

    /** The Content-Type sent with the bytes (default: from the file's extension). */
    public Optional<String> contentType() {
        return Optional.ofNullable(contentType);
    }

    /** The deadline and listener of the wait until the file is ready. */
    public WaitOptions waitOptions() {
        return waitOptions;
    }

    /** Builds {@link UploadOptions}. */
    public static final class Builder {
        private String displayName;
        private FileType type;
        private boolean temporary;
        private String contentType;
        private WaitOptions waitOptions = WaitOptions.defaults();

        private Builder() {
        }

        /** The name shown in VideoGen. */
        public Builder displayName(String displayName) {
            this.displayName = displayName;
            return this;
        }

        /** The media type. */
        public Builder type(FileType type) {
            this.type = type;
            return this;
        }

        /** Marks the file temporary. */
        public Builder temporary(boolean temporary) {
            this.temporary = temporary;
            return this;
        }

        /** The Content-Type of the uploaded bytes. */
        public Builder contentType(String contentType) {
            this.contentType = contentType;
            return this;
        }

        /** How long to wait for the file to be processed, and who hears about it. */
        public Builder waitOptions(WaitOptions waitOptions) {
            this.waitOptions = Objects.requireNonNull(waitOptions, "waitOptions");
            return this;
        }

        /** Checks the values and builds the options. */
        public UploadOptions build() {
            return new UploadOptions(this);
        }
    }
}
