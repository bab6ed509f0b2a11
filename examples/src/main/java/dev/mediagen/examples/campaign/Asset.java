package dev.mediagen.examples.campaign;

import java.time.Instant;

/** One file of the package, as recorded in the manifest. */
public final class Asset {
    String vendor;
    String kind;
    String jobId;
    String file;
    long bytes;
    String sha256;
    String contentType;
    String prompt;
    CostEntry cost;
    Timings timings;

    Asset() {
    }

    /** The cost as written to the manifest. */
    static final class CostEntry {
        java.math.BigDecimal amount;
        String unit;
    }

    /** When the job was submitted, finished, and its file downloaded. */
    static final class Timings {
        Instant submittedAt;
        Instant completedAt;
        Instant downloadedAt;
        long jobSeconds;
    }

    /** The file name inside the package. */
    public String file() {
        return file;
    }

    /** The content type detected from the file's first bytes. */
    public String contentType() {
        return contentType;
    }

    /** The vendor that made it. */
    public String vendor() {
        return vendor;
    }

    /** The kind of asset. */
    public String kind() {
        return kind;
    }
}
