package dev.mediagen.core.internal;

import java.util.concurrent.CompletableFuture;

/**
 * A future completed on the client's callback executor, remembering the I/O-side future it mirrors, so a blocking
 * caller ({@link dev.mediagen.core.Futures#join}) can wait on that one directly and skip the thread hop that only
 * asynchronous callbacks need.
 */
public final class CallbackFuture<T> extends CompletableFuture<T> {
    private final CompletableFuture<T> source;

    CallbackFuture(CompletableFuture<T> source) {
        this.source = source;
    }

    /** The future completed by the I/O thread. */
    public CompletableFuture<T> source() {
        return source;
    }

    @Override
    public <U> CompletableFuture<U> newIncompleteFuture() {
        return new CompletableFuture<>();
    }
}
