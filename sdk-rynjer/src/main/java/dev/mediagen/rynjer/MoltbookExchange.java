package dev.mediagen.rynjer;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mediagen.core.AuthenticationException;
import dev.mediagen.core.ErrorDetails;
import dev.mediagen.core.MalformedResponseException;
import dev.mediagen.core.RequestOptions;
import dev.mediagen.core.auth.AccessToken;
import dev.mediagen.core.auth.TokenSource;
import dev.mediagen.core.internal.ApiRequest;
import dev.mediagen.core.internal.ApiRuntime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * Exchanges a Moltbook identity token for a Rynjer access token at {@code POST /auth/moltbook/exchange}.
 *
 * <p>Rynjer does not document this exchange's fields. The SDK sends the Moltbook identity token both as
 * {@code X-Moltbook-Identity} (Moltbook's header for presenting an identity to a service) and as the JSON body
 * {@code {"identity_token": "..."}}, without an {@code Authorization} header, and reads {@code data.access_token}
 * with {@code data.expires_in} (seconds) or {@code data.expires_at} (ISO-8601 or epoch seconds); with neither it
 * assumes the documented 15 minutes. The call goes through the client's runtime, so it is retried like any call.
 *
 * <p>The runtime needs the auth provider and the exchange needs the runtime: the client {@link #bind binds} the
 * runtime after creating it, and {@link #clock()} reads the runtime's scheduler clock once bound.
 */
final class MoltbookExchange implements TokenSource {
    static final String PATH = "/auth/moltbook/exchange";
    static final String IDENTITY_HEADER = "X-Moltbook-Identity";
    static final Duration DEFAULT_LIFETIME = Duration.ofMinutes(15);

    private final Supplier<String> identityTokens;
    private final Clock clock = new RuntimeClock();
    private volatile ApiRuntime runtime;

    MoltbookExchange(Supplier<String> identityTokens) {
        this.identityTokens = Objects.requireNonNull(identityTokens, "identityTokens");
    }

    /** Sets the runtime the exchange is sent through. */
    void bind(ApiRuntime runtime) {
        this.runtime = runtime;
    }

    /** The runtime's clock (the system clock until bound), for deciding when a token is about to expire. */
    Clock clock() {
        return clock;
    }

    @Override
    public CompletableFuture<AccessToken> fetch() {
        ApiRuntime bound = runtime;
        if (bound == null) {
            return CompletableFuture.failedFuture(new IllegalStateException("the Moltbook exchange is not bound to a client"));
        }
        String identity;
        try {
            identity = identityTokens.get();
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(new AuthenticationException("[rynjer] Could not get a Moltbook identity token: "
                    + e.getMessage(), ErrorDetails.none(), e));
        }
        if (identity == null || identity.isBlank()) {
            return CompletableFuture.failedFuture(new AuthenticationException("[rynjer] The Moltbook identity supplier returned no token"));
        }
        Instant sentAt = bound.scheduler().clock().instant();
        ApiRequest request = ApiRequest.post(PATH)
                .unauthenticated()
                .endpointClass("auth")
                .header(IDENTITY_HEADER, identity.trim())
                .json(Map.of("identity_token", identity.trim()))
                .build();
        return bound.send(request, RequestOptions.none(), RynjerEnvelope.data(data -> token(data, sentAt)));
    }

    private static AccessToken token(JsonNode data, Instant sentAt) {
        JsonNode token = data.get("access_token");
        if (token == null || !token.isTextual() || token.asText().isBlank()) {
            throw new MalformedResponseException("[rynjer] The Moltbook exchange returned no access_token");
        }
        return new AccessToken(token.asText(), expiry(data, sentAt));
    }

    private static Instant expiry(JsonNode data, Instant sentAt) {
        JsonNode expiresIn = data.get("expires_in");
        if (expiresIn != null && expiresIn.canConvertToLong() && expiresIn.asLong() > 0) {
            return sentAt.plusSeconds(expiresIn.asLong());
        }
        if (expiresIn != null && expiresIn.isTextual() && expiresIn.asText().matches("\\d+")) {
            return sentAt.plusSeconds(Long.parseLong(expiresIn.asText()));
        }
        JsonNode expiresAt = data.get("expires_at");
        if (expiresAt != null && expiresAt.canConvertToLong()) {
            long value = expiresAt.asLong();
            return value > 100_000_000_000L ? Instant.ofEpochMilli(value) : Instant.ofEpochSecond(value);
        }
        if (expiresAt != null && expiresAt.isTextual()) {
            try {
                return OffsetDateTime.parse(expiresAt.asText().trim()).toInstant();
            } catch (DateTimeParseException ignored) {
                // An unreadable expiry falls back to the documented lifetime.
            }
        }
        return sentAt.plus(DEFAULT_LIFETIME);
    }

    @Override
    public String toString() {
        return "MoltbookExchange[redacted]";
    }

    /** The bound runtime's scheduler clock, or the system clock before binding. */
    private final class RuntimeClock extends Clock {
        private Clock delegate() {
            ApiRuntime bound = runtime;
            return bound == null ? Clock.systemUTC() : bound.scheduler().clock();
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return delegate().withZone(zone);
        }

        @Override
        public Instant instant() {
            return delegate().instant();
        }
    }
}
