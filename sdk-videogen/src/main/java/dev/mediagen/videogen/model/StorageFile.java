package dev.mediagen.videogen.model;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Stream;

/** A file in VideoGen storage (uploaded or generated), with its signed rendition sources once hydrated. */
public final class StorageFile {
    private String fileId;
    private FileType type;
    private FileScope scope;
    private String displayName;
    private String description;
    private Double durationSeconds;
    private String transcript;
    private FileSource thumbnailSource;
    private FileSource previewSource;
    private FileSource downloadSource;
    private FileSource hlsSource;
    private boolean isPublicPreviewEnabled;
    private FileSource staticPublicPreviewSource;
    private String publicHlsUrl;
    private String publicPlaybackId;
    private ToolType sourceToolType;
    private String sourceToolExecutionId;
    private FileAnalysis fileAnalysisMetadata;

    private StorageFile() {
    }

    /** The file's id (e.g. {@code vg_file_...}). */
    public String fileId() {
        return fileId;
    }

    /** The media type; empty while the file is still being processed. */
    public Optional<FileType> type() {
        return Optional.ofNullable(type);
    }

    /** GLOBAL, PROJECT, EXPORT, TEMPORARY or ENTITY. */
    public Optional<FileScope> scope() {
        return Optional.ofNullable(scope);
    }

    /** The display name. */
    public Optional<String> displayName() {
        return Optional.ofNullable(displayName);
    }

    /** The description written by the file's analysis. */
    public Optional<String> description() {
        return Optional.ofNullable(description);
    }

    /** The duration of video and audio files. */
    public OptionalDouble durationSeconds() {
        return durationSeconds == null ? OptionalDouble.empty() : OptionalDouble.of(durationSeconds);
    }

    /** The transcript of video and audio files, when generated. */
    public Optional<String> transcript() {
        return Optional.ofNullable(transcript).filter(t -> !t.isEmpty());
    }

    /** The thumbnail rendition, once hydrated. */
    public Optional<FileSource> thumbnailSource() {
        return Optional.ofNullable(thumbnailSource);
    }

    /** The preview rendition (720p for video), once hydrated. */
    public Optional<FileSource> previewSource() {
        return Optional.ofNullable(previewSource);
    }

    /** The highest-quality downloadable rendition, once hydrated. */
    public Optional<FileSource> downloadSource() {
        return Optional.ofNullable(downloadSource);
    }

    /** The private HLS stream of video and audio, once ready. */
    public Optional<FileSource> hlsSource() {
        return Optional.ofNullable(hlsSource);
    }

    /** Whether public preview is enabled. */
    public boolean isPublicPreviewEnabled() {
        return isPublicPreviewEnabled;
    }

    /** The permanent public URL of the best rendition, when public preview is enabled. */
    public Optional<FileSource> staticPublicPreviewSource() {
        return Optional.ofNullable(staticPublicPreviewSource);
    }

    /** The public HLS URL, when public preview is enabled and streaming is ready. */
    public Optional<String> publicHlsUrl() {
        return Optional.ofNullable(publicHlsUrl).filter(u -> !u.isEmpty());
    }

    /** The public playback id ({@code vg_play_...}) for embeds. */
    public Optional<String> publicPlaybackId() {
        return Optional.ofNullable(publicPlaybackId).filter(u -> !u.isEmpty());
    }

    /** The tool that generated the file, when a tool did. */
    public Optional<ToolType> sourceToolType() {
        return Optional.ofNullable(sourceToolType);
    }

    /** The execution that generated the file, when a tool did. */
    public Optional<String> sourceToolExecutionId() {
        return Optional.ofNullable(sourceToolExecutionId);
    }

    /** The state of the background analysis, when the API reported it. */
    public Optional<FileAnalysis> analysis() {
        return Optional.ofNullable(fileAnalysisMetadata);
    }

    /**
     * The URL to download the file from: the download rendition, else the permanent public preview, else the
     * preview rendition; only sources that are ready with a URL valid for at least {@code margin} after {@code now}.
     */
    public Optional<String> bestDownloadUrl(Instant now, Duration margin) {
        return Stream.of(downloadSource, staticPublicPreviewSource, previewSource)
                .filter(s -> s != null && s.isUsableAt(now, margin))
                .map(s -> s.url().orElseThrow())
                .findFirst();
    }

    /**
     * Whether a rendition is ready to use: the Python SDK's upload check, any ready source means the upload landed.
     */
    public boolean hasReadySource() {
        return signedSources().anyMatch(FileSource::isReady);
    }

    /** Whether processing failed: a source failed and none is ready. */
    public boolean hasFailed() {
        return !hasReadySource() && signedSources().anyMatch(s -> SourceStatus.FAILED.equals(s.status()));
    }

    /**
     * Whether the signed URLs must be refreshed before use: a source is pending, a ready source lacks its URL or
     * expires within {@code margin} of {@code now}, or no ready URL exists at all.
     */
    public boolean needsHydration(Instant now, Duration margin) {
        boolean anyUsable = false;
        for (FileSource source : (Iterable<FileSource>) signedSources()::iterator) {
            if (SourceStatus.PENDING.equals(source.status())) {
                return true;
            }
            if (source.isReady()) {
                if (!source.isUsableAt(now, margin)) {
                    return true;
                }
                anyUsable = true;
            }
        }
        return !anyUsable;
    }

    private Stream<FileSource> signedSources() {
        return Stream.of(thumbnailSource, previewSource, downloadSource, hlsSource).filter(s -> s != null);
    }

    @Override
    public String toString() {
        return "StorageFile{fileId=" + fileId + ", type=" + type + ", scope=" + scope + ", displayName=" + displayName
                + ", downloadSource=" + downloadSource + "}";
    }
}
