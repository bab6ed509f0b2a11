package dev.mediagen.videogen.model;

import dev.mediagen.core.internal.Redaction;

/** A created upload: the new file's id and the presigned URL to PUT its bytes to (no Authorization header). */
public final class FileUpload {
    private String fileId;
    private String uploadUrl;

    private FileUpload() {
    }

    /** The id of the file being uploaded. */
    public String fileId() {
        return fileId;
    }

    /** The presigned storage URL; it expires shortly and carries its credentials in the query. */
    public String uploadUrl() {
        return uploadUrl;
    }

    @Override
    public String toString() {
        return "FileUpload{fileId=" + fileId + ", uploadUrl=" + Redaction.url(uploadUrl) + "}";
    }
}
