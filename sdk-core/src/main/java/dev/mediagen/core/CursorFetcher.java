package dev.mediagen.core;

import java.util.concurrent.CompletableFuture;

/** Fetches the page of a cursor-paginated list that follows a given cursor. */
@FunctionalInterface
public interface CursorFetcher<T> {

    /** Requests the page after {@code cursor}. */
    CompletableFuture<Page<T>> fetch(String cursor);
}
