package dev.mediagen.videogen.model;

import dev.mediagen.core.internal.Redaction;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/** One rendition of a file (thumbnail, preview, download, HLS) with its signed, expiring URL. */
public final class FileSource {
    private SourceStatus status;
    private String url;
    private Instant expiresAt;
    private Integer width;
    private Integer height;
    private Long fileBytes;

    private FileSource() {
    }

    /** pending, ready, failed or skipped. */
    public SourceStatus status() {
        return status == null ? SourceStatus.PENDING : status;
    }

    /** The signed URL; present when ready and recently hydrated. */
    public Optional<String> url() {
        return url == null || url.isBlank() ? Optional.empty() : Optional.of(url);
    }

    /** When the signed URL expires; empty for permanent URLs. */
    public Optional<Instant> expiresAt() {
        return expiresAt == null || expiresAt.getEpochSecond() <= 0 ? Optional.empty() : Optional.of(expiresAt);
    }

    /** Width in pixels, when known. */
    public OptionalInt width() {
        return width == null ? OptionalInt.empty() : OptionalInt.of(width);
    }

    /** Height in pixels, when known. */
    public OptionalInt height() {
        return height == null ? OptionalInt.empty() : OptionalInt.of(height);
    }

    /** Size in bytes, when known. */
    public OptionalLong fileBytes() {
        return fileBytes == null ? OptionalLong.empty() : OptionalLong.of(fileBytes);
    }

    /** Whether the rendition is ready. */
    public boolean isReady() {
        return SourceStatus.READY.equals(status());
    }

    /** Whether the source is ready and its URL stays valid for at least {@code margin} after {@code now}. */
    public boolean isUsableAt(Instant now, Duration margin) {
        return isReady() && url().isPresent() && expiresAt().map(at -> at.isAfter(now.plus(margin))).orElse(true);
    }

    @Override
    public String toString() {
        return "FileSource{status=" + status + ", url=" + (url == null ? null : Redaction.url(url))
                + ", expiresAt=" + expiresAt + "}";
    }
}
