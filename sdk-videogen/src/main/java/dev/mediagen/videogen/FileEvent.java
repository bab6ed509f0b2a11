package dev.mediagen.videogen;

import dev.mediagen.videogen.model.ApiError;
import dev.mediagen.videogen.model.StorageFile;
import java.util.Optional;

/** {@code file.*}: an uploaded file was processed, failed, or became ready for playback, download or search. */
public final class FileEvent extends VideoGenEvent {
    private String fileId;
    private StorageFile file;
    private ApiError error;

    private FileEvent() {
    }

    /** The file's id. */
    public String fileId() {
        return fileId;
    }

    /** The file, hydrated. */
    public Optional<StorageFile> file() {
        return Optional.ofNullable(file);
    }

    /** Why processing or analysis failed (failure events only). */
    public Optional<ApiError> error() {
        return Optional.ofNullable(error);
    }
}
