package dev.mediagen.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

class FuturesTest {
    @Test
    void joinRethrowsTheSdkExceptionUnwrapped() {
        NotFoundException cause = new NotFoundException("gone");
        CompletableFuture<Object> failed = CompletableFuture.supplyAsync(() -> {
            throw cause;
        });
        assertThatThrownBy(() -> Futures.join(failed)).isSameAs(cause);
        assertThat(Futures.unwrap(new CompletionException(cause))).isSameAs(cause);
    }

    @Test
    void cancellingAComposedFutureCancelsTheRunningStage() {
        CompletableFuture<String> create = new CompletableFuture<>();
        CompletableFuture<String> wait = new CompletableFuture<>();
        CompletableFuture<String> both = Futures.composeCancellable(create, created -> wait);

        create.complete("job-1");
        both.cancel(true);

        assertThat(wait).isCancelled();
    }

    @Test
    void cancellingBeforeTheFirstStageFinishesCancelsIt() {
        CompletableFuture<String> create = new CompletableFuture<>();
        CompletableFuture<String> both = Futures.composeCancellable(create, created -> new CompletableFuture<>());

        both.cancel(true);

        assertThat(create).isCancelled();
    }

    @Test
    void theSecondStagesResultAndErrorsPassThrough() {
        CompletableFuture<String> ok = Futures.composeCancellable(CompletableFuture.completedFuture("a"),
                a -> CompletableFuture.completedFuture(a + "b"));
        assertThat(ok.join()).isEqualTo("ab");
        CompletableFuture<String> failed = Futures.composeCancellable(CompletableFuture.completedFuture("a"),
                a -> CompletableFuture.failedFuture(new ServerException("boom")));
        assertThatThrownBy(() -> Futures.join(failed)).isInstanceOf(ServerException.class);
    }
}
