package dev.mediagen.core.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Objects;

/** Writes into a caller's stream, which is flushed on success and never closed (the caller owns it). */
final class StreamSink implements DownloadSink {
    private final OutputStream out;

    StreamSink(OutputStream out) {
        this.out = Objects.requireNonNull(out, "out");
    }

    @Override
    public OutputStream open() {
        return out;
    }

    @Override
    public Path commit() throws IOException {
        out.flush();
        return null;
    }

    @Override
    public void abort() {
        // Bytes already handed to the caller's stream cannot be taken back.
    }

    @Override
    public String describe() {
        return "the output stream";
    }
}
