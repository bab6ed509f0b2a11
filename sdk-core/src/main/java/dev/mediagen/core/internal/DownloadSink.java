package dev.mediagen.core.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

/** Where a download's bytes go: opened once, then either committed after the last byte or aborted. */
interface DownloadSink {

    /** Opens the stream the body is copied into. */
    OutputStream open() throws IOException;

    /** Makes the complete download visible; returns the file written, or null when the sink is not a file. */
    Path commit() throws IOException;

    /** Discards whatever was written; best effort, never throws. */
    void abort();

    /** Names the destination for error messages. */
    String describe();
}
