package dev.mediagen.core;

import dev.mediagen.core.auth.AuthProvider;
import dev.mediagen.core.internal.ClientOptions;
import dev.mediagen.core.time.Scheduler;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Function;

/**
 * The settings every vendor client shares. A vendor's {@code XxxClient.Builder} extends this and adds only what
 * is specific to that vendor.
 *
 * @param <B> the concrete builder type, returned by every setter
 */
public abstract class ClientBuilder<B extends ClientBuilder<B>> {
    private final String envPrefix;
    private String baseUrl;
    private AuthProvider auth;
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration readTimeout = Duration.ofSeconds(60);
    private Duration callTimeout = Duration.ofSeconds(120);
    private RetryPolicy retryPolicy = RetryPolicy.defaults();
    private int maxInFlight = 64;
    private int maxDownloads = 4;
    private Executor callbackExecutor;
    private Scheduler scheduler;
    private final Map<String, RateLimit> rateLimitOverrides = new LinkedHashMap<>();
    private boolean clientSideRateLimiting = true;
    private okhttp3.Call.Factory callFactory;
    private Function<String, String> environment = System::getenv;

    /** Creates a builder with the vendor's public base URL and environment-variable prefix (e.g. {@code VAP}). */
    protected ClientBuilder(String defaultBaseUrl, String envPrefix) {
        this.baseUrl = defaultBaseUrl;
        this.envPrefix = envPrefix;
    }

    @SuppressWarnings("unchecked")
    private B self() {
        return (B) this;
    }

    /** Authenticates with a static API key sent as a bearer token. */
    public B apiKey(String apiKey) {
        this.auth = AuthProvider.bearer(apiKey);
        return self();
    }

    /** Authenticates with a custom provider (e.g. a refreshing token). */
    public B auth(AuthProvider auth) {
        this.auth = Objects.requireNonNull(auth, "auth");
        return self();
    }

    /** The API's base URL (a simulator's URL in tests). */
    public B baseUrl(String baseUrl) {
        Objects.requireNonNull(baseUrl, "baseUrl");
        URI uri = URI.create(baseUrl);
        if (uri.getScheme() == null || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))
                || uri.getHost() == null) {
            throw new IllegalArgumentException("baseUrl must be an absolute http(s) URL: " + baseUrl);
        }
        this.baseUrl = baseUrl;
        return self();
    }

    /**
     * Reads {@code <PREFIX>_API_KEY} and {@code <PREFIX>_BASE_URL} from the environment; the key is required.
     *
     * @throws IllegalStateException when the API key variable is not set
     */
    public B fromEnv() {
        String key = environment.apply(envPrefix + "_API_KEY");
        if (key == null || key.isBlank()) {
            throw new IllegalStateException(envPrefix + "_API_KEY is not set");
        }
        apiKey(key.trim());
        String url = environment.apply(envPrefix + "_BASE_URL");
        if (url != null && !url.isBlank()) {
            baseUrl(url.trim());
        }
        return self();
    }

    /** Replaces the environment lookup used by {@link #fromEnv()} (for tests). */
    public B environment(Function<String, String> environment) {
        this.environment = Objects.requireNonNull(environment, "environment");
        return self();
    }

    /** Timeout for establishing a connection. */
    public B connectTimeout(Duration timeout) {
        this.connectTimeout = positive(timeout, "connectTimeout");
        return self();
    }

    /** Timeout between bytes while reading a response. */
    public B readTimeout(Duration timeout) {
        this.readTimeout = positive(timeout, "readTimeout");
        return self();
    }

    /** Timeout for one whole attempt (connect, send, read). */
    public B callTimeout(Duration timeout) {
        this.callTimeout = positive(timeout, "callTimeout");
        return self();
    }

    /** The retry policy of every call (overridable per call with {@link RequestOptions}). */
    public B retryPolicy(RetryPolicy retryPolicy) {
        this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
        return self();
    }

    /** Shorthand for the default policy with this many retries. */
    public B maxRetries(int maxRetries) {
        this.retryPolicy = retryPolicy.toBuilder().maxRetries(maxRetries).build();
        return self();
    }

    /** The most API calls in flight at once (default 64); more are queued without threads. */
    public B maxInFlightRequests(int maxInFlight) {
        if (maxInFlight < 1) {
            throw new IllegalArgumentException("maxInFlightRequests must be >= 1");
        }
        this.maxInFlight = maxInFlight;
        return self();
    }

    /** The most media downloads at once (default 4), on their own connections so they never starve API calls. */
    public B maxConcurrentDownloads(int maxDownloads) {
        if (maxDownloads < 1) {
            throw new IllegalArgumentException("maxConcurrentDownloads must be >= 1");
        }
        this.maxDownloads = maxDownloads;
        return self();
    }

    /** The executor that completes returned futures and runs listeners (default: a small pool owned by the client). */
    public B callbackExecutor(Executor executor) {
        this.callbackExecutor = Objects.requireNonNull(executor, "executor");
        return self();
    }

    /** The scheduler for retries, polling and pacing (default: a system scheduler owned by the client). */
    public B scheduler(Scheduler scheduler) {
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        return self();
    }

    /** Overrides (or adds) the client-side limit of one endpoint class. */
    public B rateLimit(String endpointClass, RateLimit limit) {
        rateLimitOverrides.put(Objects.requireNonNull(endpointClass), Objects.requireNonNull(limit));
        return self();
    }

    /** Turns client-side pacing to the vendor's documented limits on or off (default on). */
    public B clientSideRateLimiting(boolean enabled) {
        this.clientSideRateLimiting = enabled;
        return self();
    }

    /**
     * Advanced: the OkHttp call factory to send through (an instrumented {@code OkHttpClient}, or a wrapper).
     * This is the only place OkHttp appears in the SDK's API. With a plain {@code Call.Factory} the SDK cannot size
     * OkHttp's dispatcher; give an {@code OkHttpClient} to let it.
     */
    public B callFactory(okhttp3.Call.Factory callFactory) {
        this.callFactory = Objects.requireNonNull(callFactory, "callFactory");
        return self();
    }

    /** The collected settings, for the vendor's {@code build()}. */
    protected ClientOptions options() {
        return new ClientOptions(baseUrl, auth, connectTimeout, readTimeout, callTimeout, retryPolicy, maxInFlight,
                maxDownloads, callbackExecutor, scheduler, rateLimitOverrides, clientSideRateLimiting, callFactory);
    }

    private static Duration positive(Duration d, String name) {
        Objects.requireNonNull(d, name);
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(name + " must be positive");
        }
        return d;
    }
}
