package dev.mediagen.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

class PageTest {
    private final List<String> requests = new ArrayList<>();

    private CompletableFuture<Page<String>> recordOffset(long offset, int limit) {
        requests.add(offset + "/" + limit);
        return CompletableFuture.completedFuture(Page.of(List.of("next"), null));
    }

    private CompletableFuture<Page<String>> recordCursor(String cursor) {
        requests.add(cursor);
        return CompletableFuture.completedFuture(Page.of(List.of("next"), null));
    }

    @Test
    void offsetWithTotalHasNextUntilTotalIsReached() {
        assertThat(Page.offset(List.of("a", "b"), 0, 2, 5L, this::recordOffset).hasNextPage()).isTrue();
        assertThat(Page.offset(List.of("c", "d"), 2, 2, 5L, this::recordOffset).hasNextPage()).isTrue();
        assertThat(Page.offset(List.of("e"), 4, 2, 5L, this::recordOffset).hasNextPage()).isFalse();
        // A short page does not end the list when the total says more remain.
        assertThat(Page.offset(List.of("a"), 0, 2, 5L, this::recordOffset).hasNextPage()).isTrue();
    }

    @Test
    void offsetWithoutTotalHasNextOnlyAfterAFullPage() {
        assertThat(Page.offset(List.of("a", "b"), 0, 2, null, this::recordOffset).hasNextPage()).isTrue();
        assertThat(Page.offset(List.of("a"), 0, 2, null, this::recordOffset).hasNextPage()).isFalse();
    }

    @Test
    void emptyOffsetPageIsLastEvenWhenTotalSaysOtherwise() {
        assertThat(Page.offset(List.<String>of(), 0, 2, null, this::recordOffset).hasNextPage()).isFalse();
        assertThat(Page.offset(List.<String>of(), 4, 2, 10L, this::recordOffset).hasNextPage()).isFalse();
    }

    @Test
    void offsetNextPageAsksForTheFollowingOffsetWithTheSameLimit() {
        Page<String> page = Page.offset(List.of("a", "b", "c"), 6, 3, null, this::recordOffset);

        assertThat(page.nextPage().items()).containsExactly("next");
        assertThat(requests).containsExactly("9/3");
    }

    @Test
    void offsetReportsTheTotal() {
        assertThat(Page.offset(List.of("a"), 0, 2, 1L, this::recordOffset).total()).contains(1L);
        assertThat(Page.offset(List.of("a"), 0, 2, null, this::recordOffset).total()).isEmpty();
    }

    @Test
    void rejectsNegativeOffsetAndNonPositiveLimit() {
        assertThatThrownBy(() -> Page.offset(List.of("a"), -1, 2, null, this::recordOffset))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Page.offset(List.of("a"), 0, 0, null, this::recordOffset))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void cursorPageHasNextWhenTheCursorIsPresentAndItemsAreNot() {
        assertThat(Page.cursor(List.of("a"), "c1", this::recordCursor).hasNextPage()).isTrue();
        assertThat(Page.cursor(List.of("a"), null, this::recordCursor).hasNextPage()).isFalse();
        assertThat(Page.cursor(List.of("a"), "  ", this::recordCursor).hasNextPage()).isFalse();
        assertThat(Page.cursor(List.<String>of(), "c1", this::recordCursor).hasNextPage()).isFalse();
    }

    @Test
    void cursorNextPagePassesTheCursor() {
        Page<String> page = Page.cursor(List.of("a"), "c1", this::recordCursor);

        assertThat(page.nextCursor()).contains("c1");
        assertThat(page.total()).isEmpty();
        assertThat(page.nextPage().items()).containsExactly("next");
        assertThat(requests).containsExactly("c1");
    }

    @Test
    void blankCursorIsReportedAsAbsent() {
        assertThat(Page.cursor(List.of("a"), "", this::recordCursor).nextCursor()).isEmpty();
    }

    @Test
    void ofUsesTheGivenFetcherOrNone() {
        Page<String> last = Page.of(List.of("z"), null);
        Page<String> first = Page.of(List.of("y"), () -> CompletableFuture.completedFuture(last));

        assertThat(first.hasNextPage()).isTrue();
        assertThat(first.nextPage()).isSameAs(last);
        assertThat(last.hasNextPage()).isFalse();
        assertThat(last.total()).isEmpty();
        assertThat(last.nextCursor()).isEmpty();
    }

    @Test
    void lastPageHasNoNextPage() {
        Page<String> last = Page.of(List.of("z"), null);

        assertThatThrownBy(last::nextPage).isInstanceOf(NoSuchElementException.class);
        assertThat(last.nextPageAsync()).isCompletedExceptionally();
        assertThatThrownBy(() -> last.nextPageAsync().get())
                .isInstanceOf(ExecutionException.class)
                .hasCauseInstanceOf(NoSuchElementException.class);
    }

    @Test
    void itemsAreAnUnmodifiableCopy() {
        List<String> source = new ArrayList<>(List.of("a", "b"));
        Page<String> page = Page.of(source, null);
        source.add("c");

        assertThat(page.items()).containsExactly("a", "b");
        assertThatThrownBy(() -> page.items().add("x")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void nextPageThrowsTheSdkExceptionNotCompletionException() {
        Page<String> failed = Page.of(List.of("a"), () -> CompletableFuture.failedFuture(new ServerException("down")));
        Page<String> wrapped = Page.of(List.of("a"), () -> CompletableFuture.<Page<String>>completedFuture(null)
                .thenApply(p -> {
                    throw new NotFoundException("gone");
                }));

        assertThatThrownBy(failed::nextPage).isExactlyInstanceOf(ServerException.class).hasMessage("down");
        assertThatThrownBy(wrapped::nextPage).isExactlyInstanceOf(NotFoundException.class).hasMessage("gone");
    }

    @Test
    void fetcherThrowingSynchronouslyFailsTheAsyncFuture() {
        Page<String> page = Page.of(List.of("a"), () -> {
            throw new ValidationException("bad");
        });

        CompletableFuture<Page<String>> next = page.nextPageAsync();

        assertThatThrownBy(next::join).isInstanceOf(CompletionException.class)
                .hasCauseExactlyInstanceOf(ValidationException.class);
        assertThatThrownBy(page::nextPage).isExactlyInstanceOf(ValidationException.class);
    }
}
