package dev.mediagen.core.internal;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mediagen.core.Futures;
import dev.mediagen.core.RateLimit;
import dev.mediagen.core.RequestOptions;
import dev.mediagen.core.RetryPolicy;
import dev.mediagen.core.auth.AuthProvider;
import dev.mediagen.core.download.Downloader;
import dev.mediagen.core.time.Scheduler;
import dev.mediagen.core.time.SystemScheduler;
import dev.mediagen.core.wait.JobWaiter;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.DoubleSupplier;
import okhttp3.Call;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;

/**
 * The engine under every vendor client: it sends {@link ApiRequest}s through the layers of the design
 * (rate limiter, retries, in-flight bound, auth, OkHttp) and owns the client's threads, scheduler and pools.
 */
public final class ApiRuntime implements AutoCloseable {
    private final VendorProfile profile;
    private final ClientOptions options;
    private final Call.Factory apiCalls;
    private final Call.Factory downloadCalls;
    private final Scheduler scheduler;
    private final Executor callbackExecutor;
    private final InFlightLimiter inFlight;
    private final RateLimiter rateLimiter;
    private final String userAgent;
    private final JobWaiter waiter;
    private final Downloader downloader;
    private volatile DoubleSupplier random = () -> ThreadLocalRandom.current().nextDouble();
    private final AutoCloseable[] owned;

    private ApiRuntime(VendorProfile profile, ClientOptions options) {
        this.profile = profile;
        this.options = options;
        this.userAgent = UserAgent.forVendor(profile.name());
        String prefix = "mediagen-" + profile.name();

        SystemScheduler ownScheduler = options.scheduler == null ? new SystemScheduler(1, prefix + "-scheduler") : null;
        this.scheduler = ownScheduler != null ? ownScheduler : options.scheduler;

        ThreadPoolExecutor ownCallbacks = null;
        if (options.callbackExecutor == null) {
            ownCallbacks = new ThreadPoolExecutor(2, 2, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                    DaemonThreads.named(prefix + "-callback"));
            ownCallbacks.allowCoreThreadTimeOut(true);
        }
        this.callbackExecutor = ownCallbacks != null ? ownCallbacks : options.callbackExecutor;

        ExecutorService apiThreads = httpThreads(prefix + "-http");
        ExecutorService downloadThreads = httpThreads(prefix + "-download");
        if (options.callFactory == null || options.callFactory instanceof OkHttpClient) {
            OkHttpClient base = options.callFactory == null
                    ? new OkHttpClient.Builder().connectionPool(new ConnectionPool(options.maxInFlight, 5, TimeUnit.MINUTES)).build()
                    : (OkHttpClient) options.callFactory;
            OkHttpClient api = base.newBuilder()
                    .dispatcher(dispatcher(apiThreads, options.maxInFlight))
                    .connectTimeout(options.connectTimeout)
                    .readTimeout(options.readTimeout)
                    .writeTimeout(options.readTimeout)
                    .callTimeout(options.callTimeout)
                    // Re-sending is the retry policy's decision alone: OkHttp must never silently replay a paid POST.
                    .retryOnConnectionFailure(false)
                    .build();
            this.apiCalls = api;
            this.downloadCalls = api.newBuilder()
                    .dispatcher(dispatcher(downloadThreads, options.maxDownloads))
                    .callTimeout(Duration.ZERO)
                    .retryOnConnectionFailure(true)
                    .build();
        } else {
            this.apiCalls = options.callFactory;
            this.downloadCalls = options.callFactory;
        }
        this.inFlight = new InFlightLimiter(options.maxInFlight);

        Map<String, RateLimit> limits = new LinkedHashMap<>();
        if (options.clientSideRateLimiting) {
            limits.putAll(profile.rateLimits());
            limits.putAll(options.rateLimitOverrides);
        }
        this.rateLimiter = new RateLimiter(limits, scheduler, Duration.ofMillis(50));
        this.waiter = new JobWaiter(scheduler, callbackExecutor);
        this.downloader = new OkHttpDownloader(downloadCalls, callbackExecutor, java.time.Clock.systemUTC());

        ThreadPoolExecutor finalCallbacks = ownCallbacks;
        this.owned = new AutoCloseable[] {
            () -> apiThreads.shutdown(),
            () -> downloadThreads.shutdown(),
            () -> {
                if (finalCallbacks != null) {
                    finalCallbacks.shutdown();
                }
            },
            () -> {
                if (ownScheduler != null) {
                    ownScheduler.close();
                }
            },
            () -> {
                if (apiCalls instanceof OkHttpClient && options.callFactory == null) {
                    ((OkHttpClient) apiCalls).connectionPool().evictAll();
                }
            }
        };
    }

    /** Creates the runtime of one client. */
    public static ApiRuntime create(VendorProfile profile, ClientOptions options) {
        return new ApiRuntime(profile, options);
    }

    private static ExecutorService httpThreads(String name) {
        // Threads are created per running call up to the dispatcher's limit, which the in-flight bound keeps fixed.
        return new ThreadPoolExecutor(0, Integer.MAX_VALUE, 60, TimeUnit.SECONDS, new SynchronousQueue<>(),
                DaemonThreads.named(name));
    }

    private static Dispatcher dispatcher(ExecutorService threads, int limit) {
        Dispatcher dispatcher = new Dispatcher(threads);
        dispatcher.setMaxRequests(limit);
        dispatcher.setMaxRequestsPerHost(limit);
        return dispatcher;
    }

    /**
     * Sends a call and completes the returned future on the callback executor. Cancelling the future cancels
     * the call (the HTTP exchange or the pending retry).
     */
    public <T> CompletableFuture<T> call(ApiRequest request, RequestOptions requestOptions, ResponseHandler<T> handler) {
        return onCallbackExecutor(send(request, requestOptions, handler));
    }

    /** Sends a call and completes the future on whatever thread finished it (for the SDK's internal chaining). */
    public <T> CompletableFuture<T> send(ApiRequest request, RequestOptions requestOptions, ResponseHandler<T> handler) {
        CallExecution<T> execution = new CallExecution<>(this, request, requestOptions, handler);
        execution.start();
        return execution.result();
    }

    /** Re-completes {@code source} on the callback executor; cancelling the result cancels the source. */
    public <T> CompletableFuture<T> onCallbackExecutor(CompletableFuture<T> source) {
        CompletableFuture<T> external = new CallbackFuture<>(source);
        source.whenComplete((value, error) -> callbackExecutor.execute(() -> {
            if (error != null) {
                external.completeExceptionally(Futures.unwrap(error));
            } else {
                external.complete(value);
            }
        }));
        external.whenComplete((value, error) -> {
            if (external.isCancelled()) {
                source.cancel(true);
            }
        });
        return external;
    }

    /** A handler that reads the whole body as {@code type} with the vendor's mapper. */
    public <T> ResponseHandler<T> json(Class<T> type) {
        ObjectMapper mapper = profile.json();
        return response -> mapper.readValue(response.body(), type);
    }

    /** A handler that reads the whole body as a generic type with the vendor's mapper. */
    public <T> ResponseHandler<T> json(TypeReference<T> type) {
        ObjectMapper mapper = profile.json();
        return response -> mapper.readValue(response.body(), type);
    }

    /** The vendor's conventions. */
    public VendorProfile profile() {
        return profile;
    }

    /** The client's settings. */
    public ClientOptions options() {
        return options;
    }

    /** The client's job waiter: one scheduler for every pending job. */
    public JobWaiter waiter() {
        return waiter;
    }

    /** The scheduler for delays and polling. */
    public Scheduler scheduler() {
        return scheduler;
    }

    /** The executor that completes user-facing futures. */
    public Executor callbackExecutor() {
        return callbackExecutor;
    }

    /** Streams result files to disk on the download connections (no API credentials are sent). */
    public Downloader downloader() {
        return downloader;
    }

    /** The call factory for media downloads (separate dispatcher, no API auth). */
    public Call.Factory downloadCalls() {
        return downloadCalls;
    }

    /** The in-flight bound (exposed for monitoring and benchmarks). */
    public InFlightLimiter inFlight() {
        return inFlight;
    }

    /** Replaces the jitter source (tests use a fixed value). */
    public void randomSource(DoubleSupplier random) {
        this.random = random;
    }

    Call.Factory apiCalls() {
        return apiCalls;
    }

    RateLimiter rateLimiter() {
        return rateLimiter;
    }

    String userAgent() {
        return userAgent;
    }

    double nextRandom() {
        return random.getAsDouble();
    }

    Optional<AuthProvider> auth() {
        return Optional.ofNullable(options.auth);
    }

    RetryPolicy policyFor(RequestOptions requestOptions) {
        return requestOptions.retryPolicy().orElse(options.retryPolicy);
    }

    /** Shuts down the threads and pools the client owns; a user-supplied scheduler or executor is left running. */
    @Override
    public void close() {
        for (AutoCloseable resource : owned) {
            try {
                resource.close();
            } catch (Exception ignored) {
                // Closing is best effort: one failing resource must not keep the others open.
            }
        }
    }
}
