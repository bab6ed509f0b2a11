package dev.mediagen.core.internal;

import dev.mediagen.core.download.DownloadListener;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.OptionalLong;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * Copies a response body in 64 KiB chunks, hashing and reporting progress as it goes. A read failure becomes a
 * {@link dev.mediagen.core.ConnectionException}; a write failure stays an {@link IOException}.
 */
final class BodyCopier {
    static final int CHUNK_SIZE = 64 * 1024;

    private final DownloadListener listener;
    private final OptionalLong total;
    private final BooleanSupplier cancelled;
    private final String safeUrl;

    BodyCopier(DownloadListener listener, OptionalLong total, BooleanSupplier cancelled, String safeUrl) {
        this.listener = listener;
        this.total = total;
        this.cancelled = cancelled;
        this.safeUrl = safeUrl;
    }

    /** The number of bytes copied and their SHA-256. */
    record Copied(long bytes, String sha256) {
    }

    Copied copy(InputStream in, OutputStream out) throws IOException {
        MessageDigest digest = sha256();
        byte[] chunk = new byte[CHUNK_SIZE];
        long written = 0;
        int n;
        while ((n = read(in, chunk)) > 0) {
            out.write(chunk, 0, n);
            digest.update(chunk, 0, n);
            written += n;
            listener.onProgress(written, total);
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("Download cancelled");
            }
        }
        if (written == 0) {
            listener.onProgress(0, total);
        }
        return new Copied(written, HexFormat.of().formatHex(digest.digest()));
    }

    private int read(InputStream in, byte[] chunk) {
        try {
            return in.readNBytes(chunk, 0, chunk.length);
        } catch (IOException e) {
            throw DownloadErrors.network(e, safeUrl, true);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform must support SHA-256", e);
        }
    }
}
