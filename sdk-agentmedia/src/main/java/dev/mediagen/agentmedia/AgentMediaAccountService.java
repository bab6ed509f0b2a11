package dev.mediagen.agentmedia;

import dev.mediagen.core.Futures;
import dev.mediagen.core.RequestOptions;
import dev.mediagen.core.internal.ApiRequest;
import dev.mediagen.core.internal.ApiRuntime;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/** The account: plan, credits and limits, and usage over the last 7, 30 or 90 days. */
public final class AgentMediaAccountService {
    private final ApiRuntime runtime;

    AgentMediaAccountService(ApiRuntime runtime) {
        this.runtime = runtime;
    }

    /** The plan, credit balance and limits. */
    public AccountInfo info() {
        return info(RequestOptions.none());
    }

    /** The plan, credit balance and limits, with per-call options. */
    public AccountInfo info(RequestOptions options) {
        return Futures.join(infoAsync(options));
    }

    /** The plan, credit balance and limits, asynchronously. */
    public CompletableFuture<AccountInfo> infoAsync() {
        return infoAsync(RequestOptions.none());
    }

    /** The plan, credit balance and limits, asynchronously with per-call options. */
    public CompletableFuture<AccountInfo> infoAsync(RequestOptions options) {
        return runtime.call(ApiRequest.get("/account").endpointClass(AgentMediaProfile.READ).build(), options,
                runtime.json(AccountInfo.class));
    }

    /** Usage over the last 30 days. */
    public UsageStats usage() {
        return usage(UsagePeriod.LAST_30_DAYS);
    }

    /** Usage over the period. */
    public UsageStats usage(UsagePeriod period) {
        return usage(period, RequestOptions.none());
    }

    /** Usage over the period, with per-call options. */
    public UsageStats usage(UsagePeriod period, RequestOptions options) {
        return Futures.join(usageAsync(period, options));
    }

    /** Usage over the period, asynchronously. */
    public CompletableFuture<UsageStats> usageAsync(UsagePeriod period) {
        return usageAsync(period, RequestOptions.none());
    }

    /** Usage over the period, asynchronously with per-call options. */
    public CompletableFuture<UsageStats> usageAsync(UsagePeriod period, RequestOptions options) {
        Objects.requireNonNull(period, "period");
        return runtime.call(ApiRequest.get("/account/usage").query("period", period.value())
                .endpointClass(AgentMediaProfile.READ).build(), options, runtime.json(UsageStats.class));
    }
}
