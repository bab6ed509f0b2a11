package dev.mediagen.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mediagen.core.webhook.TimestampHmacVerifier;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * An embedded agent-media API ({@code https://agent.media/api/v1}) for tests and demos. Point a client at
 * {@link #apiBaseUrl()} with {@link #apiKey()}.
 *
 * <p>It behaves as the API is documented: {@code ma_} bearer keys, the gateway's validation and error bodies
 * ({@code {error:{code,message,type}}}; api-v2's shape for the concurrency gate), credits deducted on create and
 * refunded on failure and cancellation, plan limits (concurrent jobs, longest video), the word-count pacing
 * upgrade, jobs moving {@code submitted → queued → processing → completed|failed} on the simulator's clock with
 * {@code Retry-After} while in progress, per-key rate limits with {@code X-RateLimit-*} headers and 429 +
 * {@code Retry-After}, the actor library, API keys, usage, signed webhooks ({@code X-AgentMedia-Signature}),
 * and result URLs that serve a small valid MP4 and PNG thumbnails.
 */
public class AgentMediaSimulator extends Simulator {
    /** The path prefix of the API (the real base URL is {@code https://agent.media/api/v1}). */
    public static final String API_PATH = "/api/v1";
    /** Where a manual clock starts. */
    public static final Instant DEFAULT_START = Instant.parse("2026-03-20T14:30:00Z");

    private static final String MEDIA_PATH = "/r2";
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Pattern VIDEO_FILE = Pattern.compile("([0-9a-f-]{36})\\.mp4");
    private static final Pattern THUMBNAIL_FILE = Pattern.compile("([0-9a-f-]{36})\\.png");
    private static final int MAX_BODY_BYTES = 1_048_576;
    private static final int MAX_ACTIVE_KEYS = 25;
    private static final double WORDS_PER_SECOND = 2.5;
    private static final String SCRIPT_WORDS = "Stop scrolling because this one simple tool changed how I plan my week"
            + " and honestly I wish I had found it years sooner since it saves me hours every single day so try it"
            + " today and thank me later because you will love it";
    private static final Map<String, Plan> PLANS = Map.of(
            "free", new Plan("free", "Free", 0, 1, 5),
            "payg", new Plan("payg", "Pay As You Go", 0, 2, 15),
            "starter", new Plan("starter", "Creator", 3_900, 3, 10),
            "creator", new Plan("creator", "Pro", 6_900, 5, 15),
            "pro_plus", new Plan("pro_plus", "Pro Plus", 12_900, 10, 15));

    private final Random random = new Random(20260320L);
    private final String userId;
    private final AgentMediaSimActors actors = new AgentMediaSimActors(this::mediaBaseUrl);
    private final List<ApiKey> keys = new ArrayList<>();
    private final Map<String, AgentMediaSimJob> jobs = new LinkedHashMap<>();
    private final Map<String, long[]> rateWindows = new LinkedHashMap<>();
    private final WebhookSender webhooks = new WebhookSender();
    private final String defaultKey;
    private Plan plan = PLANS.get("creator");
    private long monthlyRemaining = plan.monthlyAllowance;
    private long purchased;
    private Duration submittedTime = Duration.ofSeconds(2);
    private Duration queuedTime = Duration.ofSeconds(3);
    private Duration processingTime = Duration.ofSeconds(45);
    private double failureRate;
    private boolean failAllJobs;
    private Duration retryAfter = Duration.ofSeconds(5);
    private int generatePerMinute = 60;
    private int readPerMinute = 60;
    private String accountWebhookUrl;
    private String webhookSecret;
    private ScheduledExecutorService ticker;

    /** A simulator on a manual clock standing at {@link #DEFAULT_START}. */
    public AgentMediaSimulator() {
        this(SimClock.manual(DEFAULT_START));
    }

    /** A simulator whose jobs progress on {@code clock}. */
    public AgentMediaSimulator(SimClock clock) {
        super(clock);
        this.userId = uuid();
        this.defaultKey = newKey("Default").key;
        this.webhookSecret = hex(32);
        route("POST", API_PATH + "/videos", api("generate", this::createVideo));
        route("GET", API_PATH + "/videos", api("read", this::listVideos));
        route("GET", API_PATH + "/videos/{id}", api("read", this::getVideo));
        route("DELETE", API_PATH + "/videos/{id}", api("read", this::deleteVideo));
        route("POST", API_PATH + "/videos/{id}/cancel", api("read", this::cancelVideo));
        route("GET", API_PATH + "/actors", api("read", this::listActors));
        route("GET", API_PATH + "/actors/{slug}", api("read", this::getActor));
        route("GET", API_PATH + "/account", api("read", this::account));
        route("GET", API_PATH + "/account/usage", api("read", this::usage));
        route("POST", API_PATH + "/account/keys", api("read", this::createKey));
        route("GET", API_PATH + "/account/keys", api("read", this::listKeys));
        route("DELETE", API_PATH + "/account/keys/{keyId}", api("read", this::revokeKey));
        route("GET", MEDIA_PATH + "/videos/{file}", this::videoFile);
        route("GET", MEDIA_PATH + "/thumbnails/{file}", this::thumbnailFile);
        route("GET", MEDIA_PATH + "/actors/{slug}/portrait.png", this::portrait);
    }

    // ---- configuration -------------------------------------------------------------------------------------

    /** The base URL a client uses (this server plus {@code /api/v1}). */
    public String apiBaseUrl() {
        return url(API_PATH);
    }

    /** The account's first API key ({@code ma_...}). */
    public String apiKey() {
        return defaultKey;
    }

    /** The user id of the simulated account. */
    public String userId() {
        return userId;
    }

    /**
     * Switches the account to a plan tier ({@code free}, {@code payg}, {@code starter}, {@code creator},
     * {@code pro_plus}) and resets the monthly credits to its allowance. The default is {@code creator} ("Pro").
     */
    public synchronized AgentMediaSimulator plan(String tier) {
        Plan chosen = PLANS.get(tier);
        if (chosen == null) {
            throw new IllegalArgumentException("unknown tier " + tier + "; one of " + PLANS.keySet());
        }
        this.plan = chosen;
        this.monthlyRemaining = chosen.monthlyAllowance;
        return this;
    }

    /** Sets the credit balance: monthly credits left and purchased credits. */
    public synchronized AgentMediaSimulator credits(long monthlyRemaining, long purchased) {
        if (monthlyRemaining < 0 || purchased < 0) {
            throw new IllegalArgumentException("credits must not be negative");
        }
        this.monthlyRemaining = monthlyRemaining;
        this.purchased = purchased;
        return this;
    }

    /** All credits available now. */
    public synchronized long creditsTotal() {
        settleAll();
        return monthlyRemaining + purchased;
    }

    /** How long a job spends in {@code processing} (default 45 s; {@code submitted} 2 s and {@code queued} 3 s come first). */
    public synchronized AgentMediaSimulator processingTime(Duration processingTime) {
        this.processingTime = requirePositive(processingTime, "processingTime");
        return this;
    }

    /** The share of jobs (0 to 1) that end {@code failed}, drawn from a seeded random source. */
    public synchronized AgentMediaSimulator failureRate(double failureRate) {
        if (failureRate < 0 || failureRate > 1) {
            throw new IllegalArgumentException("failureRate must be between 0 and 1");
        }
        this.failureRate = failureRate;
        return this;
    }

    /** Makes every job created from now on end {@code failed} (credits refunded), or stops doing so. */
    public synchronized AgentMediaSimulator failAllJobs(boolean failAllJobs) {
        this.failAllJobs = failAllJobs;
        return this;
    }

    /**
     * The {@code Retry-After} sent with in-progress jobs (default 5 s, as the API). An accelerated demo can pass
     * {@code clock.toReal(Duration.ofSeconds(5))} so clients poll at the simulated pace.
     */
    public synchronized AgentMediaSimulator retryAfter(Duration retryAfter) {
        Objects.requireNonNull(retryAfter, "retryAfter");
        if (retryAfter.isNegative()) {
            throw new IllegalArgumentException("retryAfter must not be negative");
        }
        this.retryAfter = retryAfter;
        return this;
    }

    /** Requests allowed per key per minute: video creation, and everything else (default 60 each). */
    public synchronized AgentMediaSimulator rateLimits(int generatePerMinute, int readPerMinute) {
        if (generatePerMinute < 1 || readPerMinute < 1) {
            throw new IllegalArgumentException("rate limits must be at least 1 per minute");
        }
        this.generatePerMinute = generatePerMinute;
        this.readPerMinute = readPerMinute;
        rateWindows.clear();
        return this;
    }

    /**
     * The account-level webhook URL (dashboard Settings; any scheme, for tests), used when a job has no
     * {@code webhook_url}; null for none.
     */
    public synchronized AgentMediaSimulator webhookUrl(String url) {
        this.accountWebhookUrl = url;
        return this;
    }

    /** Replaces the account's webhook signing secret; null means no secret, so no webhook is sent (as the API). */
    public synchronized AgentMediaSimulator webhookSecret(String secret) {
        this.webhookSecret = secret;
        return this;
    }

    /** The account's webhook signing secret (64 hex characters by default). */
    public synchronized String webhookSecret() {
        return webhookSecret;
    }

    /** Every webhook delivery attempt so far. */
    public List<WebhookSender.Attempt> webhookAttempts() {
        return webhooks.attempts();
    }

    /** The status of a job now, when it exists (deleted jobs included). */
    public synchronized Optional<String> jobStatus(String jobId) {
        settleAll();
        AgentMediaSimJob job = jobs.get(jobId);
        return job == null ? Optional.empty() : Optional.of(job.status(now()));
    }

    /**
     * Blocks until the job has {@code status} or {@code timeout} passes (real time); for tests of asynchronous
     * effects such as a cancel sent when a future is cancelled. Returns whether the status was reached.
     */
    public synchronized boolean awaitStatus(String jobId, String status, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            settleAll();
            AgentMediaSimJob job = jobs.get(jobId);
            if (job != null && job.status(now()).equals(status)) {
                return true;
            }
            long remaining = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
            if (remaining <= 0) {
                return false;
            }
            wait(Math.min(remaining, 20));
        }
    }

    /** Moves the clock forward and finishes (refunds, webhooks) every job that is now terminal. */
    @Override
    public void advance(Duration amount) {
        super.advance(amount);
        synchronized (this) {
            settleAll();
        }
    }

    @Override
    protected SimResponse rateLimited(Duration retryAfter) {
        return new AgentMediaSimError(429, "rate_limit_exceeded", "Too many requests. Try again in "
                + Math.max(1, retryAfter.toSeconds()) + " seconds.")
                .header("Retry-After", seconds(retryAfter))
                .toResponse()
                .header("X-Request-Id", UUID.randomUUID())
                .header("Cache-Control", "no-store");
    }

    @Override
    protected SimResponse notFound(SimRequest request) {
        return new AgentMediaSimError(404, "not_found", "No route for " + request.method() + " " + request.path())
                .toResponse();
    }

    @Override
    public void close() {
        synchronized (this) {
            if (ticker != null) {
                ticker.shutdownNow();
            }
        }
        webhooks.close();
        super.close();
    }

    // ---- request plumbing ----------------------------------------------------------------------------------

    private Function<SimRequest, SimResponse> api(String endpointClass, BiFunction<SimRequest, ApiKey, SimResponse> handler) {
        return request -> {
            SimResponse response;
            synchronized (this) {
                Map<String, String> limitHeaders = new LinkedHashMap<>();
                try {
                    settleAll();
                    ApiKey key = authenticate(request);
                    limitHeaders = rateLimit(key, endpointClass);
                    response = handler.apply(request, key);
                } catch (AgentMediaSimError e) {
                    limitHeaders.forEach((name, value) -> e.headers.putIfAbsent(name, value));
                    response = e.toResponse();
                }
                limitHeaders.forEach(response::header);
                notifyAll();
            }
            return response.header("X-Request-Id", UUID.randomUUID()).header("Cache-Control", "no-store");
        };
    }

    private ApiKey authenticate(SimRequest request) {
        Optional<String> header = request.header("authorization");
        if (header.isEmpty() || !header.get().startsWith("Bearer ")) {
            throw new AgentMediaSimError(401, "missing_api_key", "Authorization header with Bearer token is required");
        }
        String token = header.get().substring(7).trim();
        for (ApiKey key : keys) {
            if (!key.revoked && key.key.equals(token)) {
                key.lastUsedAt = now();
                return key;
            }
        }
        throw new AgentMediaSimError(401, "invalid_api_key", "Invalid or revoked API key");
    }

    private Map<String, String> rateLimit(ApiKey key, String endpointClass) {
        int limit = endpointClass.equals("generate") ? generatePerMinute : readPerMinute;
        long minute = now().getEpochSecond() / 60;
        long[] window = rateWindows.computeIfAbsent(key.id + ":" + endpointClass, k -> new long[] {minute, 0});
        if (window[0] != minute) {
            window[0] = minute;
            window[1] = 0;
        }
        Instant reset = Instant.ofEpochSecond((minute + 1) * 60);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("X-RateLimit-Limit", Integer.toString(limit));
        if (window[1] >= limit) {
            headers.put("X-RateLimit-Remaining", "0");
            headers.put("X-RateLimit-Reset", Long.toString(reset.getEpochSecond()));
            Duration wait = Duration.between(now(), reset);
            AgentMediaSimError error = new AgentMediaSimError(429, "rate_limit_exceeded",
                    "Too many requests. Try again in " + Math.max(1, wait.toSeconds()) + " seconds.");
            headers.forEach(error::header);
            error.header("Retry-After", seconds(clock().toReal(wait)));
            throw error;
        }
        window[1]++;
        headers.put("X-RateLimit-Remaining", Long.toString(limit - window[1]));
        headers.put("X-RateLimit-Reset", Long.toString(reset.getEpochSecond()));
        return headers;
    }

    // ---- videos --------------------------------------------------------------------------------------------

    private SimResponse createVideo(SimRequest request, ApiKey key) {
        if (request.bodySize() > MAX_BODY_BYTES) {
            throw new AgentMediaSimError(413, "body_too_large", "Request body must be 1 MB or smaller");
        }
        JsonNode input = request.jsonNode();
        if (!input.isObject()) {
            throw new AgentMediaSimError(400, "invalid_json", "Request body must be valid JSON");
        }
        ObjectNode body = MAPPER.createObjectNode();
        input.fields().forEachRemaining(field -> {
            if (AgentMediaSimValidation.ALLOWED_FIELDS.contains(field.getKey())) {
                body.set(field.getKey(), field.getValue());
            }
        });
        AgentMediaSimValidation.validate(body);

        String actorSlug = text(body, "actor_slug");
        Map<String, Object> actor = null;
        if (actorSlug != null) {
            actor = actors.activeBySlug(actorSlug).orElseThrow(() ->
                    new AgentMediaSimError(404, "not_found", actors.notFoundMessage(actorSlug)));
        }
        if (plan.tier.equals("free")) {
            throw new AgentMediaSimError(403, "plan_required",
                    "UGC video requires at least the Starter plan. You are on the 'free' plan.");
        }
        Integer target = body.has("target_duration") ? body.get("target_duration").asInt() : null;
        String prompt = text(body, "prompt");
        boolean generated = prompt != null && !prompt.isBlank();
        String script = generated ? generatedScript(target == null ? 10 : target) : text(body, "script").strip();

        int bucket = bucketFor(target != null ? target : Math.ceil(script.length() / 12.5));
        int words = script.split("\\s+").length;
        int maxWords = maxWords(bucket);
        if (words > maxWords(15)) {
            throw new AgentMediaSimError(400, "script_too_long", "Script has " + words + " words but the maximum for a "
                    + bucket + "s video is " + maxWords + " words (at natural pace of 2.5 words/sec). Max allowed is "
                    + maxWords(15) + " words for a 15s video. Shorten your script or increase target_duration.")
                    .with("word_count", words).with("max_words", maxWords(15)).with("words_per_second", WORDS_PER_SECOND);
        }
        String pacingWarning = null;
        int effective = bucket;
        if (words > maxWords) {
            effective = bucketFor(Math.ceil(words / WORDS_PER_SECOND));
            pacingWarning = effective > bucket
                    ? "Script has " + words + " words — too many for " + bucket + "s (max " + maxWords
                            + " words at 2.5 wps). Auto-upgraded to " + effective + "s for natural pacing."
                    : "Script has " + words + " words for a " + bucket + "s video. Recommended max is " + maxWords
                            + " words for natural pacing. Speech may sound rushed.";
        }
        if (effective > plan.maxDuration) {
            throw new AgentMediaSimError(403, "plan_limit", "Requested duration (" + effective + "s) exceeds your "
                    + plan.name + " plan limit of " + plan.maxDuration + "s. Upgrade to Pro for 15s videos.");
        }
        long active = jobs.values().stream().filter(j -> j.isActive(now())).count();
        if (active >= plan.maxConcurrent) {
            throw AgentMediaSimError.apiV2(429, "TOO_MANY_ACTIVE_VIDEOS", "You have " + active
                    + " videos in progress; your plan allows " + plan.maxConcurrent + " at a time.")
                    .with("details", Map.of("active", active, "limit", plan.maxConcurrent));
        }
        long cost = effective * 30L + (generated ? 5 : 0);
        if (cost > monthlyRemaining + purchased) {
            throw new AgentMediaSimError(402, "insufficient_credits", "UGC video (~" + effective + "s) costs " + cost
                    + " credits (30 credits/sec), but you only have " + (monthlyRemaining + purchased)
                    + " credits available.")
                    .with("credits_required", cost).with("credits_available", monthlyRemaining + purchased);
        }

        Instant now = now();
        boolean fails = failAllJobs || random.nextDouble() < failureRate;
        Progression progression = Progression.start(now).then("submitted", submittedTime).then("queued", queuedTime)
                .then("processing", processingTime).end(fails ? "failed" : "completed");
        String voice = actor != null ? (String) actor.get("voice_id") : "cgSgspJ2msm6clMCkdW9";
        Map<String, Object> inputParams = new LinkedHashMap<>();
        inputParams.put("script", script);
        inputParams.put("voice", voice);
        inputParams.put("style", body.has("style") ? body.get("style").asText() : "hormozi");
        inputParams.put("aspect_ratio", body.has("aspect_ratio") ? body.get("aspect_ratio").asText() : "9:16");
        inputParams.put("estimated_duration", effective);
        inputParams.put("actor_slug", actorSlug);
        inputParams.put("generated_script", generated ? script : null);
        AgentMediaSimJob job = new AgentMediaSimJob(uuid(), userId, script, effective, cost,
                (String) inputParams.get("aspect_ratio"), text(body, "webhook_url"), now, progression, inputParams);
        job.fromMonthly = Math.min(cost, monthlyRemaining);
        job.fromPurchased = cost - job.fromMonthly;
        monthlyRemaining -= job.fromMonthly;
        purchased -= job.fromPurchased;
        jobs.put(job.id, job);
        startTickerIfWebhooks(job);

        Map<String, Object> created = new LinkedHashMap<>();
        created.put("job_id", job.id);
        created.put("status", "submitted");
        created.put("estimated_duration", effective);
        created.put("credits_deducted", cost);
        created.put("selected_voice", voice);
        created.put("voice_auto_detected", false);
        created.put("word_count", words);
        created.put("words_per_second", BigDecimal.valueOf(words).divide(BigDecimal.valueOf(effective), 1, RoundingMode.HALF_UP));
        created.put("max_words", maxWords(effective));
        if (generated) {
            created.put("generated_script", script);
        }
        if (pacingWarning != null) {
            created.put("pacing_warning", pacingWarning);
        }
        return SimResponse.json(201, created);
    }

    private SimResponse listVideos(SimRequest request, ApiKey key) {
        int limit = Math.max(1, Math.min(100, intQuery(request, "limit", 20)));
        int offset = Math.max(0, intQuery(request, "offset", 0));
        Optional<String> status = request.query("status").filter(s -> !s.isBlank());
        boolean oldest = request.query("sort").map("oldest"::equals).orElse(false);
        Instant now = now();
        List<AgentMediaSimJob> matching = jobs.values().stream()
                .filter(j -> j.deletedAt == null)
                .filter(j -> status.map(s -> s.equals(j.status(now))).orElse(true))
                .collect(Collectors.toList());
        List<AgentMediaSimJob> ordered = new ArrayList<>(matching);
        if (!oldest) {
            java.util.Collections.reverse(ordered);
        }
        List<Map<String, Object>> page = ordered.stream().skip(offset).limit(limit)
                .map(j -> j.row(now, mediaBaseUrl())).collect(Collectors.toList());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("jobs", page);
        body.put("total", matching.size());
        return SimResponse.json(200, body);
    }

    private SimResponse getVideo(SimRequest request, ApiKey key) {
        AgentMediaSimJob job = visibleJob(request.pathParam("id"));
        SimResponse response = SimResponse.json(200, job.row(now(), mediaBaseUrl()));
        if (!job.isTerminal(now())) {
            response.header("Retry-After", seconds(retryAfter));
        }
        return response;
    }

    private SimResponse deleteVideo(SimRequest request, ApiKey key) {
        AgentMediaSimJob job = visibleJob(request.pathParam("id"));
        job.deletedAt = now();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("success", true);
        body.put("jobId", job.id);
        body.put("deletedAt", AgentMediaSimJob.ISO.format(job.deletedAt));
        return SimResponse.json(200, body);
    }

    private SimResponse cancelVideo(SimRequest request, ApiKey key) {
        AgentMediaSimJob job = visibleJob(request.pathParam("id"));
        String status = job.status(now());
        if (!(status.equals("submitted") || status.equals("queued") || status.equals("processing"))) {
            throw new AgentMediaSimError(400, "cannot_cancel", "Job is already " + status);
        }
        job.canceledStatus = "canceled";
        job.canceledAt = now();
        job.finished = true;
        refund(job);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("canceled", true);
        body.put("jobId", job.id);
        body.put("credits_refunded", job.creditCost);
        body.put("refund_pending", false);
        return SimResponse.json(200, body);
    }

    private AgentMediaSimJob visibleJob(String id) {
        AgentMediaSimJob job = jobs.get(id);
        if (job == null || job.deletedAt != null) {
            throw new AgentMediaSimError(404, "job_not_found", "Job not found");
        }
        return job;
    }

    // ---- actors, account, keys -----------------------------------------------------------------------------

    private SimResponse listActors(SimRequest request, ApiKey key) {
        List<Map<String, Object>> found = actors.list(request.query("gender"), request.query("age_range"),
                request.query("actor_type"), request.query("search"));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("actors", found);
        body.put("total", found.size());
        return SimResponse.json(200, body);
    }

    private SimResponse getActor(SimRequest request, ApiKey key) {
        String slug = request.pathParam("slug");
        Map<String, Object> actor = actors.bySlug(slug).orElseThrow(() ->
                new AgentMediaSimError(404, "not_found", actors.notFoundMessage(slug)));
        return SimResponse.json(200, Map.of("actor", actor));
    }

    private SimResponse account(SimRequest request, ApiKey key) {
        Map<String, Object> planBody = new LinkedHashMap<>();
        planBody.put("tier", plan.tier);
        planBody.put("name", plan.name);
        planBody.put("status", "active");
        planBody.put("trial_active", false);
        planBody.put("trial_ends_at", null);
        planBody.put("current_period_end", AgentMediaSimJob.ISO.format(
                now().truncatedTo(ChronoUnit.DAYS).plus(Duration.ofDays(31))));
        Map<String, Object> credits = new LinkedHashMap<>();
        credits.put("monthly_remaining", monthlyRemaining);
        credits.put("monthly_allowance", plan.monthlyAllowance);
        credits.put("purchased", purchased);
        credits.put("total", monthlyRemaining + purchased);
        Map<String, Object> limits = new LinkedHashMap<>();
        limits.put("max_concurrent_jobs", plan.maxConcurrent);
        limits.put("max_video_duration", plan.maxDuration);
        limits.put("models_available", List.of("ugc-basic"));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("user_id", userId);
        body.put("plan", planBody);
        body.put("credits", credits);
        body.put("limits", limits);
        return SimResponse.json(200, body);
    }

    private SimResponse usage(SimRequest request, ApiKey key) {
        String period = request.query("period").orElse("30d");
        int days;
        switch (period) {
            case "7d":
                days = 7;
                break;
            case "30d":
                days = 30;
                break;
            case "90d":
                days = 90;
                break;
            default:
                throw new AgentMediaSimError(400, "validation_error", "period must be one of: 7d, 30d, 90d");
        }
        Instant end = now();
        Instant start = end.truncatedTo(ChronoUnit.DAYS).minus(Duration.ofDays(days));
        List<AgentMediaSimJob> inPeriod = jobs.values().stream()
                .filter(j -> !j.createdAt.isBefore(start) && !j.createdAt.isAfter(end)).collect(Collectors.toList());
        long creditsUsed = inPeriod.stream().filter(j -> !j.refunded).mapToLong(j -> j.creditCost).sum();
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("total_jobs", inPeriod.size());
        summary.put("completed_jobs", inPeriod.stream().filter(j -> j.status(end).equals("completed")).count());
        summary.put("failed_jobs", inPeriod.stream().filter(j -> j.status(end).equals("failed")).count());
        summary.put("credits_used", creditsUsed);
        List<Map<String, Object>> byModel = new ArrayList<>();
        List<Map<String, Object>> byOperation = new ArrayList<>();
        if (!inPeriod.isEmpty()) {
            Map<String, Object> model = new LinkedHashMap<>();
            model.put("model_slug", "ugc-basic");
            model.put("job_count", inPeriod.size());
            model.put("credits_used", creditsUsed);
            model.put("avg_duration_seconds", inPeriod.stream().mapToInt(j -> j.durationSeconds).average().orElse(0));
            byModel.add(model);
            byOperation.add(Map.of("operation", "ugc_video", "job_count", inPeriod.size()));
        }
        Map<LocalDate, long[]> perDay = new TreeMap<>(Comparator.reverseOrder());
        inPeriod.forEach(j -> {
            long[] day = perDay.computeIfAbsent(LocalDate.ofInstant(j.createdAt, ZoneOffset.UTC), d -> new long[2]);
            day[0]++;
            day[1] += j.refunded ? 0 : j.creditCost;
        });
        List<Map<String, Object>> daily = new ArrayList<>();
        perDay.forEach((date, counts) -> {
            Map<String, Object> day = new LinkedHashMap<>();
            day.put("date", date.toString());
            day.put("job_count", counts[0]);
            day.put("credits_used", counts[1]);
            daily.add(day);
        });
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("period", period);
        body.put("period_start", AgentMediaSimJob.ISO.format(start));
        body.put("period_end", AgentMediaSimJob.ISO.format(end));
        body.put("summary", summary);
        body.put("by_model", byModel);
        body.put("daily", daily);
        body.put("by_operation", byOperation);
        return SimResponse.json(200, body);
    }

    private SimResponse createKey(SimRequest request, ApiKey caller) {
        JsonNode body = request.bodySize() == 0 ? MAPPER.createObjectNode() : request.jsonNode();
        if (!body.isObject()) {
            throw new AgentMediaSimError(400, "invalid_json", "Request body must be valid JSON");
        }
        String name = "Default";
        if (body.has("name") && !body.get("name").isNull()) {
            if (!body.get("name").isTextual() || body.get("name").asText().isBlank()) {
                throw new AgentMediaSimError(400, "validation_error", "name must be a non-empty string");
            }
            name = body.get("name").asText();
            if (name.length() > 100) {
                throw new AgentMediaSimError(400, "validation_error", "name must be 100 characters or fewer");
            }
        }
        if (keys.stream().filter(k -> !k.revoked).count() >= MAX_ACTIVE_KEYS) {
            throw new AgentMediaSimError(400, "max_keys",
                    "Maximum of " + MAX_ACTIVE_KEYS + " active API keys reached. Revoke an existing key first.");
        }
        ApiKey key = newKey(name);
        Map<String, Object> created = new LinkedHashMap<>();
        created.put("key", key.key);
        created.put("id", key.id);
        created.put("key_prefix", key.prefix());
        created.put("name", key.name);
        created.put("created_at", AgentMediaSimJob.ISO.format(key.createdAt));
        return SimResponse.json(201, created);
    }

    private SimResponse listKeys(SimRequest request, ApiKey caller) {
        List<Map<String, Object>> listed = keys.stream().filter(k -> !k.revoked).map(k -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", k.id);
            row.put("key_prefix", k.prefix());
            row.put("name", k.name);
            row.put("created_at", AgentMediaSimJob.ISO.format(k.createdAt));
            row.put("last_used_at", k.lastUsedAt == null ? null : AgentMediaSimJob.ISO.format(k.lastUsedAt));
            return row;
        }).collect(Collectors.toList());
        return SimResponse.json(200, Map.of("keys", listed));
    }

    private SimResponse revokeKey(SimRequest request, ApiKey caller) {
        String id = request.pathParam("keyId");
        ApiKey key = keys.stream().filter(k -> k.id.equals(id) && !k.revoked).findFirst().orElseThrow(() ->
                new AgentMediaSimError(404, "not_found", "API key not found"));
        key.revoked = true;
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("revoked", true);
        body.put("id", key.id);
        return SimResponse.json(200, body);
    }

    // ---- media ---------------------------------------------------------------------------------------------

    private SimResponse videoFile(SimRequest request) {
        AgentMediaSimJob job = completedJob(VIDEO_FILE, request.pathParam("file"));
        return job == null ? mediaNotFound()
                : SimResponse.bytes(200, MediaFiles.mp4(job.id.hashCode()), "video/mp4");
    }

    private SimResponse thumbnailFile(SimRequest request) {
        AgentMediaSimJob job = completedJob(THUMBNAIL_FILE, request.pathParam("file"));
        return job == null ? mediaNotFound()
                : SimResponse.bytes(200, MediaFiles.png(90, 160, Math.abs(job.id.hashCode())), "image/png");
    }

    private synchronized AgentMediaSimJob completedJob(Pattern pattern, String file) {
        java.util.regex.Matcher m = pattern.matcher(file);
        if (!m.matches()) {
            return null;
        }
        settleAll();
        AgentMediaSimJob job = jobs.get(m.group(1));
        return job != null && job.status(now()).equals("completed") ? job : null;
    }

    private SimResponse portrait(SimRequest request) {
        String slug = request.pathParam("slug");
        return actors.hasSlug(slug) ? SimResponse.bytes(200, MediaFiles.png(64, 64, slug.hashCode() & 0x7fff), "image/png")
                : mediaNotFound();
    }

    private static SimResponse mediaNotFound() {
        return SimResponse.text(404, "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>NoSuchKey</Code></Error>",
                "application/xml");
    }

    // ---- job lifecycle -------------------------------------------------------------------------------------

    private void settleAll() {
        Instant now = now();
        boolean changed = false;
        for (AgentMediaSimJob job : jobs.values()) {
            if (!job.finished && job.progression.isFinished(now)) {
                job.finished = true;
                changed = true;
                String status = job.progression.terminal();
                if (status.equals("failed")) {
                    refund(job);
                }
                sendWebhook(job, status);
            }
        }
        if (changed) {
            notifyAll();
        }
    }

    private void refund(AgentMediaSimJob job) {
        if (!job.refunded) {
            job.refunded = true;
            monthlyRemaining += job.fromMonthly;
            purchased += job.fromPurchased;
        }
    }

    private void sendWebhook(AgentMediaSimJob job, String status) {
        String target = job.webhookUrl != null ? job.webhookUrl : accountWebhookUrl;
        if (target == null || webhookSecret == null) {
            return;
        }
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("event", "job." + status);
        payload.put("job_id", job.id);
        payload.put("user_id", job.userId);
        payload.put("operation", "ugc_video");
        payload.put("status", status);
        payload.put("credits_deducted", job.creditCost);
        payload.put("duration_seconds", job.durationSeconds);
        payload.put("created_at", AgentMediaSimJob.ISO.format(job.createdAt));
        if (status.equals("completed")) {
            payload.put("completed_at", AgentMediaSimJob.ISO.format(job.finishedAt()));
            payload.put("video_url", job.videoUrl(mediaBaseUrl()));
            payload.put("thumbnail_url", job.thumbnailUrl(mediaBaseUrl()));
        } else {
            payload.put("error_message", "Video rendering failed in the media worker. Credits have been refunded.");
            payload.put("error_code", "RENDER_FAILED");
        }
        String body;
        try {
            body = MAPPER.writeValueAsString(payload);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        long timestamp = now().getEpochSecond();
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/json");
        headers.put("User-Agent", "agent-media-webhook/1.0");
        headers.put("X-AgentMedia-Event", "job." + status);
        headers.put("X-AgentMedia-Job-Id", job.id);
        headers.put("X-AgentMedia-Attempt", "1");
        headers.put("X-AgentMedia-Signature", signature(webhookSecret, timestamp, body));
        // One attempt: the vendor records retries but its retry drainer is not deployed.
        webhooks.send(target, headers, body, List.of());
    }

    /** The {@code X-AgentMedia-Signature} value for a body: {@code t=<unix seconds>,v1=<hex HMAC-SHA256 of "t.body">}. */
    public static String signature(String secret, long unixSeconds, String body) {
        return TimestampHmacVerifier.sign(secret, unixSeconds, body.getBytes(StandardCharsets.UTF_8));
    }

    private void startTickerIfWebhooks(AgentMediaSimJob job) {
        if (ticker != null || webhookSecret == null || (job.webhookUrl == null && accountWebhookUrl == null)) {
            return;
        }
        ticker = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "mediagen-agentmedia-simulator-clock");
            thread.setDaemon(true);
            return thread;
        });
        ticker.scheduleWithFixedDelay(() -> {
            synchronized (this) {
                settleAll();
            }
        }, 50, 50, TimeUnit.MILLISECONDS);
    }

    // ---- helpers -------------------------------------------------------------------------------------------

    private Instant now() {
        return clock().instant();
    }

    private String mediaBaseUrl() {
        return url(MEDIA_PATH);
    }

    private ApiKey newKey(String name) {
        ApiKey key = new ApiKey(uuid(), "ma_" + hex(16), name, now());
        keys.add(key);
        return key;
    }

    private String uuid() {
        return new UUID(random.nextLong() & 0xffffffffffff0fffL | 0x4000L,
                random.nextLong() & 0x3fffffffffffffffL | 0x8000000000000000L).toString();
    }

    private String hex(int bytes) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < bytes; i++) {
            sb.append(String.format("%02x", random.nextInt(256)));
        }
        return sb.toString();
    }

    private static String generatedScript(int duration) {
        String[] pool = SCRIPT_WORDS.split(" ");
        int words = Math.min(pool.length, maxWords(duration) - 1);
        return String.join(" ", java.util.Arrays.copyOf(pool, words)) + ".";
    }

    private static int bucketFor(double seconds) {
        return seconds <= 5 ? 5 : seconds <= 10 ? 10 : 15;
    }

    private static int maxWords(int bucket) {
        return (int) Math.floor(bucket * WORDS_PER_SECOND);
    }

    private static String text(JsonNode body, String name) {
        JsonNode value = body.get(name);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static int intQuery(SimRequest request, String name, int fallback) {
        Optional<String> value = request.query(name);
        if (value.isEmpty() || value.get().isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.get().trim());
        } catch (NumberFormatException e) {
            throw new AgentMediaSimError(400, "validation_error", name + " must be a number");
        }
    }

    private static String seconds(Duration duration) {
        return BigDecimal.valueOf(duration.toMillis(), 3).stripTrailingZeros().toPlainString();
    }

    private static Duration requirePositive(Duration value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be positive");
        }
        return value;
    }

    /** One plan tier's allowances. */
    private static final class Plan {
        final String tier;
        final String name;
        final long monthlyAllowance;
        final int maxConcurrent;
        final int maxDuration;

        Plan(String tier, String name, long monthlyAllowance, int maxConcurrent, int maxDuration) {
            this.tier = tier;
            this.name = name;
            this.monthlyAllowance = monthlyAllowance;
            this.maxConcurrent = maxConcurrent;
            this.maxDuration = maxDuration;
        }
    }

    /** One API key of the account. */
    private static final class ApiKey {
        final String id;
        final String key;
        final String name;
        final Instant createdAt;
        Instant lastUsedAt;
        boolean revoked;

        ApiKey(String id, String key, String name, Instant createdAt) {
            this.id = id;
            this.key = key;
            this.name = name;
            this.createdAt = createdAt;
        }

        String prefix() {
            return key.substring(0, 11);
        }
    }
}
