package dev.mediagen.rynjer;

import dev.mediagen.core.ClientBuilder;
import dev.mediagen.core.VendorClient;
import dev.mediagen.core.auth.AuthProvider;
import dev.mediagen.core.auth.RefreshingTokenAuth;
import dev.mediagen.core.internal.ApiRuntime;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The client of Rynjer's Agent API ({@code https://rynjer.com}): generations, credits and the model catalog.
 *
 * <p>Authenticate with an API key ({@link Builder#apiKey}, or {@code RYNJER_API_KEY} through {@link #fromEnv()}), or
 * with a Moltbook identity ({@link Builder#moltbookIdentity(Supplier)}) that the client exchanges for a 15-minute
 * access token, refreshed by itself a minute before it expires and once after a 401; concurrent calls share one
 * exchange.
 *
 * <pre>{@code
 * try (RynjerClient rynjer = RynjerClient.fromEnv()) {
 *     Generation done = rynjer.generations().generateAndWait(GenerateParams.builder()
 *             .model("nano-banana-pro").prompt("a lighthouse at dawn").units(Units.count(4)).build());
 *     done.outputUrls().forEach(System.out::println);
 * }
 * }</pre>
 */
public final class RynjerClient extends VendorClient {
    /** The public base URL. */
    public static final String DEFAULT_BASE_URL = "https://rynjer.com";
    /** How long before expiry a Moltbook access token is refreshed. */
    public static final Duration TOKEN_REFRESH_AHEAD = Duration.ofMinutes(1);

    private final RynjerGenerationService generations;
    private final RynjerCreditService credits;
    private final RynjerModelService models;

    private RynjerClient(ApiRuntime runtime) {
        super(runtime);
        this.generations = new RynjerGenerationService(runtime);
        this.credits = new RynjerCreditService(runtime, PriceTable.standard());
        this.models = new RynjerModelService(runtime);
    }

    /** A builder with the public base URL. */
    public static Builder builder() {
        return new Builder();
    }

    /** A client configured from {@code RYNJER_API_KEY} (required) and {@code RYNJER_BASE_URL} (optional). */
    public static RynjerClient fromEnv() {
        return builder().fromEnv().build();
    }

    /** Generations: generate, get, wait. */
    public RynjerGenerationService generations() {
        return generations;
    }

    /** Credits: balance and estimates. */
    public RynjerCreditService credits() {
        return credits;
    }

    /** The model catalog. */
    public RynjerModelService models() {
        return models;
    }




    /** Builds a {@link RynjerClient}; the last authentication setter called wins. */
    public static final class Builder extends ClientBuilder<Builder> {
        private Supplier<String> moltbookIdentity;

        private Builder() {
            super(DEFAULT_BASE_URL, "RYNJER");
        }

        /** Authenticates with a Rynjer API key sent as a bearer token. */
        @Override
        public Builder apiKey(String apiKey) {
            this.moltbookIdentity = null;
            return super.apiKey(apiKey);
        }

        /** Authenticates with a custom provider. */
        @Override
        public Builder auth(AuthProvider auth) {
            this.moltbookIdentity = null;
            return super.auth(auth);
        }

        /**
         * Authenticates as a Moltbook agent with one identity token. Moltbook identity tokens expire (after an hour),
         * so long-running clients should use {@link #moltbookIdentity(Supplier)} to mint a fresh one per exchange.
         */
        public Builder moltbookIdentity(String identityToken) {
            if (identityToken == null || identityToken.isBlank()) {
                throw new IllegalArgumentException("Moltbook identity token must not be blank");
            }
            return moltbookIdentity(() -> identityToken);
        }

        /**
         * Authenticates as a Moltbook agent: {@code identityTokens} is asked for a Moltbook identity token on each
         * exchange at {@code POST /auth/moltbook/exchange} (on first use, before the access token expires, and
         * after a 401).
         */
        public Builder moltbookIdentity(Supplier<String> identityTokens) {
            Objects.requireNonNull(identityTokens, "identityTokens");
            this.moltbookIdentity = identityTokens;
            return this;
        }

        /** Builds the client. */
        public RynjerClient build() {
            if (moltbookIdentity == null) {
                return new RynjerClient(ApiRuntime.create(RynjerProfile.PROFILE, options()));
            }
            MoltbookExchange exchange = new MoltbookExchange(moltbookIdentity);
            super.auth(new RefreshingTokenAuth(exchange, exchange.clock(), TOKEN_REFRESH_AHEAD));
            ApiRuntime runtime = ApiRuntime.create(RynjerProfile.PROFILE, options());
            exchange.bind(runtime);
            return new RynjerClient(runtime);
        }
    }
}
