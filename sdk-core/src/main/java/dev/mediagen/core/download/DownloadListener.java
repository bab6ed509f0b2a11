package dev.mediagen.core.download;

import java.util.OptionalLong;

/**
 * Receives download progress: called once per chunk written (at most every 64 KiB), on the thread doing the I/O,
 * so it must be quick and must not block; an exception it throws aborts the download.
 */
@FunctionalInterface
public interface DownloadListener {

    /** A listener that ignores progress. */
    DownloadListener NONE = (bytesSoFar, totalBytes) -> { };

    /** Reports the bytes written so far and the total size when the server announced it. */
    void onProgress(long bytesSoFar, OptionalLong totalBytes);
}
