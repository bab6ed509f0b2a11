/**
 * The agent-media client ({@code https://agent.media/api/v1}): {@link dev.mediagen.agentmedia.AgentMediaClient}.
 *
 * <p>Wire conventions: {@code Authorization: Bearer ma_...}; snake_case JSON except the camelCase {@code jobId}
 * and {@code deletedAt} of delete and cancel answers; errors as {@code {"error":{"code","message","type"}}} or,
 * when {@code POST /videos} is served by api-v2, {@code {"error":{"code","message","details"}}} with UPPER_SNAKE
 * codes; both map to the same typed exceptions with the code kept. A job's video URL is read from
 * {@code output_url}, {@code output_media_url}, {@code video_url} or {@code result_url}, whichever is present.
 * In-progress jobs answer with {@code Retry-After: 5}, which the waits honour. Video creation has no idempotency
 * key, so it is re-sent only when the API provably did not process it. Webhooks are signed with
 * {@code X-AgentMedia-Signature: t=<unix>,v1=<hex HMAC-SHA256 of "t.body">} using the account's webhook secret.
 */
package dev.mediagen.agentmedia;
