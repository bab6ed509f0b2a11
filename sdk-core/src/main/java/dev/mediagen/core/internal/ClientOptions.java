package dev.mediagen.core.internal;

import dev.mediagen.core.RateLimit;
import dev.mediagen.core.RetryPolicy;
import dev.mediagen.core.auth.AuthProvider;
import dev.mediagen.core.time.Scheduler;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;

/** The settings of one client, as collected by its builder. */
public final class ClientOptions {
    final String baseUrl;
    final AuthProvider auth;
    final Duration connectTimeout;
    final Duration readTimeout;
    final Duration callTimeout;
    final RetryPolicy retryPolicy;
    final int maxInFlight;
    final int maxDownloads;
    final Executor callbackExecutor;
    final Scheduler scheduler;
    final Map<String, RateLimit> rateLimitOverrides;
    final boolean clientSideRateLimiting;
    final okhttp3.Call.Factory callFactory;

    /** Creates the options; nulls mean "the SDK's default" where a default exists. */
    public ClientOptions(String baseUrl, AuthProvider auth, Duration connectTimeout, Duration readTimeout,
                         Duration callTimeout, RetryPolicy retryPolicy, int maxInFlight, int maxDownloads,
                         Executor callbackExecutor, Scheduler scheduler, Map<String, RateLimit> rateLimitOverrides,
                         boolean clientSideRateLimiting, okhttp3.Call.Factory callFactory) {
        this.baseUrl = stripTrailingSlash(baseUrl);
        this.auth = auth;
        this.connectTimeout = connectTimeout;
        this.readTimeout = readTimeout;
        this.callTimeout = callTimeout;
        this.retryPolicy = retryPolicy;
        this.maxInFlight = maxInFlight;
        this.maxDownloads = maxDownloads;
        this.callbackExecutor = callbackExecutor;
        this.scheduler = scheduler;
        this.rateLimitOverrides = Map.copyOf(rateLimitOverrides);
        this.clientSideRateLimiting = clientSideRateLimiting;
        this.callFactory = callFactory;
    }

    private static String stripTrailingSlash(String url) {
        String result = url;
        while (result.endsWith("/")) {
            result = result.substring(0, result.length() - 1);
        }
        return result;
    }

    /** The base URL without a trailing slash. */
    public String baseUrl() {
        return baseUrl;
    }

    /** The auth provider, if one was configured. */
    public Optional<AuthProvider> auth() {
        return Optional.ofNullable(auth);
    }

    /** The client's retry policy. */
    public RetryPolicy retryPolicy() {
        return retryPolicy;
    }

    /** The most calls handed to the HTTP engine at once. */
    public int maxInFlight() {
        return maxInFlight;
    }
}
