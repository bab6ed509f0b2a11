package dev.mediagen.testkit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * An embedded Apex Studio API: Enterprise bearer keys ({@code 401 UNAUTHORIZED}, {@code 403 FORBIDDEN} off the
 * Enterprise plan), the {@code {data}} and {@code {error, code}} envelopes, request validation like Apex's Zod
 * schemas ({@code 400 BAD_REQUEST}), credits deducted per the documented prices ({@code 402 PAYMENT_REQUIRED} when
 * short) and refunded when a job fails, jobs moving {@code queued -> processing -> completed|failed} on the
 * simulator's clock, the documented rate limits per endpoint class enforced with sliding windows (429
 * {@code RATE_LIMITED} with {@code Retry-After}, and {@code X-RateLimit-Limit/Remaining/Reset} on every limited
 * response, the reset as Unix seconds), unsigned webhook deliveries retried after 10 s, 60 s and 300 s of simulated
 * time, voice agents and calls, API keys, and signed-looking output URLs served by the simulator itself as real
 * small media (valid 24 hours).
 *
 * <p>Choices where Apex documents nothing: jobs are keyed {@code jobId}; the intermediate status is
 * {@code processing}; a photoshoot, instant ad or clip job with several outputs lists them in {@code outputUrls}
 * (with the first also in {@code outputUrl}); an instant ad costs 500 credits plus 250 per further variation; an
 * unknown job id answers 404 {@code NOT_FOUND}; outbound calls last {@link #callLength(Duration)} and are charged 10
 * credits per started minute when they end.
 */
public final class ApexSimulator extends Simulator {
    /** The Enterprise API key the simulator accepts out of the box. */
    public static final String API_KEY = "sk_live_apexsim_0123456789abcdef";
    /** The credits a new simulator starts with. */
    public static final long INITIAL_CREDITS = 100_000;
    /** The start of a simulator's manual clock. */
    public static final Instant EPOCH = Instant.parse("2026-03-16T12:00:00Z");
    /** The delays between webhook delivery attempts, as documented. */
    public static final List<Duration> WEBHOOK_RETRY_SCHEDULE =
            List.of(Duration.ofSeconds(10), Duration.ofSeconds(60), Duration.ofSeconds(300));

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final MediaType JSON = MediaType.get("application/json");
    private static final Duration URL_VALIDITY = Duration.ofHours(24);
    private static final Set<String> TTS = ordered("kokoro", "elevenlabs-v3", "fish-audio-s1");
    private static final Set<String> VIDEO_MODELS = ordered("wan-2.6", "kling-2.6-pro", "kling-3.0-pro", "veo-3.1");
    private static final Map<String, Kind> KINDS = kinds();

    private final ApexSimRateLimits limits = new ApexSimRateLimits();
    private final Map<String, KeyRecord> keys = new LinkedHashMap<>();
    private final Map<String, SimJob> jobs = new LinkedHashMap<>();
    private final Map<String, Map<String, Object>> agents = new LinkedHashMap<>();
    private final List<SimCall> calls = new ArrayList<>();
    private final Set<String> voices = new LinkedHashSet<>();
    private final Map<String, Long> used = new LinkedHashMap<>();
    private final List<PendingDelivery> deliveries = new ArrayList<>();
    private final List<WebhookAttempt> webhookAttempts = new CopyOnWriteArrayList<>();
    private final Random random = new Random(42);
    private final Object deliveryLock = new Object();
    private long credits = INITIAL_CREDITS;
    private long charged;
    private long refunded;
    private String plan = "enterprise";
    private String webhookUrl;
    private String webhookTarget;
    private Duration jobDuration;
    private Duration callLength = Duration.ofSeconds(90);
    private boolean failAllJobs;
    private double failureRate;
    private int listingLimit;
    private int unauthorized;
    private int jobLookups;
    private int jobListings;
    private ScheduledExecutorService ticker;
    private OkHttpClient webhookHttp;

    /** A simulator on a manual clock standing at {@link #EPOCH}. */
    public ApexSimulator() {
        this(SimClock.manual(EPOCH));
    }

    /** A simulator on {@code clock}. */
    public ApexSimulator(SimClock clock) {
        super(clock);
        keys.put(API_KEY, new KeyRecord("key_" + uuid(), "Simulator key", clock.instant()));
        route("POST", "/api/generate/{kind}", api(ApexSimRateLimits.GENERATE, this::generate));
        route("GET", "/api/jobs", api(ApexSimRateLimits.READ, this::jobs));
        route("GET", "/api/usage", api(ApexSimRateLimits.READ, this::usage));
        route("GET", "/api/keys", api(ApexSimRateLimits.READ, this::listKeys));
        route("POST", "/api/keys", api(null, this::createKey));
        route("PATCH", "/api/settings", api(null, this::settings));
        route("POST", "/api/voice-agent/agents", api(null, this::createAgent));
        route("POST", "/api/voice-agent/calls/outbound", api(ApexSimRateLimits.OUTBOUND_CALL, this::outboundCall));
        route("GET", "/api/voice-agent/calls", api(ApexSimRateLimits.READ, this::listCalls));
        route("GET", "/outputs/{jobId}/{name}", this::output);
    }

    // ---- options -------------------------------------------------------------------------------------------

    /** Accepts another API key. */
    public synchronized ApexSimulator addApiKey(String apiKey) {
        keys.put(apiKey, new KeyRecord("key_" + uuid(), "Added key", clock().instant()));
        return this;
    }

    /** Sets the account's plan (API access needs {@code enterprise}; any other plan gets 403 FORBIDDEN). */
    public synchronized ApexSimulator plan(String plan) {
        this.plan = plan;
        return this;
    }

    /** Sets the credit balance. */
    public synchronized ApexSimulator credits(long credits) {
        this.credits = credits;
        return this;
    }

    /** How long every job takes on the simulator's clock (default: per type, 8 s for images to 2 min for commercials). */
    public synchronized ApexSimulator jobDuration(Duration duration) {
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("job duration must be positive");
        }
        this.jobDuration = duration;
        return this;
    }

    /** How long outbound calls last on the simulator's clock (default 90 s). */
    public synchronized ApexSimulator callLength(Duration length) {
        this.callLength = length;
        return this;
    }

    /** Makes every job created from now on end {@code failed} (and be refunded). */
    public synchronized ApexSimulator failAllJobs(boolean fail) {
        this.failAllJobs = fail;
        return this;
    }

    /** The share (0 to 1) of new jobs that end {@code failed}, drawn from a fixed-seed random source. */
    public synchronized ApexSimulator failureRate(double rate) {
        if (rate < 0 || rate > 1) {
            throw new IllegalArgumentException("failure rate must be between 0 and 1");
        }
        this.failureRate = rate;
        return this;
    }

    /** Caps {@code GET /api/jobs} at the newest {@code limit} jobs (0, the default, lists all). */
    public synchronized ApexSimulator jobListingLimit(int limit) {
        this.listingLimit = limit;
        return this;
    }

    /**
     * Sends webhooks to {@code url} without the HTTPS and SSRF checks of {@code PATCH /api/settings} (for a local
     * receiver in tests); null stops sending to it.
     */
    public synchronized ApexSimulator webhookTarget(String url) {
        this.webhookTarget = url;
        if (url != null) {
            startTicker();
        }
        return this;
    }

    // ---- observations --------------------------------------------------------------------------------------

    /** The credit balance now (after refunds of jobs that failed by now). */
    public synchronized long credits() {
        settle();
        return credits;
    }

    /** The credits charged so far (refunds not subtracted). */
    public synchronized long chargedCredits() {
        return charged;
    }

    /** The credits refunded so far. */
    public synchronized long refundedCredits() {
        settle();
        return refunded;
    }

    /** How many jobs were created. */
    public synchronized int jobCount() {
        return jobs.size();
    }

    /** The status of a job now, if it exists. */
    public synchronized Optional<String> statusOf(String jobId) {
        SimJob job = jobs.get(jobId);
        return job == null ? Optional.empty() : Optional.of(job.status(clock().instant()));
    }

    /** How many requests were answered with 429 by the simulator's own rate limits. */
    public int rateLimitedCount() {
        return limits.rejected();
    }

    /** The most requests admitted within any one window, per endpoint class. */
    public Map<String, Integer> peakWindowCounts() {
        return limits.peaks();
    }

    /** How many single-job lookups ({@code GET /api/jobs?id=}) were answered. */
    public synchronized int jobLookupCount() {
        return jobLookups;
    }

    /** How many job listings ({@code GET /api/jobs} without an id) were answered. */
    public synchronized int jobListingCount() {
        return jobListings;
    }

    /** How many requests were rejected with 401. */
    public synchronized int unauthorizedCount() {
        return unauthorized;
    }

    /** The webhook URL set through {@code PATCH /api/settings}. */
    public synchronized Optional<String> webhookUrl() {
        return Optional.ofNullable(webhookUrl);
    }

    /** Every webhook delivery attempt so far, in order. */
    public List<WebhookAttempt> webhookAttempts() {
        return List.copyOf(webhookAttempts);
    }

    /**
     * Delivers the webhooks that are due now (the background ticker also does this every few milliseconds); returns
     * when every due delivery, including one the ticker had already started, has been attempted.
     */
    public void deliverDueWebhooks() {
        synchronized (deliveryLock) {
            List<PendingDelivery> due = new ArrayList<>();
            synchronized (this) {
                settle();
                Instant now = clock().instant();
                for (Iterator<PendingDelivery> it = deliveries.iterator(); it.hasNext(); ) {
                    PendingDelivery delivery = it.next();
                    if (!delivery.dueAt.isAfter(now)) {
                        it.remove();
                        due.add(delivery);
                    }
                }
            }
            for (PendingDelivery delivery : due) {
                Instant sentAt = clock().instant();
                int status = post(delivery.url, delivery.body);
                synchronized (this) {
                    webhookAttempts.add(new WebhookAttempt(delivery.event, delivery.jobId, delivery.url, delivery.body,
                            delivery.attempt, status, sentAt));
                    boolean ok = status >= 200 && status < 300;
                    if (!ok && delivery.attempt <= WEBHOOK_RETRY_SCHEDULE.size()) {
                        deliveries.add(delivery.retry(sentAt.plus(WEBHOOK_RETRY_SCHEDULE.get(delivery.attempt - 1))));
                    }
                }
            }
        }
    }

    /** An Apex error response ({@code {error, code}}), e.g. for {@link #failNext}. */
    public static SimResponse error(int status, String code, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", message);
        body.put("code", code);
        return SimResponse.json(status, body);
    }

    // ---- routes --------------------------------------------------------------------------------------------

    private Function<SimRequest, SimResponse> api(String endpointClass, Function<SimRequest, SimResponse> handler) {
        return request -> {
            SimResponse denied = authenticate(request);
            if (denied != null) {
                return denied;
            }
            return limited(endpointClass, request, handler);
        };
    }

    private SimResponse limited(String endpointClass, SimRequest request, Function<SimRequest, SimResponse> handler) {
        ApexSimRateLimits.Decision decision = endpointClass == null ? null : limits.admit(endpointClass, clock().instant());
        if (decision != null && !decision.admitted) {
            Duration wait = Duration.between(clock().instant(), decision.reset);
            return withLimitHeaders(rateLimitedBody(wait), decision);
        }
        SimResponse response;
        synchronized (this) {
            settle();
            response = handler.apply(request);
        }
        return decision == null ? response : withLimitHeaders(response, decision);
    }

    private SimResponse withLimitHeaders(SimResponse response, ApexSimRateLimits.Decision decision) {
        return response.header("X-RateLimit-Limit", decision.limit)
                .header("X-RateLimit-Remaining", decision.remaining)
                .header("X-RateLimit-Reset", resetSeconds(decision.reset));
    }

    private SimResponse generate(SimRequest request) {
        String path = request.pathParam("kind");
        if (path.equals("voice-clone")) {
            return cloneVoice(request);
        }
        Kind kind = KINDS.get(path);
        if (kind == null) {
            return error(404, "NOT_FOUND", "Unknown endpoint /api/generate/" + path);
        }
        JsonNode body = request.jsonNode();
        String problem = validate(kind, body);
        if (problem != null) {
            return error(400, "BAD_REQUEST", "Invalid input: " + problem);
        }
        long cost = kind.name.equals("instant-ad") ? 500 + 250L * (body.path("count").asInt(1) - 1) : kind.cost;
        if (credits < cost) {
            return error(402, "PAYMENT_REQUIRED", "Insufficient credits: " + cost + " required, " + credits
                    + " available. Purchase more at Dashboard > Billing.");
        }
        credits -= cost;
        charged += cost;
        used.merge(kind.usageKey, 1L, Long::sum);
        Instant now = clock().instant();
        Duration length = jobDuration != null ? jobDuration : kind.duration;
        Duration queued = length.dividedBy(5);
        boolean fails = failAllJobs || (failureRate > 0 && random.nextDouble() < failureRate);
        Progression progression = Progression.start(now).then("queued", queued).then("processing", length.minus(queued))
                .end(fails ? "failed" : "completed");
        SimJob job = new SimJob(uuid(), kind, body.deepCopy(), cost, progression);
        jobs.put(job.id, job);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("jobId", job.id);
        data.put("status", "queued");
        if (kind.name.equals("voice")) {
            data.put("estimatedMinutes", Math.max(1, (length.toSeconds() + 59) / 60));
        }
        data.put("message", kind.label + " job queued");
        return ok(data);
    }

    private SimResponse cloneVoice(SimRequest request) {
        String problem = new ApexSimValidator(request.jsonNode()).string("name", 1, 100, true)
                .url("sampleAudioUrl", true, true).firstProblem();
        if (problem != null) {
            return error(400, "BAD_REQUEST", "Invalid input: " + problem);
        }
        if (credits < 80) {
            return error(402, "PAYMENT_REQUIRED", "Insufficient credits: 80 required, " + credits + " available");
        }
        credits -= 80;
        charged += 80;
        used.merge("voiceClones", 1L, Long::sum);
        String voiceId = "voice_" + uuid().substring(0, 12);
        voices.add(voiceId);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("voiceId", voiceId);
        body.put("message", "Voice cloned successfully");
        return SimResponse.json(200, body);
    }

    private SimResponse jobs(SimRequest request) {
        Optional<String> id = request.query("id");
        Instant now = clock().instant();
        if (id.isPresent()) {
            jobLookups++;
            SimJob job = jobs.get(id.get());
            if (job == null) {
                return error(404, "NOT_FOUND", "Job not found");
            }
            return ok(job.toJson(now));
        }
        jobListings++;
        List<SimJob> newestFirst = new ArrayList<>(jobs.values());
        java.util.Collections.reverse(newestFirst);
        if (listingLimit > 0 && newestFirst.size() > listingLimit) {
            newestFirst = newestFirst.subList(0, listingLimit);
        }
        List<Map<String, Object>> data = new ArrayList<>();
        newestFirst.forEach(job -> data.add(job.toJson(now)));
        return ok(data);
    }

    private SimResponse usage(SimRequest request) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("credits", credits);
        data.put("used", new LinkedHashMap<>(used));
        data.put("plan", plan);
        Map<String, Object> cycle = new LinkedHashMap<>();
        cycle.put("start", EPOCH.toString());
        cycle.put("end", EPOCH.plus(Duration.ofDays(30)).toString());
        data.put("billingCycle", cycle);
        return ok(data);
    }

    private SimResponse listKeys(SimRequest request) {
        List<Map<String, Object>> data = new ArrayList<>();
        keys.forEach((secret, record) -> {
            Map<String, Object> key = new LinkedHashMap<>();
            key.put("id", record.id);
            key.put("name", record.name);
            key.put("prefix", secret.substring(0, Math.min(12, secret.length())));
            key.put("createdAt", record.createdAt.toString());
            data.add(key);
        });
        return ok(data);
    }

    private SimResponse createKey(SimRequest request) {
        String problem = new ApexSimValidator(request.jsonNode()).string("name", 1, 100, true).firstProblem();
        if (problem != null) {
            return error(400, "BAD_REQUEST", "Invalid input: " + problem);
        }
        String secret = "sk_live_" + uuid().replace("-", "");
        KeyRecord record = new KeyRecord("key_" + uuid(), request.jsonNode().path("name").asText(), clock().instant());
        keys.put(secret, record);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", record.id);
        data.put("key", secret);
        data.put("name", record.name);
        return ok(data);
    }

    private SimResponse settings(SimRequest request) {
        String problem = new ApexSimValidator(request.jsonNode()).url("webhookUrl", true, true).firstProblem();
        if (problem != null) {
            return error(400, "BAD_REQUEST", "Invalid input: " + problem);
        }
        String url = request.jsonNode().path("webhookUrl").asText();
        if (blockedBySsrfRules(url)) {
            return error(400, "BAD_REQUEST", "Webhook URL is not allowed: private and internal addresses are blocked");
        }
        webhookUrl = url;
        startTicker();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("webhookUrl", url);
        return ok(data);
    }

    private SimResponse createAgent(SimRequest request) {
        JsonNode body = request.jsonNode();
        String problem = new ApexSimValidator(body).string("name", true).string("systemPrompt", true)
                .string("greeting", true).oneOf("ttsModel", TTS, true).string("llmModel", true).firstProblem();
        if (problem != null) {
            return error(400, "BAD_REQUEST", "Invalid input: " + problem);
        }
        Map<String, Object> agent = new LinkedHashMap<>();
        String id = uuid();
        agent.put("id", id);
        for (String field : List.of("name", "systemPrompt", "greeting", "ttsModel", "llmModel")) {
            agent.put(field, body.path(field).asText());
        }
        agent.put("createdAt", clock().instant().toString());
        agents.put(id, agent);
        return ok(agent);
    }

    private SimResponse outboundCall(SimRequest request) {
        JsonNode body = request.jsonNode();
        String problem = new ApexSimValidator(body).string("agentId", true).e164("phoneNumber").firstProblem();
        if (problem != null) {
            return error(400, "BAD_REQUEST", "Invalid input: " + problem);
        }
        String agentId = body.path("agentId").asText();
        if (!agents.containsKey(agentId)) {
            return error(404, "NOT_FOUND", "Agent not found");
        }
        if (credits < 10) {
            return error(402, "PAYMENT_REQUIRED", "Insufficient credits for a call (10 per minute)");
        }
        SimCall call = new SimCall(uuid(), agentId, body.path("phoneNumber").asText(), clock().instant(), callLength);
        calls.add(call);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("callId", call.id);
        data.put("status", "active");
        return ok(data);
    }

    private SimResponse listCalls(SimRequest request) {
        Instant now = clock().instant();
        List<Map<String, Object>> data = new ArrayList<>();
        for (int i = calls.size() - 1; i >= 0; i--) {
            data.add(calls.get(i).toJson(now));
        }
        return ok(data);
    }

    private SimResponse output(SimRequest request) {
        SimJob job;
        synchronized (this) {
            job = jobs.get(request.pathParam("jobId"));
        }
        String name = request.pathParam("name");
        Instant now = clock().instant();
        if (job == null || !job.status(now).equals("completed")) {
            return SimResponse.text(404, "Not found", "text/plain");
        }
        long expires = request.query("expires").map(ApexSimulator::parseLong).orElse(-1L);
        if (expires < 0 || !request.query("signature").equals(Optional.of(signature(job.id, name, expires)))) {
            return SimResponse.text(403, "Invalid signature", "text/plain");
        }
        if (now.getEpochSecond() > expires) {
            return SimResponse.text(403, "Request has expired", "text/plain");
        }
        int index = name.startsWith("output-") ? (int) parseLong(name.substring(7, name.indexOf('.') < 0
                ? name.length() : name.indexOf('.'))) : 0;
        if (index < 0 || index >= job.outputCount()) {
            return SimResponse.text(404, "Not found", "text/plain");
        }
        int seed = Math.abs(job.id.hashCode() % 360) + index * 45;
        String type = job.outputType();
        switch (type) {
            case "video/mp4":
                return SimResponse.bytes(200, MediaFiles.mp4(seed), type);
            case "audio/wav":
                return SimResponse.bytes(200, MediaFiles.wav(1.0, 220 + index * 110), type);
            default:
                return SimResponse.bytes(200, MediaFiles.png(64, 64, seed), "image/png");
        }
    }

    @Override
    protected SimResponse rateLimited(Duration retryAfter) {
        return rateLimitedBody(retryAfter).header("X-RateLimit-Remaining", 0)
                .header("X-RateLimit-Reset", resetSeconds(clock().instant().plus(retryAfter)));
    }

    private SimResponse rateLimitedBody(Duration retryAfter) {
        long seconds = Math.max(1, (long) Math.ceil(clock().toReal(retryAfter).toMillis() / 1000.0));
        return error(429, "RATE_LIMITED", "Too many requests").header("Retry-After", seconds);
    }

    @Override
    protected SimResponse notFound(SimRequest request) {
        SimResponse denied = authenticate(request);
        if (denied != null) {
            return denied;
        }
        String endpointClass = request.path().startsWith("/api/upload/") ? ApexSimRateLimits.UPLOAD
                : request.method().equals("DELETE") ? ApexSimRateLimits.DELETE : null;
        return limited(endpointClass, request, r -> error(404, "NOT_FOUND", "Not found: " + r.method() + " " + r.path()));
    }

    @Override
    public void close() {
        synchronized (this) {
            if (ticker != null) {
                ticker.shutdownNow();
            }
            if (webhookHttp != null) {
                webhookHttp.dispatcher().executorService().shutdown();
                webhookHttp.connectionPool().evictAll();
            }
        }
        super.close();
    }

    // ---- jobs, settlement, webhooks ------------------------------------------------------------------------

    /** Refunds failed jobs and queues the webhooks of every job that finished since the last look. */
    private void settle() {
        Instant now = clock().instant();
        calls.forEach(call -> call.settle(now));
        for (SimJob job : jobs.values()) {
            if (job.settled || !job.progression.isFinished(now)) {
                continue;
            }
            job.settled = true;
            boolean failed = job.progression.terminal().equals("failed");
            if (failed) {
                credits += job.cost;
                refunded += job.cost;
            }
            String target = webhookTarget != null ? webhookTarget : webhookUrl;
            if (target != null) {
                Map<String, Object> payload = new LinkedHashMap<>();
                String event = failed ? "job.failed" : "job.completed";
                payload.put("event", event);
                payload.put("timestamp", job.progression.finishedAt().toString());
                payload.put("data", job.toJson(job.progression.finishedAt()));
                deliveries.add(new PendingDelivery(event, job.id, target, write(payload), 1,
                        job.progression.finishedAt()));
            }
        }
    }

    private synchronized void startTicker() {
        if (ticker != null) {
            return;
        }
        webhookHttp = new OkHttpClient.Builder().callTimeout(Duration.ofSeconds(10)).build();
        ticker = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "mediagen-apex-simulator-webhooks");
            thread.setDaemon(true);
            return thread;
        });
        ticker.scheduleWithFixedDelay(() -> {
            try {
                deliverDueWebhooks();
            } catch (RuntimeException e) {
                // The ticker keeps running; a broken receiver only fails its own attempt.
            }
        }, 10, 10, TimeUnit.MILLISECONDS);
    }

    private int post(String url, String body) {
        OkHttpClient http;
        synchronized (this) {
            http = webhookHttp;
        }
        if (http == null) {
            return -1;
        }
        Request request = new Request.Builder().url(url).post(RequestBody.create(body, JSON))
                .header("User-Agent", "ApexStudio-Webhooks/1.0").build();
        try (Response response = http.newCall(request).execute()) {
            return response.code();
        } catch (IOException | IllegalArgumentException e) {
            return -1;
        }
    }

    // ---- helpers -------------------------------------------------------------------------------------------

    private SimResponse authenticate(SimRequest request) {
        Optional<String> token = request.bearerToken();
        synchronized (this) {
            if (token.isEmpty() || !keys.containsKey(token.get())) {
                unauthorized++;
                return error(401, "UNAUTHORIZED", token.isEmpty() ? "Missing API key" : "Invalid API key");
            }
            if (!plan.equalsIgnoreCase("enterprise")) {
                return error(403, "FORBIDDEN", "API access requires the Enterprise plan. Upgrade required.");
            }
        }
        return null;
    }

    private static SimResponse ok(Object data) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("data", data);
        return SimResponse.json(200, body);
    }

    /** {@code X-RateLimit-Reset} as Unix seconds; on an accelerated clock, the real moment the window resets. */
    private long resetSeconds(Instant simReset) {
        Instant now = clock().instant();
        Duration simulated = Duration.between(now, simReset);
        Duration real = clock().toReal(simulated);
        Instant base = real.equals(simulated) ? now : Instant.now();
        Instant reset = base.plus(real);
        return reset.getEpochSecond() + (reset.getNano() > 0 ? 1 : 0);
    }

    private static String validate(Kind kind, JsonNode body) {
        ApexSimValidator v = new ApexSimValidator(body);
        switch (kind.name) {
            case "image":
                v.string("prompt", 1, 2000, true).integer("width", 256, 2048, false).integer("height", 256, 2048, false)
                        .integer("steps", 1, 50, false).integer("seed", 0, Long.MAX_VALUE, false)
                        .oneOf("style", ordered("photorealistic", "illustration", "3d", "flat"), false)
                        .oneOf("model", ordered("grok-imagine", "flux-2-dev", "flux-2-pro", "ideogram-v3",
                                "flux-kontext-max"), false)
                        .string("negativePrompt", false);
                break;
            case "video":
                v.string("script", 1, 5000, true).url("avatarImage", true, false).string("voiceId", false)
                        .number("duration", 3, 60, false).oneOf("resolution", ordered("720p", "1080p"), false)
                        .oneOf("style", ordered("professional", "casual", "energetic"), false)
                        .oneOf("model", VIDEO_MODELS, false);
                break;
            case "voice":
                v.string("text", 1, 10000, true).string("voiceId", false).number("speed", 0.5, 2.0, false)
                        .language("language", false).oneOf("model", TTS, false);
                break;
            case "avatar":
                v.url("image", true, true).oneOf("resolution", ordered("480p", "720p", "1080p"), true)
                        .oneOf("model", ordered("veed-fabric", "creatify-aurora", "kling-avatar-v2", "omnihuman-1.5"), true)
                        .url("audio", false, false).string("text", false).string("voiceId", false)
                        .rule(body.hasNonNull("audio") || body.hasNonNull("text"), "text: Required when there is no audio");
                break;
            case "clip":
                v.url("sourceVideoUrl", true, true).integer("maxClips", 1, 20, false)
                        .number("minDuration", 1, Double.MAX_VALUE, false).number("maxDuration", 1, Double.MAX_VALUE, false)
                        .bool("addCaptions").oneOf("aspectRatio", ordered("9:16", "1:1", "16:9"), false)
                        .number("viralScoreThreshold", 1, 10, false)
                        .rule(!body.hasNonNull("minDuration") || !body.hasNonNull("maxDuration")
                                || body.path("minDuration").asDouble() <= body.path("maxDuration").asDouble(),
                                "minDuration: must not exceed maxDuration");
                break;
            case "b-roll":
                v.string("prompt", true).number("duration", 3, 6, false).oneOf("resolution", ordered("480p", "720p"), false)
                        .oneOf("model", ordered("wan-2.6", "kling-2.6-pro"), false);
                break;
            case "text2video":
                v.string("script", true).number("duration", 1, Double.MAX_VALUE, false)
                        .oneOf("resolution", ordered("720p", "1080p"), false)
                        .oneOf("style", ordered("cinematic", "documentary", "animation", "aerial"), false)
                        .oneOf("model", VIDEO_MODELS, false);
                break;
            case "commercial":
                v.string("product", true).oneOf("platform", ordered("tiktok", "youtube", "instagram", "tv"), true)
                        .oneOf("duration", ordered("15", "30", "60"), true)
                        .oneOf("tone", ordered("professional", "energetic", "casual", "luxury", "funny"), true)
                        .string("targetAudience", false).url("spokespersonImage", false, false).urls("productImages")
                        .string("voiceId", false).string("voiceModel", false).string("musicMood", false)
                        .string("videoModel", false);
                break;
            case "translate":
                v.url("videoUrl", true, true).language("outputLanguage", true).bool("preserveOriginalVoice");
                break;
            case "instant-ad":
                v.url("websiteUrl", false, true)
                        .oneOf("platform", ordered("tiktok", "youtube", "instagram", "facebook", "linkedin"), true)
                        .integer("count", 1, 4, true)
                        .oneOf("style", ordered("modern", "bold", "minimal", "luxury", "playful"), true)
                        .oneOf("outputFormat", ordered("image", "video", "both"), false).string("brandProfileId", false);
                break;
            default:
                v.url("productImage", false, true)
                        .oneOf("background", ordered("studio-white", "lifestyle", "outdoor", "flat-lay", "custom"), true)
                        .oneOf("angle", ordered("front", "hero", "45-degree", "top-down", "lifestyle"), true)
                        .oneOf("lighting", ordered("studio", "natural", "dramatic", "soft", "golden-hour"), true)
                        .integer("count", 1, 4, true).string("customBackground", false).string("model", false)
                        .rule(!"custom".equals(body.path("background").asText()) || body.hasNonNull("customBackground"),
                                "customBackground: Required when background is custom");
                break;
        }
        return v.firstProblem();
    }

    private static boolean blockedBySsrfRules(String url) {
        String host = java.net.URI.create(url).getHost().toLowerCase(Locale.ROOT);
        if (host.startsWith("[")) {
            return true;
        }
        if (host.equals("localhost") || host.endsWith(".localhost") || host.endsWith(".internal")
                || host.endsWith(".local") || host.equals("metadata.google.internal")) {
            return true;
        }
        String[] octets = host.split("\\.");
        if (octets.length == 4 && host.matches("[0-9.]+")) {
            int a = Integer.parseInt(octets[0]);
            int b = Integer.parseInt(octets[1]);
            return a == 10 || a == 127 || a == 0 || (a == 169 && b == 254) || (a == 172 && b >= 16 && b <= 31)
                    || (a == 192 && b == 168) || (a == 100 && b >= 64 && b <= 127);
        }
        return false;
    }

    private String signature(String jobId, String name, long expires) {
        return Integer.toHexString((jobId + "/" + name + "/" + expires + "/" + API_KEY).hashCode());
    }

    private static long parseLong(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private String uuid() {
        synchronized (random) {
            return new UUID(random.nextLong(), random.nextLong()).toString();
        }
    }

    private static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Set<String> ordered(String... values) {
        return new LinkedHashSet<>(List.of(values));
    }

    private static Map<String, Kind> kinds() {
        Map<String, Kind> k = new LinkedHashMap<>();
        k.put("image", new Kind("image", "Image generation", 10, "images", Duration.ofSeconds(8)));
        k.put("video", new Kind("video", "Video generation", 250, "videos", Duration.ofSeconds(60)));
        k.put("voice", new Kind("voice", "Voice generation", 80, "voice", Duration.ofSeconds(10)));
        k.put("avatar", new Kind("avatar", "Avatar generation", 750, "avatars", Duration.ofSeconds(60)));
        k.put("clip", new Kind("clip", "Clip extraction", 30, "clips", Duration.ofSeconds(45)));
        k.put("b-roll", new Kind("b-roll", "B-roll generation", 150, "bRolls", Duration.ofSeconds(30)));
        k.put("text2video", new Kind("text2video", "Text to video", 250, "videos", Duration.ofSeconds(60)));
        k.put("commercial", new Kind("commercial", "Commercial generation", 3000, "commercials", Duration.ofMinutes(2)));
        k.put("translate", new Kind("translate", "Video translation", 1800, "translations", Duration.ofSeconds(90)));
        k.put("instant-ad", new Kind("instant-ad", "Instant ad", 500, "instantAds", Duration.ofSeconds(30)));
        k.put("photoshoot", new Kind("photoshoot", "Photoshoot", 30, "photoshoots", Duration.ofSeconds(15)));
        return k;
    }

    /** One generation endpoint: name, label, price, usage counter and how long its jobs take. */
    private static final class Kind {
        final String name;
        final String label;
        final long cost;
        final String usageKey;
        final Duration duration;

        Kind(String name, String label, long cost, String usageKey, Duration duration) {
            this.name = name;
            this.label = label;
            this.cost = cost;
            this.usageKey = usageKey;
            this.duration = duration;
        }
    }

    /** An API key's record. */
    private static final class KeyRecord {
        final String id;
        final String name;
        final Instant createdAt;

        KeyRecord(String id, String name, Instant createdAt) {
            this.id = id;
            this.name = name;
            this.createdAt = createdAt;
        }
    }

    /** One simulated job. */
    private final class SimJob {
        final String id;
        final Kind kind;
        final JsonNode request;
        final long cost;
        final Progression progression;
        boolean settled;

        SimJob(String id, Kind kind, JsonNode request, long cost, Progression progression) {
            this.id = id;
            this.kind = kind;
            this.request = request;
            this.cost = cost;
            this.progression = progression;
        }

        String status(Instant now) {
            return progression.statusAt(now);
        }

        int outputCount() {
            switch (kind.name) {
                case "photoshoot":
                case "instant-ad":
                    return Math.max(1, request.path("count").asInt(1));
                case "clip":
                    return clipCount();
                default:
                    return 1;
            }
        }

        int clipCount() {
            return Math.min(3, Math.max(1, request.path("maxClips").asInt(3)));
        }

        String outputType() {
            switch (kind.name) {
                case "image":
                case "photoshoot":
                    return "image/png";
                case "voice":
                    return "audio/wav";
                case "instant-ad":
                    return "video".equals(request.path("outputFormat").asText()) ? "video/mp4" : "image/png";
                default:
                    return "video/mp4";
            }
        }

        String extension() {
            String type = outputType();
            return type.equals("image/png") ? ".png" : type.equals("audio/wav") ? ".wav" : ".mp4";
        }

        String outputUrl(int index) {
            String name = "output-" + index + extension();
            long expires = progression.finishedAt().plus(URL_VALIDITY).getEpochSecond();
            return url("/outputs/" + id + "/" + name + "?expires=" + expires + "&signature=" + signature(id, name, expires));
        }

        Map<String, Object> toJson(Instant now) {
            String status = status(now);
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("jobId", id);
            json.put("type", kind.name);
            json.put("status", status);
            if (status.equals("completed")) {
                json.put("outputUrl", outputUrl(0));
                int count = outputCount();
                if (count > 1) {
                    List<String> urls = new ArrayList<>();
                    for (int i = 0; i < count; i++) {
                        urls.add(outputUrl(i));
                    }
                    json.put("outputUrls", urls);
                }
                json.put("outputType", outputType());
                json.put("metadata", metadata());
            } else if (status.equals("failed")) {
                json.put("error", "Generation failed");
                json.put("creditsRefunded", cost);
            }
            json.put("createdAt", progression.startedAt().toString());
            if (status.equals("completed")) {
                json.put("completedAt", progression.finishedAt().toString());
            } else if (status.equals("failed")) {
                json.put("failedAt", progression.finishedAt().toString());
            }
            return json;
        }

        Map<String, Object> metadata() {
            Map<String, Object> m = new LinkedHashMap<>();
            JsonNode r = request;
            long seconds = Duration.between(progression.startedAt(), progression.finishedAt()).toSeconds();
            switch (kind.name) {
                case "image":
                    m.put("model", r.path("model").asText("flux-2-dev"));
                    m.put("width", r.path("width").asInt(1024));
                    m.put("height", r.path("height").asInt(1024));
                    m.put("durationMs", seconds * 1000);
                    break;
                case "video":
                case "avatar":
                case "b-roll":
                case "text2video":
                    m.put("model", r.path("model").asText(kind.name.equals("avatar") ? "veed-fabric" : "wan-2.6"));
                    m.put("durationSeconds", r.path("duration").asInt(kind.name.equals("b-roll") ? 5 : 30));
                    m.put("resolution", r.path("resolution").asText("720p"));
                    break;
                case "voice":
                    m.put("model", r.path("model").asText("kokoro"));
                    m.put("durationSeconds", Math.max(1, r.path("text").asText().length() / 15));
                    m.put("language", r.path("language").asText("en"));
                    break;
                case "clip":
                    m.put("clipCount", clipCount());
                    List<Double> scores = new ArrayList<>();
                    for (int i = 0; i < clipCount(); i++) {
                        scores.add(9.5 - i * 0.7);
                    }
                    m.put("viralScores", scores);
                    break;
                case "commercial":
                    List<String> scenes = new ArrayList<>();
                    for (int i = 0; i < 3; i++) {
                        scenes.add(outputUrl(0));
                    }
                    m.put("sceneClips", scenes);
                    m.put("platform", r.path("platform").asText());
                    m.put("duration", r.path("duration").asInt());
                    break;
                case "translate":
                    m.put("outputLanguage", r.path("outputLanguage").asText());
                    m.put("durationSeconds", 30);
                    break;
                case "instant-ad":
                    m.put("variationCount", r.path("count").asInt(1));
                    m.put("platform", r.path("platform").asText());
                    m.put("format", r.path("outputFormat").asText("image"));
                    break;
                default:
                    m.put("photoCount", r.path("count").asInt(1));
                    m.put("background", r.path("background").asText());
                    m.put("lighting", r.path("lighting").asText());
                    break;
            }
            return m;
        }
    }

    /** One outbound call. */
    private final class SimCall {
        final String id;
        final String agentId;
        final String phoneNumber;
        final Instant startedAt;
        final Duration length;
        boolean charged;

        SimCall(String id, String agentId, String phoneNumber, Instant startedAt, Duration length) {
            this.id = id;
            this.agentId = agentId;
            this.phoneNumber = phoneNumber;
            this.startedAt = startedAt;
            this.length = length;
        }

        long cost() {
            return ((length.toSeconds() + 59) / 60) * 10;
        }

        void settle(Instant now) {
            if (!charged && !now.isBefore(startedAt.plus(length))) {
                charged = true;
                credits -= cost();
                ApexSimulator.this.charged += cost();
            }
        }

        Map<String, Object> toJson(Instant now) {
            Instant endedAt = startedAt.plus(length);
            boolean ended = !now.isBefore(endedAt);
            long cost = cost();
            settle(now);
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("callId", id);
            json.put("agentId", agentId);
            json.put("phoneNumber", phoneNumber);
            json.put("direction", "outbound");
            json.put("status", ended ? "completed" : "active");
            json.put("startedAt", startedAt.toString());
            if (ended) {
                json.put("endedAt", endedAt.toString());
                json.put("durationSeconds", length.toSeconds());
                json.put("creditsUsed", cost);
            }
            return json;
        }
    }

    /** A webhook delivery waiting for its (next) attempt. */
    private static final class PendingDelivery {
        final String event;
        final String jobId;
        final String url;
        final String body;
        final int attempt;
        final Instant dueAt;

        PendingDelivery(String event, String jobId, String url, String body, int attempt, Instant dueAt) {
            this.event = event;
            this.jobId = jobId;
            this.url = url;
            this.body = body;
            this.attempt = attempt;
            this.dueAt = dueAt;
        }

        PendingDelivery retry(Instant at) {
            return new PendingDelivery(event, jobId, url, body, attempt + 1, at);
        }
    }

    /** One webhook delivery attempt: event, job, target, body, attempt number (1 to 4), receiver's status, time. */
    public static final class WebhookAttempt {
        private final String event;
        private final String jobId;
        private final String url;
        private final String body;
        private final int attempt;
        private final int status;
        private final Instant at;

        WebhookAttempt(String event, String jobId, String url, String body, int attempt, int status, Instant at) {
            this.event = event;
            this.jobId = jobId;
            this.url = url;
            this.body = body;
            this.attempt = attempt;
            this.status = status;
            this.at = at;
        }

        /** {@code job.completed} or {@code job.failed}. */
        public String event() {
            return event;
        }

        /** The job's id. */
        public String jobId() {
            return jobId;
        }

        /** The target URL. */
        public String url() {
            return url;
        }

        /** The JSON body. */
        public String body() {
            return body;
        }

        /** 1 for the first delivery, 2 to 4 for the retries. */
        public int attempt() {
            return attempt;
        }

        /** The receiver's HTTP status, or -1 on a network error. */
        public int status() {
            return status;
        }

        /** When the attempt was made, on the simulator's clock. */
        public Instant at() {
            return at;
        }

        @Override
        public String toString() {
            return "WebhookAttempt{" + event + " " + jobId + " #" + attempt + " -> " + status + " at " + at + "}";
        }
    }
}
