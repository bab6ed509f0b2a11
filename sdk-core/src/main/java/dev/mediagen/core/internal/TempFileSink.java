package dev.mediagen.core.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Writes to a {@code .part} file beside the target and moves it over the target only once complete. */
final class TempFileSink implements DownloadSink {
    private static final Logger LOG = LoggerFactory.getLogger(TempFileSink.class);

    private final Path target;
    private Path temp;
    private OutputStream out;

    TempFileSink(Path target) {
        this.target = target.toAbsolutePath();
        Objects.requireNonNull(this.target.getFileName(), "target has no file name");
    }

    @Override
    public OutputStream open() throws IOException {
        Path dir = target.getParent();
        Files.createDirectories(dir);
        // Not Files.createTempFile: its owner-only permissions would stick to the finished file.
        temp = dir.resolve("." + target.getFileName() + "-" + java.util.UUID.randomUUID() + ".part");
        out = Files.newOutputStream(temp, java.nio.file.StandardOpenOption.CREATE_NEW,
                java.nio.file.StandardOpenOption.WRITE);
        return out;
    }

    @Override
    public Path commit() throws IOException {
        out.close();
        out = null;
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
        temp = null;
        return target;
    }

    @Override
    public void abort() {
        if (out != null) {
            try {
                out.close();
            } catch (IOException e) {
                LOG.debug("Could not close {}", temp, e);
            }
            out = null;
        }
        if (temp != null) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException e) {
                LOG.warn("Could not delete the partial download {}", temp, e);
            }
            temp = null;
        }
    }

    @Override
    public String describe() {
        return target.toString();
    }
}
