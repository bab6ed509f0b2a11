package dev.mediagen.core;

import java.util.HashSet;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Every item of a paginated list, starting from a first page. Iteration is lazy and blocking: the next page is
 * fetched only when the items of the current one are used up. Each iteration starts again from the first page.
 * A vendor that returns a cursor it already returned makes iteration fail with {@link MalformedResponseException}.
 */
public final class AutoPager<T> implements Iterable<T> {
    private final Page<T> first;

    AutoPager(Page<T> first) {
        this.first = Objects.requireNonNull(first, "first");
    }

    /** An iterator over every item, fetching pages as it goes; failures are thrown as the SDK's exceptions. */
    @Override
    public Iterator<T> iterator() {
        return new PageIterator<>(first);
    }

    /** A sequential, lazy stream of every item; short-circuiting operations fetch only the pages they need. */
    public Stream<T> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED), false);
    }

    /** Walks the items of one page, then fetches the next. */
    private static final class PageIterator<T> implements Iterator<T> {
        private final Set<String> seenCursors = new HashSet<>();
        private Page<T> page;
        private int index;

        PageIterator(Page<T> first) {
            this.page = first;
        }

        @Override
        public boolean hasNext() {
            while (index >= page.items().size()) {
                if (!page.hasNextPage()) {
                    return false;
                }
                page = fetchNext(page);
                index = 0;
            }
            return true;
        }

        @Override
        public T next() {
            if (!hasNext()) {
                throw new NoSuchElementException("No more items");
            }
            return page.items().get(index++);
        }

        private Page<T> fetchNext(Page<T> current) {
            String cursor = current.nextCursor().orElse(null);
            if (cursor != null && seenCursors.contains(cursor)) {
                throw new MalformedResponseException("The API returned the page cursor '" + cursor
                        + "' a second time; stopping instead of fetching the same pages forever");
            }
            Page<T> fetched = current.nextPage();
            if (cursor != null) {
                seenCursors.add(cursor);
            }
            return fetched;
        }
    }
}
