package dev.mediagen.core.auth;

import java.util.concurrent.CompletableFuture;

/** Fetches a new short-lived access token (e.g. by exchanging an identity at the vendor). */
@FunctionalInterface
public interface TokenSource {
    /** Fetches a fresh token. */
    CompletableFuture<AccessToken> fetch();
}
