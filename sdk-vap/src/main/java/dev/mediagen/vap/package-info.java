/**
 * The VAP (vapagent.com) client: {@link dev.mediagen.vap.VapClient}.
 *
 * <p>Wire conventions: snake_case JSON under {@code /v3}; money as decimal strings (read as {@code BigDecimal});
 * timestamps with or without an offset (read as UTC). Errors arrive in three shapes, all read: the documented
 * {@code {"error": {"code", "message", "details"}}}, the flat {@code {"error": "...", "balance", "required", ...}}
 * of VAP's own SDK, and FastAPI's {@code {"detail": ...}}. {@code insufficient_balance} (HTTP 402 or 403) is an
 * {@code InsufficientCreditsException} carrying {@code required} and {@code available}; tier codes
 * ({@code tier_limit_exceeded}, {@code agent_paused}, {@code provider_not_allowed}) are a
 * {@code PermissionDeniedException} carrying the code.
 *
 * <p>Idempotency: a task create carries {@code idempotency_key} in its body (never a header), generated per call
 * and reused on every retry. VAP answers a reused key with 409. When that 409 answers the SDK's own retry after a
 * lost response and names the job ({@code error.details.task_id} or {@code operation_id}, as the testkit simulator
 * sends it), the SDK fetches and returns that job; otherwise the 409 is a {@code ConflictException}.
 *
 * <p>VAP has no cancel endpoint: cancelling a wait only stops polling. Webhook deliveries are not signed, so
 * {@link dev.mediagen.vap.VapWebhooks#handle(String)} makes the pending wait re-fetch the job instead of trusting
 * the payload.
 */
package dev.mediagen.vap;
