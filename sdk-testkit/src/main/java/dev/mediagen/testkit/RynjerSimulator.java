package dev.mediagen.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An embedded Rynjer Agent API: bearer API keys and Moltbook identity exchange issuing expiring access tokens, the
 * {@code {code, message, data}} envelope, the published price table charging credits ({@code units.count}
 * multiplies; 4K and 1080p surcharges), {@code request_id} idempotency (a repeat returns the same task and charges
 * nothing), generations moving {@code pending -> processing -> success|failed} on the simulator's clock, errors
 * inside a 2xx envelope ({@code insufficient_credits}), and output URLs served by the simulator itself.
 *
 * <p>Moltbook exchange fields (undocumented by Rynjer; the SDK's choice): the identity token in the JSON body as
 * {@code identity_token} or in the {@code X-Moltbook-Identity} header; the answer's {@code data} is
 * {@code {access_token, token_type, expires_in, expires_at}}.
 */
public final class RynjerSimulator extends Simulator {
    /** The API key the simulator accepts out of the box. */
    public static final String API_KEY = "ryn_test_key_0123456789";
    /** The Moltbook identity token the simulator accepts out of the box. */
    public static final String MOLTBOOK_IDENTITY = "moltbook_identity_test_0123456789";
    /** The price version of the simulator's price table. */
    public static final String PRICE_VERSION = "2026-02-02-v1";
    /** The credits a new simulator starts with. */
    public static final long INITIAL_BALANCE = 1_000;
    /** The start of a simulator's manual clock. */
    public static final Instant EPOCH = Instant.parse("2026-02-02T00:00:00Z");

    private static final Set<Integer> COUNTS = Set.of(1, 2, 4, 8);
    private static final Map<String, Price> PRICES = prices();

    private final Set<String> apiKeys = ConcurrentHashMap.newKeySet();
    private final Set<String> identities = ConcurrentHashMap.newKeySet();
    private final Map<String, Instant> accessTokens = new ConcurrentHashMap<>();
    private final Map<String, Job> jobs = new LinkedHashMap<>();
    private final Map<String, Job> jobsByTask = new ConcurrentHashMap<>();
    private final Ids taskIds = new Ids("task_");
    private final Ids providerIds = new Ids("prov_");
    private final Ids usageIds = new Ids("usage_");
    private final Ids tokenIds = new Ids("ryn_at_");
    private final Random random = new Random(42);
    private long balance = INITIAL_BALANCE;
    private long charged;
    private int exchanges;
    private int unauthorized;
    private Duration generationTime = Duration.ofSeconds(20);
    private Duration accessTokenTtl = Duration.ofMinutes(15);
    private boolean failAllJobs;
    private double failureRate;

    /** A simulator on a manual clock standing at {@link #EPOCH}. */
    public RynjerSimulator() {
        this(SimClock.manual(EPOCH));
    }

    /** A simulator on {@code clock}. */
    public RynjerSimulator(SimClock clock) {
        super(clock);
        apiKeys.add(API_KEY);
        identities.add(MOLTBOOK_IDENTITY);
        route("POST", "/auth/moltbook/exchange", this::exchange);
        route("POST", "/v1/generate", this::generate);
        route("GET", "/v1/generate/{requestId}", this::getGeneration);
        route("GET", "/v1/credits/balance", this::balance);
        route("POST", "/v1/credits/estimate", this::estimate);
        route("GET", "/v1/models/list", this::models);
        route("GET", "/files/{taskId}/{name}", this::file);
    }

    // ---- options -------------------------------------------------------------------------------------------

    /** Accepts another API key. */
    public RynjerSimulator addApiKey(String apiKey) {
        apiKeys.add(apiKey);
        return this;
    }

    /** Accepts another Moltbook identity token at the exchange. */
    public RynjerSimulator addMoltbookIdentity(String identityToken) {
        identities.add(identityToken);
        return this;
    }

    /** Sets the account's credit balance. */
    public synchronized RynjerSimulator balance(long credits) {
        this.balance = credits;
        return this;
    }

    /** How long a generation takes on the simulator's clock (default 20 s: a fifth pending, the rest processing). */
    public synchronized RynjerSimulator generationTime(Duration time) {
        if (time.isNegative() || time.isZero()) {
            throw new IllegalArgumentException("generation time must be positive");
        }
        this.generationTime = time;
        return this;
    }

    /** The lifetime of access tokens issued by the Moltbook exchange (default the documented 15 minutes). */
    public synchronized RynjerSimulator accessTokenTtl(Duration ttl) {
        this.accessTokenTtl = ttl;
        return this;
    }

    /** Makes every generation created from now on end {@code failed} (for failure scenarios). */
    public synchronized RynjerSimulator failAllJobs(boolean fail) {
        this.failAllJobs = fail;
        return this;
    }

    /** The share (0 to 1) of new generations that end {@code failed}, drawn from a fixed-seed random source. */
    public synchronized RynjerSimulator failureRate(double rate) {
        if (rate < 0 || rate > 1) {
            throw new IllegalArgumentException("failure rate must be between 0 and 1");
        }
        this.failureRate = rate;
        return this;
    }

    /** Invalidates every access token issued so far (the next call with one gets a 401). */
    public RynjerSimulator revokeAccessTokens() {
        accessTokens.clear();
        return this;
    }

    // ---- observations --------------------------------------------------------------------------------------

    /** The account's credit balance now. */
    public synchronized long balance() {
        return balance;
    }

    /** The credits charged so far. */
    public synchronized long chargedCredits() {
        return charged;
    }

    /** How many generations were created (repeats of a {@code request_id} not counted). */
    public synchronized int generationCount() {
        return jobs.size();
    }

    /** How many successful Moltbook exchanges happened. */
    public synchronized int exchangeCount() {
        return exchanges;
    }

    /** How many requests were rejected with 401. */
    public synchronized int unauthorizedCount() {
        return unauthorized;
    }

    /** The status of the generation with this {@code request_id} now, if it exists. */
    public synchronized Optional<String> statusOf(String requestId) {
        Job job = jobs.get(requestId);
        return job == null ? Optional.empty() : Optional.of(job.progression.statusAt(clock().instant()));
    }

    /** A 2xx envelope carrying an error in {@code data.error}, as Rynjer sends business errors (for {@link #failNext}). */
    public static SimResponse envelopeError(String error, String message) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("error", error);
        data.put("message", message);
        return ok(data);
    }

    // ---- routes --------------------------------------------------------------------------------------------

    private SimResponse exchange(SimRequest request) {
        JsonNode body = request.jsonNode();
        String fromBody = body.path("identity_token").isTextual() ? body.path("identity_token").asText() : null;
        String fromHeader = request.header("x-moltbook-identity").orElse(null);
        if (fromBody == null && fromHeader == null) {
            return error(400, "missing_identity_token",
                    "Send the Moltbook identity token as identity_token or in X-Moltbook-Identity");
        }
        if (fromBody != null && fromHeader != null && !fromBody.equals(fromHeader)) {
            return error(400, "invalid_request", "identity_token and X-Moltbook-Identity differ");
        }
        String identity = fromBody != null ? fromBody : fromHeader;
        if (!identities.contains(identity)) {
            countUnauthorized();
            return error(401, "invalid_identity_token", "The Moltbook identity token is invalid or expired");
        }
        Duration ttl;
        synchronized (this) {
            exchanges++;
            ttl = accessTokenTtl;
        }
        String token = tokenIds.next() + "_" + Long.toHexString(random.nextLong() & Long.MAX_VALUE);
        Instant expiresAt = clock().instant().plus(ttl);
        accessTokens.put(token, expiresAt);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("access_token", token);
        data.put("token_type", "Bearer");
        data.put("expires_in", ttl.toSeconds());
        data.put("expires_at", expiresAt.toString());
        return ok(data);
    }

    private SimResponse generate(SimRequest request) {
        SimResponse denied = authenticate(request);
        if (denied != null) {
            return denied;
        }
        JsonNode body = request.jsonNode();
        if (!body.isObject()) {
            return error(400, "invalid_request", "The body must be a JSON object");
        }
        String requestId = text(body, "request_id");
        if (requestId == null) {
            return error(400, "invalid_request", "request_id is required");
        }
        synchronized (this) {
            Job existing = jobs.get(requestId);
            if (existing != null) {
                return ok(created(existing));
            }
        }
        String model = text(body, "model");
        if (model == null) {
            return error(400, "invalid_request", "model is required");
        }
        Price price = PRICES.get(model);
        if (price == null) {
            return error(400, "unknown_model", "Unknown model '" + model + "'; see GET /v1/models/list");
        }
        String product = text(body, "product");
        if (product != null && !product.equals(price.product)) {
            return error(400, "invalid_request", "Model " + model + " generates " + price.product + ", not " + product);
        }
        List<String> inputs = new ArrayList<>();
        body.path("input_image_urls").forEach(node -> inputs.add(node.asText()));
        if (text(body, "prompt") == null && inputs.isEmpty()) {
            return error(400, "invalid_request", "prompt is required for text-to-" + price.product);
        }
        JsonNode units = body.path("units");
        int count = units.path("count").isMissingNode() ? 1 : units.path("count").asInt(-1);
        if (!COUNTS.contains(count)) {
            return error(400, "invalid_request", "units.count must be 1, 2, 4 or 8");
        }
        String resolution = units.path("resolution").isTextual() ? units.path("resolution").asText() : null;
        long cost = price.perOutput(resolution) * count;
        synchronized (this) {
            Job existing = jobs.get(requestId);
            if (existing != null) {
                return ok(created(existing));
            }
            if (balance < cost) {
                Map<String, Object> data = new LinkedHashMap<>();
                data.put("error", "insufficient_credits");
                data.put("required", cost);
                data.put("available", balance);
                data.put("suggestion", "Use a cheaper model or ask the owner to top up.");
                return ok(data);
            }
            balance -= cost;
            charged += cost;
            boolean fails = failAllJobs || (failureRate > 0 && random.nextDouble() < failureRate);
            Instant now = clock().instant();
            Duration pending = generationTime.dividedBy(5);
            Progression progression = Progression.start(now)
                    .then("pending", pending)
                    .then("processing", generationTime.minus(pending))
                    .end(fails ? "failed" : "success");
            Job job = new Job(requestId, taskIds.next(), providerIds.next(), usageIds.next(), price.product, count,
                    progression);
            jobs.put(requestId, job);
            jobsByTask.put(job.taskId, job);
            return ok(created(job));
        }
    }

    private SimResponse getGeneration(SimRequest request) {
        SimResponse denied = authenticate(request);
        if (denied != null) {
            return denied;
        }
        Job job;
        synchronized (this) {
            job = jobs.get(request.pathParam("requestId"));
        }
        if (job == null) {
            return error(404, "not_found", "No generation with request_id " + request.pathParam("requestId"));
        }
        String status = job.progression.statusAt(clock().instant());
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("request_id", job.requestId);
        data.put("task_id", job.taskId);
        data.put("provider_task_id", job.providerTaskId);
        data.put("status", status);
        if (status.equals("success")) {
            List<Map<String, Object>> outputs = new ArrayList<>();
            for (int i = 0; i < job.count; i++) {
                Map<String, Object> output = new LinkedHashMap<>();
                output.put("url", url("/files/" + job.taskId + "/" + i + extension(job.product)));
                output.put("type", job.product);
                outputs.add(output);
            }
            data.put("outputs", outputs);
        } else if (status.equals("failed")) {
            data.put("error", "generation_failed");
            data.put("error_message", "The provider could not generate this request (simulated failure)");
        }
        data.put("usage_event_id", job.usageEventId);
        return ok(data);
    }

    private SimResponse balance(SimRequest request) {
        SimResponse denied = authenticate(request);
        if (denied != null) {
            return denied;
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("balance", balance());
        return ok(data);
    }

    private SimResponse estimate(SimRequest request) {
        SimResponse denied = authenticate(request);
        if (denied != null) {
            return denied;
        }
        JsonNode body = request.jsonNode();
        String model = text(body, "model");
        if (model == null) {
            return error(400, "invalid_request", "model is required");
        }
        Price price = PRICES.get(model);
        if (price == null) {
            return error(400, "unknown_model", "Unknown model '" + model + "'");
        }
        JsonNode units = body.path("units");
        // The documented shape is units {count, resolution}; the observed /api variant sends units as a number.
        int count = units.isNumber() ? units.asInt() : units.path("count").asInt(1);
        String resolution = units.path("resolution").isTextual() ? units.path("resolution").asText()
                : body.path("options").path("resolution").isTextual() ? body.path("options").path("resolution").asText() : null;
        if (!COUNTS.contains(count)) {
            return error(400, "invalid_request", "units.count must be 1, 2, 4 or 8");
        }
        long perOutput = price.perOutput(resolution);
        Map<String, Object> options = new LinkedHashMap<>();
        options.put("count", count);
        if (resolution != null) {
            options.put("resolution", resolution);
        }
        Map<String, Object> rules = new LinkedHashMap<>();
        rules.put("base", price.base);
        rules.put("per_unit", perOutput);
        Map<String, Object> breakdown = new LinkedHashMap<>();
        breakdown.put("mediaType", price.product);
        breakdown.put("options", options);
        breakdown.put("price_rules", rules);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("estimated_credits", perOutput * count);
        data.put("price_version", PRICE_VERSION);
        data.put("breakdown", breakdown);
        return ok(data);
    }

    private SimResponse models(SimRequest request) {
        SimResponse denied = authenticate(request);
        if (denied != null) {
            return denied;
        }
        List<Map<String, Object>> models = new ArrayList<>();
        PRICES.forEach((id, price) -> {
            Map<String, Object> model = new LinkedHashMap<>();
            model.put("id", id);
            model.put("product", price.product);
            model.put("credits", price.base);
            if (!price.byResolution.isEmpty()) {
                StringBuilder notes = new StringBuilder();
                price.byResolution.forEach((r, c) -> notes.append(notes.length() == 0 ? "" : ", ").append(r).append(" = ").append(c));
                model.put("notes", notes.toString());
            }
            models.add(model);
        });
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("models", models);
        data.put("price_version", PRICE_VERSION);
        return ok(data);
    }

    private SimResponse file(SimRequest request) {
        Job job = jobsByTask.get(request.pathParam("taskId"));
        String name = request.pathParam("name");
        int dot = name.indexOf('.');
        int index;
        try {
            index = Integer.parseInt(dot < 0 ? name : name.substring(0, dot));
        } catch (NumberFormatException e) {
            index = -1;
        }
        if (job == null || index < 0 || index >= job.count || !job.progression.statusAt(clock().instant()).equals("success")) {
            return SimResponse.text(404, "Not found", "text/plain");
        }
        int seed = Math.abs(job.taskId.hashCode() % 360) + index * 45;
        switch (job.product) {
            case "video":
                return SimResponse.bytes(200, MediaFiles.mp4(seed), "video/mp4");
            case "music":
                return SimResponse.bytes(200, MediaFiles.wav(1.0, 220 + index * 110), "audio/wav");
            default:
                return SimResponse.bytes(200, MediaFiles.png(64, 64, seed), "image/png");
        }
    }

    @Override
    protected SimResponse rateLimited(Duration retryAfter) {
        long seconds = Math.max(1, (long) Math.ceil(clock().toReal(retryAfter).toMillis() / 1000.0));
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("error", "rate_limited");
        data.put("message", "Too many requests; retry after " + seconds + " s");
        return envelope(429, 429, "Too Many Requests", data).header("Retry-After", seconds);
    }

    @Override
    protected SimResponse notFound(SimRequest request) {
        return error(404, "not_found", "No route " + request.method() + " " + request.path());
    }

    // ---- helpers -------------------------------------------------------------------------------------------

    private SimResponse authenticate(SimRequest request) {
        Optional<String> token = request.bearerToken();
        if (token.isEmpty()) {
            countUnauthorized();
            return error(401, "unauthorized", "Missing Authorization: Bearer <api key or access token>");
        }
        if (apiKeys.contains(token.get())) {
            return null;
        }
        Instant expiresAt = accessTokens.get(token.get());
        if (expiresAt == null) {
            countUnauthorized();
            return error(401, "invalid_token", "The API key or access token is not valid");
        }
        if (!clock().instant().isBefore(expiresAt)) {
            countUnauthorized();
            return error(401, "token_expired", "The access token expired; exchange your Moltbook identity again");
        }
        return null;
    }

    private synchronized void countUnauthorized() {
        unauthorized++;
    }

    private static Map<String, Object> created(Job job) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("task_id", job.taskId);
        data.put("provider_task_id", job.providerTaskId);
        data.put("status", "pending");
        data.put("usage_event_id", job.usageEventId);
        return data;
    }

    private static SimResponse ok(Object data) {
        return envelope(200, 0, "ok", data);
    }

    private static SimResponse error(int status, String error, String message) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("error", error);
        data.put("message", message);
        return envelope(status, status, message, data);
    }

    private static SimResponse envelope(int status, int code, String message, Object data) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", code);
        body.put("message", message);
        body.put("data", data);
        return SimResponse.json(status, body);
    }

    private static String text(JsonNode node, String name) {
        JsonNode value = node.path(name);
        return value.isTextual() && !value.asText().isBlank() ? value.asText() : null;
    }

    private static String extension(String product) {
        switch (product) {
            case "video":
                return ".mp4";
            case "music":
                return ".wav";
            default:
                return ".png";
        }
    }

    private static Map<String, Price> prices() {
        Map<String, Price> p = new LinkedHashMap<>();
        p.put("google/nano-banana", new Price("image", 8));
        p.put("nano-banana-pro", new Price("image", 20).at("4K", 40));
        p.put("gpt4o_image", new Price("image", 10));
        p.put("qwen/text-to-image", new Price("image", 15));
        p.put("qwen/image-to-image", new Price("image", 15));
        p.put("xai/grok-imagine-image", new Price("image", 20));
        p.put("xai/grok-imagine-image/edit", new Price("image", 20));
        p.put("z-image", new Price("image", 20));
        p.put("sora-2", new Price("video", 10));
        p.put("sora-2-pro", new Price("video", 330));
        p.put("veo3_fast", new Price("video", 50));
        p.put("veo3", new Price("video", 280).at("1080p", 350));
        p.put("doubao-seedance-1.0-pro-fast", new Price("video", 40));
        p.put("wan-2.6", new Price("video", 20).at("1080p", 300));
        p.put("fal-ai/ltx-2/image-to-video", new Price("video", 50));
        p.put("xai/grok-imagine-video/text-to-video", new Price("video", 10));
        p.put("V5", new Price("music", 35));
        p.put("V4_5PLUS", new Price("music", 30));
        p.put("V4_5", new Price("music", 25));
        p.put("V4", new Price("music", 20));
        return p;
    }

    /** A model's price: base per output, documented resolution prices, and the ~1.8x for other 1080p video. */
    private static final class Price {
        final String product;
        final long base;
        final Map<String, Long> byResolution = new LinkedHashMap<>();

        Price(String product, long base) {
            this.product = product;
            this.base = base;
        }

        Price at(String resolution, long credits) {
            byResolution.put(resolution.toUpperCase(Locale.ROOT), credits);
            return this;
        }

        long perOutput(String resolution) {
            if (resolution == null) {
                return base;
            }
            String key = resolution.trim().toUpperCase(Locale.ROOT);
            Long documented = byResolution.get(key);
            if (documented != null) {
                return documented;
            }
            if (product.equals("video") && key.equals("1080P")) {
                return BigDecimal.valueOf(base).multiply(new BigDecimal("1.8")).setScale(0, RoundingMode.CEILING).longValue();
            }
            return base;
        }
    }

    /** One generation. */
    private static final class Job {
        final String requestId;
        final String taskId;
        final String providerTaskId;
        final String usageEventId;
        final String product;
        final int count;
        final Progression progression;

        Job(String requestId, String taskId, String providerTaskId, String usageEventId, String product, int count,
            Progression progression) {
            this.requestId = requestId;
            this.taskId = taskId;
            this.providerTaskId = providerTaskId;
            this.usageEventId = usageEventId;
            this.product = product;
            this.count = count;
            this.progression = progression;
        }
    }
}
