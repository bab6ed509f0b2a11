package dev.mediagen.testkit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An embedded VAP ({@code api.vapagent.com}) for tests and demos: agent registration issuing {@code vap_} keys,
 * bearer auth, deposits, balance with reserve, burn and refund, tier gating (images and operations need Tier 1,
 * video and music Tier 2), per-tier rate limits with VAP's headers, idempotency keys (a reused key is a 409), tasks
 * and operations moving through {@code pending}, {@code queued}, {@code executing}, {@code processing} to
 * {@code completed} or {@code failed} on the simulator's clock, unsigned {@code callback_url} deliveries, the A2A and
 * MCP channels, and result URLs serving real files (PNG images, WAV music, MP4 video).
 *
 * <p>Deposits are not paid for real: {@link #confirmDeposit(String)} credits one, {@link #autoConfirmDeposits(boolean)}
 * credits each at once, and a card deposit's {@code payment_url} credits it when opened.
 */
public final class VapSimulator extends Simulator {
    /** The instant a manual simulator clock starts at. */
    public static final Instant DEFAULT_START = Instant.parse("2026-02-06T11:45:00Z");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<Duration> WEBHOOK_RETRIES = List.of(Duration.ofSeconds(1), Duration.ofSeconds(5));

    private final Object lock = new Object();
    private final Map<String, VapSimAgent> agents = new LinkedHashMap<>();
    private final Map<String, VapSimJob> tasks = new LinkedHashMap<>();
    private final Map<String, VapSimJob> operations = new LinkedHashMap<>();
    private final Map<String, Deposit> deposits = new LinkedHashMap<>();
    private final AtomicLong sequence = new AtomicLong();
    private final AtomicLong requestIds = new AtomicLong();
    private final WebhookSender webhooks = new WebhookSender();
    private final VapSimChannels channels = new VapSimChannels(this);
    private Random random = new Random(7);
    private double failureRate;
    private boolean failAllJobs;
    private int failNextJobs;
    private boolean autoConfirmDeposits;
    private boolean enforceRateLimits = true;
    private int newAgentTier;
    private BigDecimal newAgentBalance = BigDecimal.ZERO;
    private ScheduledExecutorService ticker;

    /** A simulator on a manual clock standing at {@link #DEFAULT_START}. */
    public VapSimulator() {
        this(SimClock.manual(DEFAULT_START));
    }

    /** A simulator on {@code clock} (e.g. {@code SimClock.accelerated(60)} for demos). */
    public VapSimulator(SimClock clock) {
        super(clock);
        route("POST", "/v3/agents", this::register);
        route("GET", "/v3/agents/me/balance", authed(this::balance));
        route("PUT", "/v3/agents/me/oauth", authed(this::linkOAuth));
        route("GET", "/v3/agents/me/oauth", authed(this::oauthLink));
        route("POST", "/v3/deposits/init", authed(this::initDeposit));
        route("POST", "/v3/tasks", authed(this::createTask));
        route("GET", "/v3/tasks", authed(this::listTasks));
        route("GET", "/v3/tasks/{task_id}", authed(this::getTask));
        route("POST", "/v3/operations", authed(this::createOperation));
        route("GET", "/v3/operations/{operation_id}", authed(this::getOperation));
        route("POST", "/a2a", authed(channels::a2a));
        route("POST", "/mcp/tools/call", authed(channels::mcp));
        route("GET", "/media/{job_id}/{file}", this::media);
        route("GET", "/pay/{deposit_id}", this::pay);
    }

    // ---- options ------------------------------------------------------------------------------------------------

    /** Makes each new task or operation fail with this probability (0 to 1), refunding its reservation. */
    public VapSimulator failureRate(double rate) {
        if (rate < 0 || rate > 1) {
            throw new IllegalArgumentException("rate must be between 0 and 1");
        }
        synchronized (lock) {
            this.failureRate = rate;
        }
        return this;
    }

    /** Seeds the random source of {@link #failureRate(double)}. */
    public VapSimulator seed(long seed) {
        synchronized (lock) {
            this.random = new Random(seed);
        }
        return this;
    }

    /** Makes every new task and operation fail (and be refunded) while on. */
    public VapSimulator failAllJobs(boolean failAll) {
        synchronized (lock) {
            this.failAllJobs = failAll;
        }
        return this;
    }

    /** Makes the next {@code count} new tasks or operations fail. */
    public VapSimulator failNextJobs(int count) {
        synchronized (lock) {
            this.failNextJobs = count;
        }
        return this;
    }

    /** Credits every deposit as soon as it is initialised, whatever its provider. */
    public VapSimulator autoConfirmDeposits(boolean autoConfirm) {
        synchronized (lock) {
            this.autoConfirmDeposits = autoConfirm;
        }
        return this;
    }

    /** Starts agents registered from now on at {@code tier} (at least) with {@code balance} USD available. */
    public VapSimulator startAgentsAt(int tier, BigDecimal balance) {
        if (tier < 0 || tier > 3) {
            throw new IllegalArgumentException("tier must be between 0 and 3");
        }
        synchronized (lock) {
            this.newAgentTier = tier;
            this.newAgentBalance = balance;
        }
        return this;
    }

    /** Turns the per-agent, per-tier requests-per-minute limits on or off (default on). */
    public VapSimulator enforceRateLimits(boolean enforce) {
        synchronized (lock) {
            this.enforceRateLimits = enforce;
        }
        return this;
    }

    // ---- test helpers -------------------------------------------------------------------------------------------

    /** Registers an agent directly (as {@code POST /v3/agents} would) and returns its API key. */
    public String registerAgent(String name) {
        synchronized (lock) {
            return newAgent(name).apiKey;
        }
    }

    /** Credits a deposit as if its payment arrived; returns false when no such deposit awaits payment. */
    public boolean confirmDeposit(String depositId) {
        synchronized (lock) {
            Deposit deposit = deposits.get(depositId);
            if (deposit == null || deposit.confirmed) {
                return false;
            }
            deposit.confirmed = true;
            deposit.agent.credit(deposit.amount);
            return true;
        }
    }

    /** The ids of every deposit initialised so far, in order. */
    public List<String> depositIds() {
        synchronized (lock) {
            return List.copyOf(deposits.keySet());
        }
    }

    /** The funds of the agent with {@code apiKey} not yet spent (reserved included). */
    public BigDecimal availableBalance(String apiKey) {
        synchronized (lock) {
            settle();
            return agent(apiKey).available;
        }
    }

    /** The funds of the agent with {@code apiKey} reserved for pending work. */
    public BigDecimal reservedBalance(String apiKey) {
        synchronized (lock) {
            settle();
            return agent(apiKey).reserved;
        }
    }

    /** The tier of the agent with {@code apiKey}. */
    public int tier(String apiKey) {
        synchronized (lock) {
            return agent(apiKey).tier();
        }
    }

    /** How many tasks were created (over all agents). */
    public int taskCount() {
        synchronized (lock) {
            return tasks.size();
        }
    }

    /** How many operations were created (over all agents). */
    public int operationCount() {
        synchronized (lock) {
            return operations.size();
        }
    }

    /** Every webhook delivery attempt so far. */
    public List<WebhookSender.Attempt> webhookAttempts() {
        return webhooks.attempts();
    }

    /** Settles every job that finished by now: burns or refunds its reservation and sends its webhooks. */
    public void tick() {
        synchronized (lock) {
            settle();
        }
    }

    @Override
    public void advance(Duration amount) {
        super.advance(amount);
        tick();
    }

    @Override
    public void close() {
        synchronized (lock) {
            if (ticker != null) {
                ticker.shutdownNow();
            }
        }
        webhooks.close();
        super.close();
    }

    // ---- the vendor's responses -----------------------------------------------------------------------------------

    @Override
    protected SimResponse rateLimited(Duration retryAfter) {
        return tooManyRequests(60, retryAfter);
    }

    @Override
    protected SimResponse notFound(SimRequest request) {
        return SimResponse.json(404, Map.of("detail", "Not Found"));
    }

    private SimResponse tooManyRequests(int limit, Duration retryAfter) {
        long seconds = Math.max(1, (retryAfter.toMillis() + 999) / 1000);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("retry_after", seconds);
        details.put("limit", limit);
        details.put("window", "1 minute");
        return new VapSimError(429, "rate_limit_exceeded", "Rate limit exceeded: " + limit + " requests per minute",
                details).response()
                .header("Retry-After", seconds)
                .header("X-RateLimit-Limit", limit)
                .header("X-RateLimit-Remaining", 0)
                .header("X-RateLimit-Reset", clock().instant().plusSeconds(seconds).getEpochSecond());
    }

    private Function<SimRequest, SimResponse> authed(BiFunction<SimRequest, VapSimAgent, SimResponse> handler) {
        return request -> {
            synchronized (lock) {
                settle();
                String requestId = "req_" + Long.toHexString(0x100000 + requestIds.incrementAndGet());
                VapSimAgent agent = request.bearerToken().map(agents::get).orElse(null);
                if (agent == null) {
                    return new VapSimError(401, "invalid_api_key", "Invalid or missing API key").response()
                            .header("X-Request-Id", requestId);
                }
                Instant now = clock().instant();
                if (enforceRateLimits) {
                    Duration wait = agent.admit(now);
                    if (wait != null) {
                        return tooManyRequests(agent.limitPerMinute(), wait).header("X-Request-Id", requestId);
                    }
                }
                SimResponse response;
                try {
                    response = handler.apply(request, agent);
                } catch (VapSimError e) {
                    response = e.response();
                }
                return response.header("X-Request-Id", requestId)
                        .header("X-RateLimit-Limit", agent.limitPerMinute())
                        .header("X-RateLimit-Remaining", agent.remaining())
                        .header("X-RateLimit-Reset", agent.windowReset(now).getEpochSecond());
            }
        };
    }

    private SimResponse register(SimRequest request) {
        JsonNode name = request.jsonNode().path("name");
        if (!name.isTextual() || name.asText().isBlank()) {
            return VapSimError.invalid("name", "name is required").response();
        }
        synchronized (lock) {
            VapSimAgent agent = newAgent(name.asText());
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("agent_id", agent.id);
            body.put("name", agent.name);
            body.put("api_key", agent.apiKey);
            body.put("message", "Agent created. Store the API key securely - it won't be shown again!");
            return SimResponse.json(201, body);
        }
    }

    private SimResponse balance(SimRequest request, VapSimAgent agent) {
        return SimResponse.json(200, balanceJson(agent));
    }

    Map<String, Object> balanceJson(VapSimAgent agent) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("agent_id", agent.id);
        body.put("available_balance", VapSimJob.money(agent.available));
        body.put("reserved_balance", VapSimJob.money(agent.reserved));
        body.put("usable_balance", VapSimJob.money(agent.usable()));
        body.put("currency", "USD");
        body.put("tier", agent.tier());
        body.put("tier_name", agent.tierName());
        return body;
    }

    private SimResponse linkOAuth(SimRequest request, VapSimAgent agent) {
        JsonNode clientId = request.jsonNode().path("oauth_client_id");
        if (!clientId.isTextual() || clientId.asText().isBlank()) {
            throw VapSimError.invalid("oauth_client_id", "oauth_client_id is required");
        }
        agent.oauthClientId = clientId.asText();
        Map<String, Object> body = oauthJson(agent);
        body.put("message", "OAuth client linked");
        return SimResponse.json(200, body);
    }

    private SimResponse oauthLink(SimRequest request, VapSimAgent agent) {
        return SimResponse.json(200, oauthJson(agent));
    }

    private static Map<String, Object> oauthJson(VapSimAgent agent) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("agent_id", agent.id);
        body.put("oauth_client_id", agent.oauthClientId);
        body.put("linked", agent.oauthClientId != null);
        return body;
    }

    private SimResponse initDeposit(SimRequest request, VapSimAgent agent) {
        JsonNode body = request.jsonNode();
        JsonNode amountNode = body.path("amount");
        BigDecimal amount;
        try {
            amount = amountNode.isNumber() ? amountNode.decimalValue()
                    : amountNode.isTextual() ? new BigDecimal(amountNode.asText()) : null;
        } catch (NumberFormatException e) {
            amount = null;
        }
        if (amount == null || amount.compareTo(BigDecimal.ONE) < 0) {
            throw new VapSimError(400, "invalid_amount", "amount must be at least 1.00 USD");
        }
        String provider = body.path("provider").asText("");
        if (!List.of("manual", "crypto", "card").contains(provider)) {
            throw new VapSimError(400, "invalid_provider", "provider must be manual, crypto or card");
        }
        String id = uuid("deposit");
        String reference = "DEP-" + id.substring(0, 8).toUpperCase(Locale.ROOT);
        Deposit deposit = new Deposit(agent, amount, provider);
        deposits.put(id, deposit);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("deposit_id", id);
        json.put("status", "awaiting");
        json.put("provider", provider);
        json.put("amount", VapSimJob.money(amount));
        json.put("currency", "USD");
        json.put("payment_reference", reference);
        String address = "0x" + id.replace("-", "") + "00000000";
        json.put("payment_address", provider.equals("crypto") ? address : null);
        json.put("payment_url", provider.equals("card") ? url("/pay/" + id) : null);
        json.put("instructions", instructions(provider, amount, reference));
        json.put("expires_at", clock().instant().plus(Duration.ofDays(7)).atOffset(java.time.ZoneOffset.UTC).toString()
                .replace("Z", "+00:00"));
        if (autoConfirmDeposits) {
            deposit.confirmed = true;
            agent.credit(amount);
        }
        return SimResponse.json(200, json);
    }

    private static String instructions(String provider, BigDecimal amount, String reference) {
        switch (provider) {
            case "crypto":
                return "Send exactly $" + amount.stripTrailingZeros().toPlainString()
                        + " USD in USDC to the payment address. Confirmation is automatic after blockchain verification.";
            case "card":
                return "Pay $" + amount.stripTrailingZeros().toPlainString()
                        + " USD at the payment URL. Your balance is credited instantly.";
            default:
                return "Please send $" + amount.stripTrailingZeros().toPlainString() + " USD. Reference: " + reference
                        + ". Our team will verify and credit your account.";
        }
    }

    private SimResponse pay(SimRequest request) {
        String id = request.pathParam("deposit_id");
        synchronized (lock) {
            Deposit deposit = deposits.get(id);
            if (deposit == null || !deposit.provider.equals("card")) {
                return SimResponse.text(404, "<html><body>Unknown payment</body></html>", "text/html");
            }
        }
        confirmDeposit(id);
        return SimResponse.text(200, "<html><body>Payment received. Your VAP balance has been credited.</body></html>",
                "text/html");
    }

    private SimResponse createTask(SimRequest request, VapSimAgent agent) {
        return SimResponse.json(201, createTask(agent, request.jsonNode()).accepted());
    }

    /** Validates and creates a task (REST, A2A and MCP share this); throws {@link VapSimError} when VAP would refuse. */
    VapSimJob createTask(VapSimAgent agent, JsonNode body) {
        String key = body.isObject() ? VapSimSpecs.idempotencyKey(body) : null;
        replayed(agent, key, "task_id");
        VapSimSpecs.TaskSpec spec = VapSimSpecs.task(body);
        int required = spec.media == VapSimJob.Media.IMAGE ? 1 : 2;
        authorizeSpend(agent, required, spec.media.name().toLowerCase(Locale.ROOT) + " generation", spec.cost);
        VapSimJob job = newJob(VapSimJob.Kind.TASK, spec.type, spec.media, agent, spec.cost, spec.callbackUrl,
                spec.params);
        tasks.put(job.id, job);
        remember(agent, key, job.id);
        return job;
    }

    private SimResponse createOperation(SimRequest request, VapSimAgent agent) {
        return SimResponse.json(201, createOperation(agent, request.jsonNode()).accepted());
    }

    /** Validates and creates an operation; throws {@link VapSimError} when VAP would refuse. */
    VapSimJob createOperation(VapSimAgent agent, JsonNode body) {
        String key = body.isObject() ? VapSimSpecs.idempotencyKey(body) : null;
        replayed(agent, key, "operation_id");
        VapSimSpecs.OperationSpec spec = VapSimSpecs.operation(body);
        authorizeSpend(agent, 1, "operations", spec.cost);
        VapSimJob job = newJob(VapSimJob.Kind.OPERATION, spec.operation, spec.media, agent, spec.cost,
                spec.callbackUrl, spec.params);
        operations.put(job.id, job);
        remember(agent, key, job.id);
        return job;
    }

    private void replayed(VapSimAgent agent, String key, String idField) {
        if (key == null || !agent.idempotencyKeys.containsKey(key)) {
            return;
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("idempotency_key", key);
        details.put(idField, agent.idempotencyKeys.get(key));
        throw new VapSimError(409, "duplicate_idempotency_key",
                "Duplicate idempotency key - use unique key per request", details);
    }

    private static void remember(VapSimAgent agent, String key, String jobId) {
        if (key != null) {
            agent.idempotencyKeys.put(key, jobId);
        }
    }

    private void authorizeSpend(VapSimAgent agent, int requiredTier, String what, BigDecimal cost) {
        int tier = agent.tier();
        if (tier == 0) {
            throw VapSimError.tier("Tier 0 (UNVERIFIED) allows validation only; deposit at least $1.00 to unlock "
                    + what, Math.max(1, requiredTier), tier);
        }
        if (tier < requiredTier) {
            throw VapSimError.tier(capitalize(what) + " requires Tier " + requiredTier + " ("
                    + VapSimAgent.TIER_NAMES[requiredTier] + "); this agent is Tier " + tier + " (" + agent.tierName()
                    + ")", requiredTier, tier);
        }
        if (cost.compareTo(agent.maxTaskCost()) > 0) {
            throw VapSimError.tier("Tier " + tier + " allows tasks up to $" + VapSimJob.money(agent.maxTaskCost()),
                    tier + 1, tier);
        }
        Instant now = clock().instant();
        if (agent.spentOn(now).add(cost).compareTo(agent.dailyCap()) > 0) {
            throw VapSimError.tier("Daily spend cap of $" + VapSimJob.money(agent.dailyCap()) + " reached for Tier "
                    + tier, tier + 1, tier);
        }
        if (agent.usable().compareTo(cost) < 0) {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("required", VapSimJob.money(cost));
            details.put("available", VapSimJob.money(agent.usable()));
            throw new VapSimError(403, "insufficient_balance", "Insufficient balance for this task", details);
        }
    }

    private static String capitalize(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private VapSimJob newJob(VapSimJob.Kind kind, String type, VapSimJob.Media media, VapSimAgent agent, BigDecimal cost,
                             String callbackUrl, Map<String, Object> params) {
        Instant now = clock().instant();
        String terminal = nextJobFails() ? "failed" : "completed";
        long n = sequence.incrementAndGet();
        VapSimJob job = new VapSimJob(kind, uuid(kind.name() + n), type, media, agent, cost,
                VapSimJob.progression(kind, media, now, terminal), callbackUrl, params, (int) n * 47);
        agent.reserve(cost, now);
        if (callbackUrl != null) {
            startTicker();
        }
        return job;
    }

    private boolean nextJobFails() {
        if (failAllJobs) {
            return true;
        }
        if (failNextJobs > 0) {
            failNextJobs--;
            return true;
        }
        return failureRate > 0 && random.nextDouble() < failureRate;
    }

    private SimResponse getTask(SimRequest request, VapSimAgent agent) {
        return SimResponse.json(200, job(tasks, request.pathParam("task_id"), agent, "task_not_found", "Task")
                .toJson(clock().instant(), baseUrl()));
    }

    private SimResponse getOperation(SimRequest request, VapSimAgent agent) {
        return SimResponse.json(200, job(operations, request.pathParam("operation_id"), agent, "operation_not_found",
                "Operation").toJson(clock().instant(), baseUrl()));
    }

    VapSimJob job(Map<String, VapSimJob> jobs, String id, VapSimAgent agent, String code, String what) {
        VapSimJob job = jobs.get(id);
        if (job == null || job.agent != agent) {
            throw new VapSimError(404, code, what + " not found: " + id);
        }
        return job;
    }

    VapSimJob task(String id, VapSimAgent agent) {
        return job(tasks, id, agent, "task_not_found", "Task");
    }

    VapSimJob operation(String id, VapSimAgent agent) {
        return job(operations, id, agent, "operation_not_found", "Operation");
    }

    private SimResponse listTasks(SimRequest request, VapSimAgent agent) {
        int limit;
        long offset;
        try {
            limit = Integer.parseInt(request.query("limit").orElse("10"));
            offset = Long.parseLong(request.query("offset").orElse("0"));
        } catch (NumberFormatException e) {
            return queryError("limit", "value is not a valid integer");
        }
        if (limit < 1 || limit > 50) {
            return queryError("limit", "ensure this value is between 1 and 50");
        }
        if (offset < 0) {
            return queryError("offset", "ensure this value is greater than or equal to 0");
        }
        Instant now = clock().instant();
        String status = request.query("status").orElse(null);
        List<VapSimJob> mine = tasks.values().stream().filter(job -> job.agent == agent)
                .filter(job -> status == null || job.status(now).equals(status))
                .sorted(Comparator.comparing((VapSimJob job) -> job.progression.startedAt()).reversed()
                        .thenComparing(job -> -job.seed))
                .collect(Collectors.toList());
        List<Map<String, Object>> page = mine.stream().skip(offset).limit(limit)
                .map(job -> job.toJson(now, baseUrl())).collect(Collectors.toList());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("tasks", page);
        body.put("total", mine.size());
        body.put("limit", limit);
        body.put("offset", offset);
        return SimResponse.json(200, body);
    }

    /** The text of MCP's {@code list_tasks}: one line per task, newest first. */
    String listForTool(VapSimAgent agent, String status, int limit) {
        if (limit < 1 || limit > 50) {
            throw VapSimError.invalid("limit", "limit must be between 1 and 50");
        }
        Instant now = clock().instant();
        List<String> lines = tasks.values().stream().filter(job -> job.agent == agent)
                .filter(job -> status == null || job.status(now).equals(status))
                .sorted(Comparator.comparing((VapSimJob job) -> job.progression.startedAt()).reversed())
                .limit(limit).map(job -> job.id + "  " + job.type + "  " + job.status(now)).collect(Collectors.toList());
        return lines.isEmpty() ? "No tasks." : String.join("\n", lines);
    }

    private static SimResponse queryError(String field, String message) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("loc", List.of("query", field));
        item.put("msg", message);
        item.put("type", "value_error");
        return SimResponse.json(422, Map.of("detail", List.of(item)));
    }

    private SimResponse media(SimRequest request) {
        String id = request.pathParam("job_id");
        String file = request.pathParam("file");
        VapSimJob job;
        synchronized (lock) {
            settle();
            job = tasks.containsKey(id) ? tasks.get(id) : operations.get(id);
            if (job == null || !job.finished(clock().instant()) || job.failed()) {
                return SimResponse.text(404, "<Error><Code>NoSuchKey</Code></Error>", "application/xml");
            }
        }
        if (file.endsWith(".png")) {
            int[] size = imageSize(job, file);
            return SimResponse.bytes(200, MediaFiles.png(size[0], size[1], job.seed), "image/png");
        }
        if (file.endsWith(".wav")) {
            return SimResponse.bytes(200, MediaFiles.wav(1.0, 220 + job.seed % 440), "audio/wav");
        }
        if (file.endsWith(".mp4")) {
            return SimResponse.bytes(200, MediaFiles.mp4(job.seed), "video/mp4");
        }
        return SimResponse.text(404, "<Error><Code>NoSuchKey</Code></Error>", "application/xml");
    }

    private static int[] imageSize(VapSimJob job, String file) {
        if (file.startsWith("cover")) {
            return new int[] {128, 128};
        }
        int scale = job.params.get("scale") instanceof Integer ? (Integer) job.params.get("scale") : 1;
        String ratio = String.valueOf(job.params.getOrDefault("aspect_ratio", "1:1"));
        String[] parts = ratio.split(":");
        int w = Integer.parseInt(parts[0]);
        int h = Integer.parseInt(parts[1]);
        int base = 64;
        return w >= h ? new int[] {base * w / h * scale, base * scale} : new int[] {base * scale, base * h / w * scale};
    }

    // ---- settlement and webhooks --------------------------------------------------------------------------------

    private void settle() {
        Instant now = clock().instant();
        List<VapSimJob> due = new ArrayList<>();
        for (VapSimJob job : tasks.values()) {
            if (!job.settled && job.finished(now)) {
                due.add(job);
            }
        }
        for (VapSimJob job : operations.values()) {
            if (!job.settled && job.finished(now)) {
                due.add(job);
            }
        }
        due.sort(Comparator.comparing(job -> job.progression.finishedAt()));
        for (VapSimJob job : due) {
            job.settled = true;
            if (job.failed()) {
                job.agent.refund(job.cost, job.progression.startedAt());
            } else {
                job.agent.burn(job.cost, job.cost);
                if (job.kind == VapSimJob.Kind.TASK) {
                    job.agent.successfulTasks++;
                }
            }
            if (job.callbackUrl != null) {
                deliver(job);
            }
        }
    }

    private void deliver(VapSimJob job) {
        Instant at = job.progression.finishedAt();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("task_id", job.id);
        data.put("status", job.progression.terminal());
        if (job.failed()) {
            data.put("error", Map.of("code", "provider_error", "message", job.failureMessage()));
            data.put("estimated_cost", VapSimJob.money(job.cost));
            data.put("refund_amount", VapSimJob.money(job.cost));
            data.put("attempts", 3);
            data.put("created_at", VapSimJob.local(job.progression.startedAt()));
            data.put("failed_at", VapSimJob.local(at));
            send(job.callbackUrl, "task.failed", at, data);
            Map<String, Object> refund = new LinkedHashMap<>();
            refund.put("task_id", job.id);
            refund.put("refund_amount", VapSimJob.money(job.cost));
            refund.put("new_balance", VapSimJob.money(job.agent.usable()));
            send(job.callbackUrl, "task.refunded", at, refund);
        } else {
            data.put("result", job.result(baseUrl()));
            data.put("estimated_cost", VapSimJob.money(job.cost));
            data.put("actual_cost", VapSimJob.money(job.cost));
            data.put("duration_seconds", Duration.between(job.progression.startedAt(), at).toMillis() / 1000.0);
            data.put("created_at", VapSimJob.local(job.progression.startedAt()));
            data.put("completed_at", VapSimJob.local(at));
            send(job.callbackUrl, "task.completed", at, data);
        }
    }

    private void send(String url, String event, Instant at, Map<String, Object> data) {
        Map<String, Object> envelope = new LinkedHashMap<>();
        envelope.put("event", event);
        envelope.put("timestamp", at.toString());
        envelope.put("data", data);
        try {
            webhooks.send(url, Map.of("User-Agent", "VAP-Webhooks/1.0"), JSON.writeValueAsString(envelope),
                    WEBHOOK_RETRIES);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private void startTicker() {
        if (ticker == null) {
            ticker = Executors.newSingleThreadScheduledExecutor(runnable -> {
                Thread thread = new Thread(runnable, "mediagen-vap-simulator-ticker");
                thread.setDaemon(true);
                return thread;
            });
            ticker.scheduleWithFixedDelay(this::tick, 50, 50, TimeUnit.MILLISECONDS);
        }
    }

    // ---- agents ---------------------------------------------------------------------------------------------------

    private VapSimAgent newAgent(String name) {
        String id = uuid("agent" + sequence.incrementAndGet());
        String key = "vap_" + UUID.randomUUID().toString().replace("-", "") + Long.toHexString(sequence.get());
        VapSimAgent agent = new VapSimAgent(id, name, key, newAgentTier, newAgentBalance);
        agents.put(key, agent);
        return agent;
    }

    VapSimAgent agent(String apiKey) {
        VapSimAgent agent = agents.get(apiKey);
        if (agent == null) {
            throw new IllegalArgumentException("no agent has this API key");
        }
        return agent;
    }

    Instant now() {
        return clock().instant();
    }

    private String uuid(String seed) {
        byte[] name = (seed + "/" + sequence.incrementAndGet()).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return UUID.nameUUIDFromBytes(name).toString();
    }

    /** A deposit waiting for (or credited after) its payment. */
    private static final class Deposit {
        final VapSimAgent agent;
        final BigDecimal amount;
        final String provider;
        boolean confirmed;

        Deposit(VapSimAgent agent, BigDecimal amount, String provider) {
            this.agent = agent;
            this.amount = amount;
            this.provider = provider;
        }
    }
}
