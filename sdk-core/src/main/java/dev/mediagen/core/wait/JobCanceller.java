package dev.mediagen.core.wait;

import java.util.concurrent.CompletableFuture;

/** Cancels a job at the vendor, for vendors that have a cancel endpoint. */
@FunctionalInterface
public interface JobCanceller {
    /** Asks the vendor to cancel the job. */
    CompletableFuture<?> cancel(String jobId);
}
