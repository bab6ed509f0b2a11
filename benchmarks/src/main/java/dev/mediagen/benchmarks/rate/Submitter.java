package dev.mediagen.benchmarks.rate;

import java.util.concurrent.CompletableFuture;

/** Submits one paid generation (Apex's {@code POST /api/generate/image}) through the SDK. */
interface Submitter extends AutoCloseable {

    /** What submits (the vendor client, or the core stand-in). */
    String description();

    /** Submits generation number {@code i}. */
    CompletableFuture<?> submit(int i);

    @Override
    void close();
}
