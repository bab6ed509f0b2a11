package dev.mediagen.core.auth;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * Bearer auth with a short-lived token: fetched on first use, cached, refreshed {@code refreshAhead} before it
 * expires and once after a 401. Concurrent callers share a single in-flight refresh.
 */
public final class RefreshingTokenAuth implements AuthProvider {
    private final TokenSource source;
    private final Clock clock;
    private final Duration refreshAhead;
    private final Object lock = new Object();
    private CompletableFuture<AccessToken> current;

    /** Creates the provider; {@code clock} decides when a token is about to expire. */
    public RefreshingTokenAuth(TokenSource source, Clock clock, Duration refreshAhead) {
        this.source = Objects.requireNonNull(source, "source");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.refreshAhead = Objects.requireNonNull(refreshAhead, "refreshAhead");
    }

    @Override
    public CompletableFuture<String> authorization() {
        return token().thenApply(token -> "Bearer " + token.token());
    }

    /** The current token, fetching or refreshing it when needed. */
    public CompletableFuture<AccessToken> token() {
        synchronized (lock) {
            if (current == null || isStale(current)) {
                current = fetchShared();
            }
            return current;
        }
    }

    @Override
    public boolean onUnauthorized(String rejectedValue) {
        synchronized (lock) {
            if (current != null && current.isDone() && !current.isCompletedExceptionally()
                    && rejectedValue.equals("Bearer " + current.join().token())) {
                current = null;
            }
        }
        return true;
    }

    private boolean isStale(CompletableFuture<AccessToken> token) {
        if (!token.isDone()) {
            return false;
        }
        if (token.isCompletedExceptionally()) {
            return true;
        }
        return !clock.instant().isBefore(token.join().expiresAt().minus(refreshAhead));
    }

    private CompletableFuture<AccessToken> fetchShared() {
        CompletableFuture<AccessToken> fetched;
        try {
            fetched = source.fetch();
        } catch (RuntimeException e) {
            fetched = CompletableFuture.failedFuture(e);
        }
        return fetched;
    }

    @Override
    public String toString() {
        return "RefreshingTokenAuth[redacted]";
    }
}
