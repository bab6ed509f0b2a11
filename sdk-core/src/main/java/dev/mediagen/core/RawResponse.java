package dev.mediagen.core;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * A parsed body together with its {@link ResponseInfo}. Any SDK call that accepts {@link RequestOptions} can be
 * captured: {@code RawResponse<Task> raw = RawResponse.capture(opts -> client.tasks().get(id, opts));}
 */
public final class RawResponse<T> {
    private final T body;
    private final ResponseInfo info;

    /** Pairs a body with its response info. */
    public RawResponse(T body, ResponseInfo info) {
        this.body = body;
        this.info = Objects.requireNonNull(info, "info");
    }

    /** Runs a blocking call with options that record its response, and returns the body with that record. */
    public static <T> RawResponse<T> capture(Function<RequestOptions, T> call) {
        return capture(RequestOptions.none(), call);
    }

    /** Like {@link #capture(Function)}, on top of the caller's own options. */
    public static <T> RawResponse<T> capture(RequestOptions base, Function<RequestOptions, T> call) {
        AtomicReference<ResponseInfo> seen = new AtomicReference<>();
        T body = call.apply(base.toBuilder().responseListener(seen::set).build());
        return new RawResponse<>(body, requireSeen(seen));
    }

    /** Runs an asynchronous call with options that record its response. */
    public static <T> CompletableFuture<RawResponse<T>> captureAsync(Function<RequestOptions, CompletableFuture<T>> call) {
        AtomicReference<ResponseInfo> seen = new AtomicReference<>();
        return call.apply(RequestOptions.builder().responseListener(seen::set).build())
                .thenApply(body -> new RawResponse<>(body, requireSeen(seen)));
    }

    private static ResponseInfo requireSeen(AtomicReference<ResponseInfo> seen) {
        ResponseInfo info = seen.get();
        if (info == null) {
            throw new IllegalStateException("The call made no HTTP request with these options");
        }
        return info;
    }

    /** The parsed body. */
    public T body() {
        return body;
    }

    /** Status, headers, request id and rate-limit state. */
    public ResponseInfo info() {
        return info;
    }

    /** The HTTP status. */
    public int statusCode() {
        return info.statusCode();
    }

    /** The response headers. */
    public Headers headers() {
        return info.headers();
    }

    @Override
    public String toString() {
        return "RawResponse{info=" + info + ", body=" + body + "}";
    }
}
