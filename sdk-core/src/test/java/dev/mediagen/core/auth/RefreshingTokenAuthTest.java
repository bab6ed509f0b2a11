package dev.mediagen.core.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mediagen.core.Futures;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RefreshingTokenAuthTest {
    private static final Instant T0 = Instant.parse("2026-03-01T00:00:00Z");

    private final MutableClock clock = new MutableClock(T0);
    private final AtomicInteger fetches = new AtomicInteger();
    private final List<CompletableFuture<AccessToken>> pending = new ArrayList<>();

    private final TokenSource source = () -> {
        int n = fetches.incrementAndGet();
        CompletableFuture<AccessToken> token = new CompletableFuture<>();
        pending.add(token);
        return token;
    };

    private void issue(int index, String value, Duration ttl) {
        pending.get(index).complete(new AccessToken(value, clock.instant().plus(ttl)));
    }

    @Test
    void concurrentCallersShareOneFetch() {
        RefreshingTokenAuth auth = new RefreshingTokenAuth(source, clock, Duration.ofMinutes(1));

        CompletableFuture<String> a = auth.authorization();
        CompletableFuture<String> b = auth.authorization();
        CompletableFuture<String> c = auth.authorization();
        issue(0, "tok-1", Duration.ofMinutes(15));

        assertThat(fetches).hasValue(1);
        assertThat(List.of(a.join(), b.join(), c.join())).containsOnly("Bearer tok-1");
    }

    @Test
    void refreshesAheadOfExpiryButNotBefore() {
        RefreshingTokenAuth auth = new RefreshingTokenAuth(source, clock, Duration.ofMinutes(1));
        auth.authorization();
        issue(0, "tok-1", Duration.ofMinutes(15));

        clock.now = T0.plus(Duration.ofMinutes(13));
        assertThat(auth.authorization().join()).isEqualTo("Bearer tok-1");
        assertThat(fetches).hasValue(1);

        clock.now = T0.plus(Duration.ofMinutes(14));
        CompletableFuture<String> refreshed = auth.authorization();
        assertThat(fetches).hasValue(2);
        issue(1, "tok-2", Duration.ofMinutes(15));
        assertThat(refreshed.join()).isEqualTo("Bearer tok-2");
    }

    @Test
    void a401InvalidatesOnlyTheRejectedToken() {
        RefreshingTokenAuth auth = new RefreshingTokenAuth(source, clock, Duration.ofMinutes(1));
        auth.authorization();
        issue(0, "tok-1", Duration.ofMinutes(15));

        assertThat(auth.onUnauthorized("Bearer stale-other")).isTrue();
        assertThat(auth.authorization().join()).isEqualTo("Bearer tok-1");
        assertThat(auth.onUnauthorized("Bearer tok-1")).isTrue();
        CompletableFuture<String> next = auth.authorization();
        issue(1, "tok-2", Duration.ofMinutes(15));
        assertThat(next.join()).isEqualTo("Bearer tok-2");
        assertThat(fetches).hasValue(2);
    }

    @Test
    void aFailedFetchFailsTheCallersAndTheNextCallFetchesAgain() {
        RefreshingTokenAuth auth = new RefreshingTokenAuth(source, clock, Duration.ofMinutes(1));
        CompletableFuture<String> first = auth.authorization();
        pending.get(0).completeExceptionally(new IllegalStateException("exchange down"));

        assertThatThrownBy(() -> Futures.join(first)).hasMessage("exchange down");
        CompletableFuture<String> second = auth.authorization();
        issue(1, "tok-2", Duration.ofMinutes(15));
        assertThat(second.join()).isEqualTo("Bearer tok-2");
    }

    @Test
    void secretsNeverAppearInToString() {
        assertThat(new AccessToken("tok-secret-123", T0).toString()).doesNotContain("tok-secret-123");
        assertThat(AuthProvider.bearer("sk_live_secret_key").toString()).doesNotContain("sk_live_secret_key");
        assertThatThrownBy(() -> AuthProvider.bearer(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AuthProvider.bearer("key with space")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("key with space");
    }

    static final class MutableClock extends java.time.Clock {
        volatile Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return java.time.ZoneOffset.UTC;
        }

        @Override
        public java.time.Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
