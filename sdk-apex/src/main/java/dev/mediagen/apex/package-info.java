/**
 * The Apex Studio client: {@link dev.mediagen.apex.ApexClient}.
 *
 * <p>Wire conventions: camelCase JSON; success bodies are {@code {"data": ...}} (voice cloning answers
 * {@code {voiceId, message}} without the envelope, and both forms are read); errors are
 * {@code {"error": "...", "code": "..."}} with the documented codes mapped to typed exceptions; bearer API keys
 * ({@code sk_live_...}, Enterprise plan); jobs are polled with {@code GET /api/jobs?id=} (a job object, or a one-element
 * array) and listed with {@code GET /api/jobs}; statuses other than {@code completed} and {@code failed} count as in
 * progress; {@code X-RateLimit-Reset} is a Unix timestamp in seconds. Webhooks are not signed by Apex.
 */
package dev.mediagen.apex;
