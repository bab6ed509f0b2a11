package dev.mediagen.core;

import java.util.concurrent.CompletableFuture;

/** Fetches the page that follows a page. */
@FunctionalInterface
public interface PageFetcher<T> {

    /** Requests the next page. */
    CompletableFuture<Page<T>> fetch();
}
