package dev.mediagen.core;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/** Helpers that turn the SDK's futures into plain blocking calls with the SDK's own exceptions. */
public final class Futures {
    private Futures() {
    }

    /**
     * Waits for the future and returns its value; a failure is rethrown as the original unchecked exception
     * (a {@link MediaGenException} for anything the SDK detected), never wrapped in CompletionException.
     */
    public static <T> T join(CompletableFuture<T> future) {
        try {
            return future.get();
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
}
