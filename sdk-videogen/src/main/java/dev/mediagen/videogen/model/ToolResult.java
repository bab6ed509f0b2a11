package dev.mediagen.videogen.model;

import java.util.Optional;

/** One file a tool execution produced. */
public final class ToolResult {
    private String fileId;
    private FileType type;
    private StorageFile file;

    private ToolResult() {
    }

    /** The generated file's id. */
    public String fileId() {
        return fileId;
    }

    /** The generated file's media type. */
    public Optional<FileType> type() {
        return Optional.ofNullable(type);
    }

    /** The file itself, when the API included it (webhook payloads include it hydrated). */
    public Optional<StorageFile> file() {
        return Optional.ofNullable(file);
    }

    @Override
    public String toString() {
        return "ToolResult{fileId=" + fileId + ", type=" + type + "}";
    }
}
