package dev.mediagen.core.download;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/** What a completed download produced: where it went, how many bytes, their SHA-256, and how long it took. */
public final class DownloadResult {
    private final Path path;
    private final long bytes;
    private final String contentType;
    private final String sha256;
    private final Duration elapsed;

    private DownloadResult(Path path, long bytes, String contentType, String sha256, Duration elapsed) {
        if (bytes < 0) {
            throw new IllegalArgumentException("bytes must not be negative: " + bytes);
        }
        this.path = path;
        this.bytes = bytes;
        this.contentType = contentType;
        this.sha256 = Objects.requireNonNull(sha256, "sha256");
        this.elapsed = Objects.requireNonNull(elapsed, "elapsed");
    }

    /** Creates a result; {@code path} and {@code contentType} may be null when there is none. */
    public static DownloadResult of(Path path, long bytes, String contentType, String sha256, Duration elapsed) {
        return new DownloadResult(path, bytes, contentType, sha256, elapsed);
    }

    /** The file written, when the download went to a path. */
    public Optional<Path> path() {
        return Optional.ofNullable(path);
    }

    /** The number of bytes written. */
    public long bytes() {
        return bytes;
    }

    /** The response's {@code Content-Type} header, when it had one. */
    public Optional<String> contentType() {
        return Optional.ofNullable(contentType);
    }

    /** The SHA-256 of the bytes written, as lowercase hex. */
    public String sha256() {
        return sha256;
    }

    /** The time from starting the request to the last byte written. */
    public Duration elapsed() {
        return elapsed;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof DownloadResult)) {
            return false;
        }
        DownloadResult other = (DownloadResult) o;
        return bytes == other.bytes && Objects.equals(path, other.path) && Objects.equals(contentType, other.contentType)
                && sha256.equals(other.sha256) && elapsed.equals(other.elapsed);
    }

    @Override
    public int hashCode() {
        return Objects.hash(path, bytes, contentType, sha256, elapsed);
    }

    @Override
    public String toString() {
        return "DownloadResult{path=" + path + ", bytes=" + bytes + ", contentType=" + contentType
                + ", sha256=" + sha256 + ", elapsed=" + elapsed + "}";
    }
}
