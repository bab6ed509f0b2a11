package dev.mediagen.rynjer;

import dev.mediagen.core.ConnectionException;
import dev.mediagen.core.Futures;
import dev.mediagen.core.MalformedResponseException;
import dev.mediagen.core.NotFoundException;
import dev.mediagen.core.RateLimitException;
import dev.mediagen.core.RequestOptions;
import dev.mediagen.core.ServerException;
import dev.mediagen.core.internal.ApiRequest;
import dev.mediagen.core.internal.ApiRuntime;
import dev.mediagen.core.internal.ResponseHandler;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Credits: the balance ({@code GET /v1/credits/balance}) and cost estimates ({@code POST /v1/credits/estimate}),
 * with the published {@link PriceTable} as an offline fallback.
 */
public final class RynjerCreditService {
    static final String BALANCE_PATH = "/v1/credits/balance";
    static final String ESTIMATE_PATH = "/v1/credits/estimate";

    private final ApiRuntime runtime;
    private final PriceTable priceTable;

    RynjerCreditService(ApiRuntime runtime, PriceTable priceTable) {
        this.runtime = runtime;
        this.priceTable = priceTable;
    }

    /** The account's credit balance. */
    public CreditBalance balance() {
        return balance(RequestOptions.none());
    }

    /** The account's credit balance, with per-call options. */
    public CreditBalance balance(RequestOptions options) {
        return Futures.join(balanceAsync(options));
    }

    /** The account's credit balance, asynchronously. */
    public CompletableFuture<CreditBalance> balanceAsync() {
        return balanceAsync(RequestOptions.none());
    }

    /** The account's credit balance, asynchronously, with per-call options. */
    public CompletableFuture<CreditBalance> balanceAsync(RequestOptions options) {
        ResponseHandler<CreditBalance> read = RynjerEnvelope.data(CreditBalance.class);
        return runtime.call(ApiRequest.get(BALANCE_PATH).endpointClass("read").build(), options, response -> {
            CreditBalance balance = read.handle(response);
            if (!balance.isPresent()) {
                throw new IllegalStateException("the balance response has no balance");
            }
            return balance;
        });
    }

    /** What a generation would cost, according to Rynjer. */
    public CreditEstimate estimate(EstimateParams params) {
        return estimate(params, RequestOptions.none());
    }

    /** What a generation would cost, according to Rynjer, with per-call options. */
    public CreditEstimate estimate(EstimateParams params, RequestOptions options) {
        return Futures.join(estimateAsync(params, options));
    }

    /** What a generation would cost, asynchronously. */
    public CompletableFuture<CreditEstimate> estimateAsync(EstimateParams params) {
        return estimateAsync(params, RequestOptions.none());
    }

    /** What a generation would cost, asynchronously, with per-call options. */
    public CompletableFuture<CreditEstimate> estimateAsync(EstimateParams params, RequestOptions options) {
        Objects.requireNonNull(params, "params");
        ResponseHandler<CreditEstimate> read = RynjerEnvelope.data(CreditEstimate.class);
        ApiRequest request = ApiRequest.post(ESTIMATE_PATH).endpointClass("read").json(body(params)).build();
        return runtime.call(request, options, response -> {
            CreditEstimate estimate = read.handle(response);
            if (!estimate.isPresent()) {
                throw new IllegalStateException("the estimate response has no estimated_credits");
            }
            return estimate;
        });
    }

    /** Rynjer's estimate, or the offline price table's when Rynjer cannot be reached or answers with a server error. */
    public CreditEstimate estimateWithFallback(EstimateParams params) {
        return estimateWithFallback(params, RequestOptions.none());
    }

    /** Like {@link #estimateWithFallback(EstimateParams)}, with per-call options. */
    public CreditEstimate estimateWithFallback(EstimateParams params, RequestOptions options) {
        return Futures.join(estimateWithFallbackAsync(params, options));
    }

    /** Like {@link #estimateWithFallback(EstimateParams)}, asynchronously. */
    public CompletableFuture<CreditEstimate> estimateWithFallbackAsync(EstimateParams params) {
        return estimateWithFallbackAsync(params, RequestOptions.none());
    }

    /**
     * Rynjer's estimate; when the call fails with a connection, server, rate-limit, not-found or unreadable-response
     * error and the price table knows the model, the offline estimate ({@link CreditEstimate#isOffline()}) instead.
     * Other errors (authentication, validation) are not hidden.
     */
    public CompletableFuture<CreditEstimate> estimateWithFallbackAsync(EstimateParams params, RequestOptions options) {
        CompletableFuture<CreditEstimate> result = new CompletableFuture<>();
        CompletableFuture<CreditEstimate> call = estimateAsync(params, options);
        call.whenComplete((estimate, error) -> {
            if (error == null) {
                result.complete(estimate);
                return;
            }
            RuntimeException cause = Futures.unwrap(error);
            Optional<CreditEstimate> offline = fallsBack(cause) ? priceTable.estimate(params) : Optional.empty();
            if (offline.isPresent()) {
                result.complete(offline.get());
            } else {
                result.completeExceptionally(cause);
            }
        });
        result.whenComplete((value, error) -> {
            if (result.isCancelled()) {
                call.cancel(true);
            }
        });
        return result;
    }

    /** The offline price table (the seed's published prices). */
    public PriceTable priceTable() {
        return priceTable;
    }

    private static boolean fallsBack(RuntimeException error) {
        return error instanceof ConnectionException || error instanceof ServerException
                || error instanceof RateLimitException || error instanceof NotFoundException
                || error instanceof MalformedResponseException;
    }

    private static Map<String, Object> body(EstimateParams params) {
        Map<String, Object> body = new LinkedHashMap<>();
        params.product().ifPresent(p -> body.put("product", p));
        body.put("model", params.model());
        params.units().ifPresent(u -> body.put("units", u));
        params.priceVersion().ifPresent(v -> body.put("price_version", v));
        return body;
    }
}
