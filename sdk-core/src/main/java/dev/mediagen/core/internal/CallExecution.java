package dev.mediagen.core.internal;

import dev.mediagen.core.AuthenticationException;
import dev.mediagen.core.ConnectionException;
import dev.mediagen.core.ErrorDetails;
import dev.mediagen.core.Futures;
import dev.mediagen.core.Headers;
import dev.mediagen.core.InsufficientCreditsException;
import dev.mediagen.core.MalformedResponseException;
import dev.mediagen.core.MediaGenException;
import dev.mediagen.core.RateLimitException;
import dev.mediagen.core.RateLimitState;
import dev.mediagen.core.RequestOptions;
import dev.mediagen.core.ResponseInfo;
import dev.mediagen.core.RetryPolicy;
import dev.mediagen.core.auth.AuthProvider;
import dev.mediagen.core.time.Scheduler;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The attempts of one logical call: pacing, auth, sending, and the retry decision after each failure. */
final class CallExecution<T> {
    static final String ATTEMPT_HEADER = "X-MediaGen-Attempt";
    private static final Logger LOG = LoggerFactory.getLogger("dev.mediagen.http");
    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

    private final ApiRuntime runtime;
    private final ApiRequest request;
    private final RequestOptions options;
    private final ResponseHandler<T> handler;
    private final RetryPolicy policy;
    private final CompletableFuture<T> result = new CompletableFuture<>();
    private final long startNanos = System.nanoTime();
    private byte[] body;
    private MediaType bodyType;
    private int attempt;
    private int retries;
    private boolean authRefreshed;
    private volatile Call currentCall;
    private volatile Scheduler.Cancellable pendingRetry;

    CallExecution(ApiRuntime runtime, ApiRequest request, RequestOptions options, ResponseHandler<T> handler) {
        this.runtime = runtime;
        this.request = request;
        this.options = options;
        this.handler = handler;
        this.policy = runtime.policyFor(options);
    }

    CompletableFuture<T> result() {
        return result;
    }

    void start() {
        result.whenComplete((value, error) -> {
            if (result.isCancelled()) {
                Call call = currentCall;
                if (call != null) {
                    call.cancel();
                }
                Scheduler.Cancellable retry = pendingRetry;
                if (retry != null) {
                    retry.cancel();
                }
            }
        });
        try {
            serializeBody();
        } catch (RuntimeException e) {
            result.completeExceptionally(e);
            return;
        }
        nextAttempt();
    }

    private void serializeBody() {
        if (request.jsonBody().isPresent()) {
            try {
                body = runtime.profile().json().writeValueAsBytes(request.jsonBody().get());
            } catch (IOException e) {
                throw new MediaGenException("Could not serialize the request body of " + request, e);
            }
            bodyType = JSON;
        } else if (request.rawBody().isPresent()) {
            body = request.rawBody().get();
            bodyType = request.rawContentType().map(MediaType::parse).orElse(null);
        }
    }

    private void nextAttempt() {
        if (result.isDone()) {
            return;
        }
        attempt++;
        runtime.rateLimiter().acquire(request.endpointClass().orElse(null), policy.maxServerDelay())
                .thenCompose(ignored -> authorization())
                .thenCompose(auth -> runtime.inFlight().acquire().thenApply(ignored -> auth))
                .whenComplete((auth, error) -> {
                    if (error != null) {
                        result.completeExceptionally(Futures.unwrap(error));
                    } else {
                        dispatch(auth);
                    }
                });
    }

    private CompletableFuture<String> authorization() {
        if (!request.authenticated()) {
            return CompletableFuture.completedFuture(null);
        }
        AuthProvider auth = runtime.auth().orElse(null);
        if (auth == null) {
            return CompletableFuture.failedFuture(new AuthenticationException("[" + runtime.profile().name()
                    + "] No API key configured: call apiKey(...) on the builder or set the vendor's _API_KEY variable"));
        }
        return auth.authorization();
    }

    private void dispatch(String authorization) {
        if (result.isDone()) {
            runtime.inFlight().release();
            return;
        }
        Call call;
        try {
            call = runtime.apiCalls().newCall(buildRequest(authorization));
        } catch (RuntimeException e) {
            runtime.inFlight().release();
            result.completeExceptionally(new MediaGenException("Could not build " + request + ": " + e.getMessage(), e));
            return;
        }
        options.timeout().ifPresent(timeout -> call.timeout().timeout(timeout.toMillis(), TimeUnit.MILLISECONDS));
        currentCall = call;
        Scheduler.Work work = runtime.scheduler().beginWork();
        long attemptStart = System.nanoTime();
        if (LOG.isDebugEnabled()) {
            LOG.debug("-> {} {} attempt {}", request.method(), describeTarget(), attempt);
        }
        call.enqueue(new Callback() {
            @Override
            public void onFailure(Call failed, IOException e) {
                runtime.inFlight().release();
                try {
                    onIoFailure(e, attemptStart);
                } finally {
                    work.end();
                }
            }

            @Override
            public void onResponse(Call done, Response response) {
                HttpResponse read;
                try (response) {
                    ResponseBody responseBody = response.body();
                    read = new HttpResponse(response.code(), toHeaders(response.headers()), responseBody.bytes());
                } catch (IOException e) {
                    runtime.inFlight().release();
                    try {
                        onIoFailure(e, attemptStart);
                    } finally {
                        work.end();
                    }
                    return;
                }
                runtime.inFlight().release();
                try {
                    onResponseRead(read, authorization, attemptStart);
                } finally {
                    work.end();
                }
            }
        });
    }

    private Request buildRequest(String authorization) {
        HttpUrl base = HttpUrl.get(request.absoluteUrl().orElse(runtime.options().baseUrl() + request.path()));
        HttpUrl.Builder url = base.newBuilder();
        request.query().forEach(url::addQueryParameter);
        Request.Builder builder = new Request.Builder().url(url.build())
                .header("User-Agent", runtime.userAgent())
                .header("Accept", "application/json")
                .header(ATTEMPT_HEADER, Integer.toString(attempt));
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        String idempotencyHeader = runtime.profile().idempotencyHeader();
        if (idempotencyHeader != null && request.idempotencyKey().isPresent()) {
            builder.header(idempotencyHeader, request.idempotencyKey().get());
        }
        request.headers().forEach(builder::header);
        options.headers().forEach(builder::header);
        RequestBody requestBody = null;
        if (body != null) {
            requestBody = RequestBody.create(body, bodyType);
        } else if (requiresBody(request.method())) {
            requestBody = RequestBody.create(new byte[0], null);
        }
        return builder.method(request.method(), requestBody).build();
    }

    private static boolean requiresBody(String method) {
        return method.equals("POST") || method.equals("PUT") || method.equals("PATCH");
    }

    private void onResponseRead(HttpResponse response, String authorization, long attemptStart) {
        Headers headers = response.headers();
        int status = response.statusCode();
        String endpointClass = request.endpointClass().orElse(null);
        RateLimitState rateLimit = ServerHints.rateLimit(headers, runtime.profile().resetFormat(),
                runtime.scheduler().clock()).orElse(null);
        runtime.rateLimiter().observe(endpointClass, rateLimit);
        String requestId = ServerHints.requestId(headers, runtime.profile().requestIdHeaders());
        if (LOG.isDebugEnabled()) {
            LOG.debug("<- {} {} {} in {} ms attempt {}{}", status, request.method(), describeTarget(),
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - attemptStart), attempt,
                    requestId == null ? "" : " request-id " + requestId);
        }
        ResponseInfo info = new ResponseInfo(status, headers, requestId, rateLimit, attempt,
                Duration.ofNanos(System.nanoTime() - startNanos));

        if (response.isSuccessful()) {
            notifyListener(info);
            try {
                result.complete(handler.handle(response));
            } catch (MediaGenException e) {
                result.completeExceptionally(e);
            } catch (Exception e) {
                result.completeExceptionally(malformed(response, requestId, e));
            }
            return;
        }

        AuthProvider auth = runtime.auth().orElse(null);
        if (status == 401 && authorization != null && auth != null && !authRefreshed && auth.onUnauthorized(authorization)) {
            authRefreshed = true;
            LOG.debug("401 on {}; refreshing credentials and retrying once", request);
            nextAttempt();
            return;
        }

        VendorError vendorError = decode(response);
        Duration serverDelay = ServerHints.retryAfter(headers, runtime.scheduler().clock()).orElse(null);
        if (serverDelay == null && status == 429 && rateLimit != null && rateLimit.reset().isPresent()) {
            Duration untilReset = Duration.between(runtime.scheduler().clock().instant(), rateLimit.reset().get());
            serverDelay = untilReset.isNegative() ? Duration.ZERO : untilReset;
        }
        if (status == 429) {
            runtime.rateLimiter().blockFor(endpointClass, serverDelay);
        }
        MediaGenException error = ExceptionFactory.fromResponse(runtime.profile().name(), response, vendorError, requestId,
                serverDelay, credential(authorization));
        retryOrFail(error, status, serverDelay, info);
    }

    private VendorError decode(HttpResponse response) {
        try {
            VendorError decoded = runtime.profile().errorDecoder().decode(response);
            return decoded == null ? VendorError.EMPTY : decoded;
        } catch (RuntimeException e) {
            return VendorError.EMPTY;
        }
    }

    private void onIoFailure(IOException e, long attemptStart) {
        if (result.isDone()) {
            return;
        }
        boolean timeout = e instanceof InterruptedIOException;
        boolean sent = !neverReachedServer(e);
        String what = timeout ? "timed out" : "failed";
        LOG.debug("x {} {} {} after {} ms attempt {}: {}", request.method(), describeTarget(), what,
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - attemptStart), attempt, e.toString());
        ConnectionException error = new ConnectionException("[" + runtime.profile().name() + "] " + request + " " + what
                + ": " + e.getMessage(), e, timeout, sent);
        retryOrFail(error, -1, null, null);
    }

    private static boolean neverReachedServer(IOException e) {
        if (e instanceof ConnectException || e instanceof UnknownHostException || e instanceof NoRouteToHostException) {
            return true;
        }
        String message = e.getMessage() == null ? "" : e.getMessage().toLowerCase(Locale.ROOT);
        return e instanceof SocketTimeoutException && message.contains("connect");
    }

    private void retryOrFail(MediaGenException error, int status, Duration serverDelay, ResponseInfo info) {
        if (!shouldRetry(error, status)) {
            fail(error, info);
            return;
        }
        if (serverDelay != null && serverDelay.compareTo(policy.maxServerDelay()) > 0) {
            fail(error instanceof RateLimitException ? error
                    : new RateLimitException(error.getMessage() + " (server asked to wait " + serverDelay + ")",
                            error.details(), error, serverDelay), info);
            return;
        }
        retries++;
        Duration delay = serverDelay != null ? serverDelay : policy.backoff(retries, runtime.nextRandom());
        LOG.debug("retrying {} in {} ms (retry {} of {}) after {}", request, delay.toMillis(), retries,
                policy.maxRetries(), error.getClass().getSimpleName());
        pendingRetry = runtime.scheduler().schedule(this::nextAttempt, delay);
        if (result.isCancelled()) {
            pendingRetry.cancel();
        }
    }

    private boolean shouldRetry(MediaGenException error, int status) {
        if (retries >= policy.maxRetries() || error instanceof InsufficientCreditsException) {
            return false;
        }
        boolean protectedByKey = !request.paidWork() || request.idempotencyKey().isPresent();
        if (error instanceof ConnectionException) {
            return protectedByKey || !((ConnectionException) error).isRequestSent();
        }
        if (!policy.isRetryableStatus(status)) {
            return false;
        }
        // A 429 proves the vendor refused the request before doing any work.
        return protectedByKey || status == 429;
    }

    private void fail(MediaGenException error, ResponseInfo info) {
        if (info != null) {
            notifyListener(info);
        }
        result.completeExceptionally(error);
    }

    private void notifyListener(ResponseInfo info) {
        options.responseListener().ifPresent(listener -> {
            try {
                listener.accept(info);
            } catch (RuntimeException e) {
                LOG.warn("response listener threw", e);
            }
        });
    }

    private MalformedResponseException malformed(HttpResponse response, String requestId, Exception cause) {
        ErrorDetails details = ErrorDetails.builder()
                .statusCode(response.statusCode())
                .requestId(requestId)
                .headers(response.headers())
                .rawBody(truncate(response.bodyText()))
                .vendor(runtime.profile().name())
                .build();
        String reason = cause.getMessage() == null ? cause.getClass().getSimpleName() : firstLine(cause.getMessage());
        return new MalformedResponseException("[" + runtime.profile().name() + "] Could not read the response of "
                + request + ": " + reason, details, cause);
    }

    private static String firstLine(String text) {
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }

    private static String truncate(String text) {
        return text.length() > 4000 ? text.substring(0, 4000) + "..." : text;
    }

    private String describeTarget() {
        return request.absoluteUrl().map(Redaction::url).orElse(request.path());
    }

    private static String credential(String authorization) {
        if (authorization == null) {
            return null;
        }
        int space = authorization.indexOf(' ');
        return space < 0 ? authorization : authorization.substring(space + 1);
    }

    private static Headers toHeaders(okhttp3.Headers headers) {
        Map<String, java.util.List<String>> map = headers.toMultimap();
        return Headers.of(map);
    }
}
