package dev.mediagen.core;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * One immutable page of a list result, with the way to fetch the next one.
 *
 * <p>Use {@link #autoPager()} to iterate or stream every item across pages; later pages are fetched only when
 * needed.
 */
public final class Page<T> {
    private final List<T> items;
    private final PageFetcher<T> next;
    private final Long total;
    private final String nextCursor;

    private Page(List<T> items, PageFetcher<T> next, Long total, String nextCursor) {
        this.items = List.copyOf(items);
        this.next = next;
        this.total = total;
        this.nextCursor = nextCursor;
    }

    /** A page whose successor is fetched by {@code next}; pass null when this is the last page. */
    public static <T> Page<T> of(List<T> items, PageFetcher<T> next) {
        return new Page<>(items, next, null, null);
    }

    /**
     * A page of an offset-paginated list: there is a next page when this one is non-empty and, if the total is
     * known, {@code offset + items.size() < total}, otherwise when this page is full ({@code items.size() >= limit}).
     */
    public static <T> Page<T> offset(List<T> items, long offset, int limit, Long totalOrNull, OffsetFetcher<T> fetchAt) {
        Objects.requireNonNull(fetchAt, "fetchAt");
        if (offset < 0 || limit <= 0) {
            throw new IllegalArgumentException("offset must be >= 0 and limit > 0, got " + offset + " and " + limit);
        }
        long nextOffset = offset + items.size();
        boolean more = !items.isEmpty() && (totalOrNull != null ? nextOffset < totalOrNull : items.size() >= limit);
        PageFetcher<T> next = more ? () -> fetchAt.fetch(nextOffset, limit) : null;
        return new Page<>(items, next, totalOrNull, null);
    }

    /** A page of a cursor-paginated list: there is a next page when the cursor is non-blank and this page is non-empty. */
    public static <T> Page<T> cursor(List<T> items, String nextCursorOrNull, CursorFetcher<T> fetchAfter) {
        Objects.requireNonNull(fetchAfter, "fetchAfter");
        String cursor = nextCursorOrNull == null || nextCursorOrNull.isBlank() ? null : nextCursorOrNull;
        PageFetcher<T> next = cursor != null && !items.isEmpty() ? () -> fetchAfter.fetch(cursor) : null;
        return new Page<>(items, next, null, cursor);
    }

    /** The items of this page, unmodifiable. */
    public List<T> items() {
        return items;
    }

    /** Whether another page follows this one. */
    public boolean hasNextPage() {
        return next != null;
    }

    /** Fetches the next page, waiting for it; throws {@link NoSuchElementException} when this is the last page. */
    public Page<T> nextPage() {
        if (next == null) {
            throw new NoSuchElementException("This is the last page");
        }
        return Futures.join(nextPageAsync());
    }

    /** Fetches the next page; the future fails with {@link NoSuchElementException} when this is the last page. */
    public CompletableFuture<Page<T>> nextPageAsync() {
        if (next == null) {
            return Futures.failed(new NoSuchElementException("This is the last page"));
        }
        try {
            return Objects.requireNonNull(next.fetch(), "PageFetcher returned null");
        } catch (RuntimeException e) {
            return Futures.failed(e);
        }
    }

    /** Iterates or streams every item from this page on, fetching later pages only as they are reached. */
    public AutoPager<T> autoPager() {
        return new AutoPager<>(this);
    }

    /** The total number of items in the list, when the vendor reports it. */
    public Optional<Long> total() {
        return Optional.ofNullable(total);
    }

    /** The cursor of the next page, for cursor-paginated lists that returned one. */
    public Optional<String> nextCursor() {
        return Optional.ofNullable(nextCursor);
    }

    @Override
    public String toString() {
        return "Page{items=" + items.size() + ", hasNextPage=" + hasNextPage() + ", total=" + total
                + ", nextCursor=" + nextCursor + "}";
    }
}
