package dev.mediagen.core;

import java.util.concurrent.CompletableFuture;

/** Fetches the page of an offset-paginated list that starts at a given offset. */
@FunctionalInterface
public interface OffsetFetcher<T> {

    /** Requests up to {@code limit} items starting at {@code offset}. */
    CompletableFuture<Page<T>> fetch(long offset, int limit);
}
