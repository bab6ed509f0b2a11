package dev.mediagen.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class AutoPagerTest {
    private final AtomicInteger fetches = new AtomicInteger();

    /** A fake vendor list of {@code size} numbered items, served by offset. */
    private Page<Integer> offsetPage(int size, long offset, int limit, boolean reportTotal) {
        List<Integer> slice = IntStream.range((int) Math.min(offset, size), (int) Math.min(offset + limit, size))
                .boxed().collect(Collectors.toList());
        return Page.offset(slice, offset, limit, reportTotal ? (long) size : null, (o, l) -> {
            fetches.incrementAndGet();
            return CompletableFuture.completedFuture(offsetPage(size, o, l, reportTotal));
        });
    }

    /** A fake vendor list of {@code size} numbered items, served by cursor (the cursor is the next index). */
    private Page<Integer> cursorPage(int size, int from, int pageSize) {
        int to = Math.min(from + pageSize, size);
        List<Integer> slice = IntStream.range(from, to).boxed().collect(Collectors.toList());
        String cursor = to < size ? "c" + to : null;
        return Page.cursor(slice, cursor, c -> {
            fetches.incrementAndGet();
            return CompletableFuture.completedFuture(cursorPage(size, Integer.parseInt(c.substring(1)), pageSize));
        });
    }

    private static List<Integer> all(Iterable<Integer> items) {
        List<Integer> out = new ArrayList<>();
        items.forEach(out::add);
        return out;
    }

    private static List<Integer> range(int size) {
        return IntStream.range(0, size).boxed().collect(Collectors.toList());
    }

    @Test
    void offsetPagingWithTotalVisitsEveryItemOnce() {
        assertThat(all(offsetPage(10, 0, 3, true).autoPager())).isEqualTo(range(10));
        assertThat(fetches).hasValue(3);
    }

    @Test
    void offsetPagingWithTotalStopsWithoutAnEmptyFetchOnAnExactMultiple() {
        assertThat(all(offsetPage(9, 0, 3, true).autoPager())).isEqualTo(range(9));
        assertThat(fetches).hasValue(2);
    }

    @Test
    void offsetPagingWithoutTotalStopsAtTheFirstShortPage() {
        assertThat(all(offsetPage(10, 0, 3, false).autoPager())).isEqualTo(range(10));
        assertThat(fetches).hasValue(3);
    }

    @Test
    void offsetPagingWithoutTotalStopsAtTheEmptyPageAfterAnExactMultiple() {
        assertThat(all(offsetPage(9, 0, 3, false).autoPager())).isEqualTo(range(9));
        assertThat(fetches).hasValue(3);
    }

    @Test
    void cursorPagingVisitsEveryItemOnce() {
        assertThat(all(cursorPage(7, 0, 2).autoPager())).isEqualTo(range(7));
        assertThat(fetches).hasValue(3);
    }

    @Test
    void emptyFirstPageYieldsNothingAndFetchesNothing() {
        assertThat(all(offsetPage(0, 0, 3, false).autoPager())).isEmpty();
        assertThat(offsetPage(0, 0, 3, true).autoPager().stream().count()).isZero();
        assertThat(all(Page.<Integer>cursor(List.of(), "c1", c -> {
            throw new AssertionError("must not fetch");
        }).autoPager())).isEmpty();
        assertThat(fetches).hasValue(0);
    }

    @Test
    void emptyMiddlePageFromOfIsSkipped() {
        Page<Integer> third = Page.of(List.of(2), null);
        Page<Integer> second = Page.of(List.of(), () -> CompletableFuture.completedFuture(third));
        Page<Integer> first = Page.of(List.of(1), () -> CompletableFuture.completedFuture(second));

        assertThat(all(first.autoPager())).containsExactly(1, 2);
    }

    @Test
    void nextPageIsFetchedOnlyWhenTheCurrentOneIsUsedUp() {
        Iterator<Integer> it = offsetPage(10, 0, 3, true).autoPager().iterator();

        assertThat(it.next()).isZero();
        assertThat(it.next()).isEqualTo(1);
        assertThat(it.hasNext()).isTrue();
        assertThat(it.next()).isEqualTo(2);
        assertThat(fetches).hasValue(0);

        assertThat(it.hasNext()).isTrue();
        assertThat(fetches).hasValue(1);
        assertThat(it.next()).isEqualTo(3);
        assertThat(fetches).hasValue(1);
    }

    @Test
    void creatingPagersAndStreamsFetchesNothing() {
        AutoPager<Integer> pager = offsetPage(10, 0, 3, true).autoPager();
        pager.iterator();
        pager.stream().map(i -> i * 2);

        assertThat(fetches).hasValue(0);
    }

    @Test
    void streamLimitFetchesOnlyTheNeededPages() {
        AutoPager<Integer> pager = offsetPage(100, 0, 10, true).autoPager();

        assertThat(pager.stream().limit(10).collect(Collectors.toList())).isEqualTo(range(10));
        assertThat(fetches).hasValue(0);

        assertThat(pager.stream().limit(25).collect(Collectors.toList())).isEqualTo(range(25));
        assertThat(fetches).hasValue(2);
    }

    @Test
    void streamShortCircuitsOnAMatch() {
        assertThat(cursorPage(100, 0, 10).autoPager().stream().anyMatch(i -> i == 15)).isTrue();
        assertThat(fetches).hasValue(1);
    }

    @Test
    void eachIterationStartsAgainFromTheFirstPage() {
        AutoPager<Integer> pager = cursorPage(5, 0, 2).autoPager();

        assertThat(all(pager)).isEqualTo(range(5));
        assertThat(pager.stream().collect(Collectors.toList())).isEqualTo(range(5));
    }

    @Test
    void exhaustedIteratorThrowsNoSuchElement() {
        Iterator<Integer> it = Page.of(List.of(1), null).autoPager().iterator();
        it.next();

        assertThat(it.hasNext()).isFalse();
        assertThatThrownBy(it::next).isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void aCursorReturnedForeverIsDetected() {
        CursorFetcher<Integer> stuck = new CursorFetcher<>() {
            @Override
            public CompletableFuture<Page<Integer>> fetch(String cursor) {
                fetches.incrementAndGet();
                return CompletableFuture.completedFuture(Page.cursor(List.of(1), "same", this));
            }
        };
        Page<Integer> first = Page.cursor(List.of(0), "same", stuck);

        assertThatThrownBy(() -> all(first.autoPager()))
                .isExactlyInstanceOf(MalformedResponseException.class)
                .hasMessageContaining("same");
        assertThat(fetches).hasValue(1);
    }

    @Test
    void aCursorCycleIsDetected() {
        CursorFetcher<Integer> cycle = new CursorFetcher<>() {
            @Override
            public CompletableFuture<Page<Integer>> fetch(String cursor) {
                fetches.incrementAndGet();
                String next = cursor.equals("a") ? "b" : "a";
                return CompletableFuture.completedFuture(Page.cursor(List.of(fetches.get()), next, this));
            }
        };

        assertThatThrownBy(() -> Page.cursor(List.of(0), "a", cycle).autoPager().stream().count())
                .isInstanceOf(MalformedResponseException.class);
        assertThat(fetches).hasValue(2);
    }

    @Test
    void fetchFailurePropagatesAsTheSdkException() {
        Page<Integer> first = Page.cursor(List.of(0), "c1",
                c -> CompletableFuture.failedFuture(new ServerException("vendor down")));

        assertThatThrownBy(() -> all(first.autoPager()))
                .isExactlyInstanceOf(ServerException.class)
                .hasMessage("vendor down");
    }

    @Test
    void fetchFailureInsideADependentStageIsUnwrapped() {
        Page<Integer> first = Page.cursor(List.of(0), "c1", c -> CompletableFuture.supplyAsync(() -> {
            throw new NotFoundException("list gone");
        }, Runnable::run));

        assertThatThrownBy(() -> first.autoPager().stream().count())
                .isExactlyInstanceOf(NotFoundException.class)
                .hasMessage("list gone");
    }

    @Test
    void aFailedFetchCanBeRetriedWithoutLookingLikeARepeatedCursor() {
        AtomicInteger attempts = new AtomicInteger();
        Page<Integer> first = Page.cursor(List.of(0), "c1", c -> attempts.incrementAndGet() == 1
                ? CompletableFuture.failedFuture(new ConnectionException("reset", null, false, true))
                : CompletableFuture.completedFuture(Page.cursor(List.of(1), null, x -> null)));
        Iterator<Integer> it = first.autoPager().iterator();
        assertThat(it.next()).isZero();

        assertThatThrownBy(it::hasNext).isInstanceOf(ConnectionException.class);
        assertThat(it.hasNext()).isTrue();
        assertThat(it.next()).isEqualTo(1);
        assertThat(it.hasNext()).isFalse();
    }
}
