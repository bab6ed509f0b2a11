package dev.mediagen.vap;

import dev.mediagen.core.ConflictException;
import dev.mediagen.core.Futures;
import dev.mediagen.core.RequestOptions;
import dev.mediagen.core.internal.ApiRequest;
import dev.mediagen.core.internal.ApiRuntime;
import dev.mediagen.core.internal.ResponseHandler;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends a paid create whose idempotency key travels in the body. VAP answers a reused key with 409; when that 409
 * answers the SDK's own retry (an earlier attempt's response was lost) and names the job it belongs to, the job is
 * fetched and returned instead, so a dropped connection yields the one job that was created, never a second one.
 */
final class CreateCall {
    private static final Logger LOG = LoggerFactory.getLogger(CreateCall.class);

    private CreateCall() {
    }

    static <T> CompletableFuture<T> send(ApiRuntime runtime, ApiRequest create, RequestOptions options,
                                         ResponseHandler<T> handler, String idField,
                                         Function<String, CompletableFuture<T>> fetch) {
        AtomicInteger attempts = new AtomicInteger();
        RequestOptions tracked = options.toBuilder().responseListener(info -> {
            attempts.set(info.attempts());
            options.responseListener().ifPresent(listener -> listener.accept(info));
        }).build();
        CompletableFuture<T> result = new CompletableFuture<>();
        AtomicReference<CompletableFuture<?>> running = new AtomicReference<>();
        CompletableFuture<T> first = runtime.send(create, tracked, handler);
        running.set(first);
        first.whenComplete((value, error) -> {
            if (error == null) {
                result.complete(value);
                return;
            }
            RuntimeException failure = Futures.unwrap(error);
            if (!(failure instanceof ConflictException) || attempts.get() <= 1) {
                result.completeExceptionally(failure);
                return;
            }
            ConflictException conflict = (ConflictException) failure;
            Optional<String> id = Optional.ofNullable(conflict.details().extra().get(idField)).map(String::valueOf)
                    .filter(s -> !s.isBlank());
            if (id.isEmpty()) {
                result.completeExceptionally(new ConflictException(conflict.getMessage()
                        + " (an earlier attempt of this call was probably accepted but its response was lost;"
                        + " look the job up before creating it again)", conflict.details(), conflict));
                return;
            }
            LOG.debug("{} replayed after a lost response; fetching {} {}", create, idField, id.get());
            CompletableFuture<T> fetched = fetch.apply(id.get());
            running.set(fetched);
            fetched.whenComplete((job, fetchError) -> {
                if (fetchError != null) {
                    result.completeExceptionally(Futures.unwrap(fetchError));
                } else {
                    result.complete(job);
                }
            });
        });
        result.whenComplete((value, error) -> {
            if (result.isCancelled()) {
                running.get().cancel(true);
            }
        });
        return runtime.onCallbackExecutor(result);
    }
}
