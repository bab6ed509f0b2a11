package dev.mediagen.videogen;

import dev.mediagen.core.Futures;
import dev.mediagen.core.RequestOptions;
import dev.mediagen.core.internal.ApiRequest;
import dev.mediagen.core.internal.ApiRuntime;
import dev.mediagen.videogen.model.Account;
import java.util.concurrent.CompletableFuture;

/** The account behind the API key ({@code GET /v1/me}). */
public final class VideoGenAccountService {
    private final ApiRuntime runtime;

    VideoGenAccountService(ApiRuntime runtime) {
        this.runtime = runtime;
    }

    /** The account and team of the API key: the cheapest check that the key works. */
    public Account me() {
        return me(RequestOptions.none());
    }

    /** The account, with per-call options. */
    public Account me(RequestOptions options) {
        return Futures.join(meAsync(options));
    }

    /** The account, asynchronously. */
    public CompletableFuture<Account> meAsync() {
        return meAsync(RequestOptions.none());
    }

    /** The account, asynchronously with per-call options. */
    public CompletableFuture<Account> meAsync(RequestOptions options) {
        return runtime.call(ApiRequest.get("/v1/me").build(), options, runtime.json(Account.class));
    }
}
