package dev.mediagen.core.download;

import java.io.OutputStream;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

/**
 * Streams a result URL to a file or an output stream without holding the whole body in memory.
 *
 * <p>Files are written to a temporary file beside the target and moved into place only when complete, so a
 * failed or cancelled download never leaves a partial target. Cancelling a returned future aborts the transfer.
 * Failures complete the future with the SDK's exceptions; messages never contain a URL's query string.
 */
public interface Downloader {

    /** Downloads {@code url} to {@code target}, replacing it only on success, and reports progress to {@code listener}. */
    CompletableFuture<DownloadResult> toPath(String url, Path target, DownloadListener listener);

    /** Downloads {@code url} to {@code target}, replacing it only on success. */
    default CompletableFuture<DownloadResult> toPath(String url, Path target) {
        return toPath(url, target, DownloadListener.NONE);
    }

    /** Streams {@code url} into {@code out} (flushed, never closed) and reports progress to {@code listener}. */
    CompletableFuture<DownloadResult> toStream(String url, OutputStream out, DownloadListener listener);

    /** Streams {@code url} into {@code out} (flushed, never closed). */
    default CompletableFuture<DownloadResult> toStream(String url, OutputStream out) {
        return toStream(url, out, DownloadListener.NONE);
    }
}
