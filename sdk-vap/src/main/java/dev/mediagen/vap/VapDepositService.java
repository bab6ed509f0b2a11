package dev.mediagen.vap;

import dev.mediagen.core.Futures;
import dev.mediagen.core.RequestOptions;
import dev.mediagen.core.internal.ApiRequest;
import dev.mediagen.core.internal.ApiRuntime;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * Deposits: {@code POST /v3/deposits/init} starts one; it is credited once paid (manual: after verification by VAP,
 * crypto: after chain confirmation, card: at once). A deposit of at least 1.00 USD unlocks Tier 1.
 */
public final class VapDepositService {
    private final ApiRuntime runtime;

    VapDepositService(ApiRuntime runtime) {
        this.runtime = runtime;
    }

    /**
     * Starts a deposit.
     *
     * @throws dev.mediagen.core.ValidationException before sending when the amount is below 1.00
     */
    public Deposit init(DepositParams params) {
        return init(params, RequestOptions.none());
    }

    /** Starts a deposit with per-call options. */
    public Deposit init(DepositParams params, RequestOptions options) {
        return Futures.join(initAsync(params, options));
    }

    /** Starts a deposit asynchronously. */
    public CompletableFuture<Deposit> initAsync(DepositParams params) {
        return initAsync(params, RequestOptions.none());
    }

    /**
     * Starts a deposit asynchronously with per-call options. VAP takes no idempotency key here, so it is re-sent only
     * when VAP provably never received it.
     */
    public CompletableFuture<Deposit> initAsync(DepositParams params, RequestOptions options) {
        Objects.requireNonNull(params, "params");
        ApiRequest request = ApiRequest.post("/v3/deposits/init").json(params).endpointClass(VapProfile.AGENT)
                .paidWork(null).build();
        return runtime.call(request, options, VapResponses.json(runtime, Deposit.class, Deposit::isValid, "deposit_id"));
    }
}
