package dev.mediagen.core;

import dev.mediagen.core.internal.CallbackFuture;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/** Helpers that turn the SDK's futures into plain blocking calls with the SDK's own exceptions. */
public final class Futures {
    private Futures() {
    }

    /**
     * Waits for the future and returns its value; a failure is rethrown as the original unchecked exception
     * (a {@link MediaGenException} for anything the SDK detected), never wrapped in CompletionException.
     */
    public static <T> T join(CompletableFuture<T> future) {
        // A blocking caller needs no callback thread: wait on the I/O side directly and save a thread hop.
        CompletableFuture<T> awaited = future instanceof CallbackFuture ? ((CallbackFuture<T>) future).source() : future;
        try {
            return awaited.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            future.cancel(true);
            throw new MediaGenException("Interrupted while waiting for the call", e);
        } catch (ExecutionException e) {
            throw unwrap(e.getCause());
        } catch (CancellationException e) {
            throw e;
        }
    }

    /** The underlying cause of a completion failure, as an unchecked exception. */
    public static RuntimeException unwrap(Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof RuntimeException) {
            return (RuntimeException) cause;
        }
        if (cause instanceof Error) {
            throw (Error) cause;
        }
        return new MediaGenException(String.valueOf(cause.getMessage()), cause);
    }

    /** A future already failed with {@code failure}. */
    public static <T> CompletableFuture<T> failed(Throwable failure) {
        return CompletableFuture.failedFuture(failure);
    }

    /**
     * Runs {@code next} after {@code first} succeeds, like {@code thenCompose}, except that cancelling the returned
     * future also cancels whichever stage is running (so cancelling a create-and-wait stops the wait, and the
     * wait's own cancel hook cancels the job at the vendor).
     */
    public static <A, B> CompletableFuture<B> composeCancellable(CompletableFuture<A> first,
                                                                 Function<? super A, ? extends CompletableFuture<B>> next) {
        CompletableFuture<B> result = new CompletableFuture<>();
        AtomicReference<CompletableFuture<B>> second = new AtomicReference<>();
        first.whenComplete((value, error) -> {
            if (error != null) {
                result.completeExceptionally(unwrap(error));
                return;
            }
            CompletableFuture<B> stage;
            try {
                stage = next.apply(value);
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
                return;
            }
            second.set(stage);
            if (result.isCancelled()) {
                stage.cancel(true);
                return;
            }
            stage.whenComplete((b, e) -> {
                if (e != null) {
                    result.completeExceptionally(unwrap(e));
                } else {
                    result.complete(b);
                }
            });
        });
        result.whenComplete((value, error) -> {
            if (result.isCancelled()) {
                first.cancel(true);
                CompletableFuture<B> stage = second.get();
                if (stage != null) {
                    stage.cancel(true);
                }
            }
        });
        return result;
    }
}
