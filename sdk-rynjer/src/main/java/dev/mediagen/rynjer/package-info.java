/**
 * The Rynjer Agent API client: {@link dev.mediagen.rynjer.RynjerClient}.
 *
 * <p>Wire conventions: snake_case JSON; every response is an envelope {@code {"code": 0, "message": "ok", "data":
 * {...}}} whose {@code data} the SDK returns; an error may arrive inside a 2xx envelope as {@code data.error} (for
 * example {@code insufficient_credits} with {@code required}, {@code available} and {@code suggestion}) and is thrown
 * as the same typed exception as the matching HTTP error ({@code InsufficientCreditsException} carrying the amounts).
 *
 * <p>Moltbook exchange ({@code POST /auth/moltbook/exchange}; its fields are not documented by Rynjer, these are
 * the SDK's choice and what the testkit simulator accepts): request without {@code Authorization}, header
 * {@code X-Moltbook-Identity: <identity token>} and body {@code {"identity_token": "<identity token>"}}; response
 * {@code data} {@code {"access_token": "...", "token_type": "Bearer", "expires_in": 900, "expires_at": "..."}}
 * where {@code expires_in} (seconds) or else {@code expires_at} sets the expiry (15 minutes when neither is sent).
 */
package dev.mediagen.rynjer;
