package dev.mediagen.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * An embedded VideoGen API ({@code https://api.videogen.io}) that behaves as documented: bearer auth, the OpenAPI
 * document's validation and {@code ApiError} bodies, tool executions moving pending, running (with rising
 * {@code progressPercentage}), then succeeded, failed or cancelled on the simulator's clock, credits, presigned
 * uploads, hydration with expiring signed URLs, per-endpoint hourly limits with {@code X-RateLimit-*} headers,
 * Standard Webhooks deliveries to registered endpoints, and results that are real small media (PNG, WAV, MP4).
 *
 * <p>Webhook deliveries go out when a request is handled or the clock is {@link #advance advanced} after the
 * event's moment (or on {@link #deliverDueWebhooks()}).
 */
public final class VideoGenSimulator extends Simulator {
    /** The API key the simulator accepts by default. */
    public static final String API_KEY = "sk_videogen_sim_0123456789abcdef";
    /** The instant a manual simulator starts at. */
    public static final Instant DEFAULT_START = Instant.parse("2026-07-01T09:00:00Z");
    /** A voice that text-to-speech accepts. */
    public static final String VOICE_ID = VideoGenSimResources.NARRATOR_VOICE;
    /** A voice listed for workflows that text-to-speech rejects ({@code supportsDirectToolExecution=false}). */
    public static final String WORKFLOW_ONLY_VOICE_ID = VideoGenSimResources.WORKFLOW_ONLY_VOICE;
    /** A deprecated voice. */
    public static final String DEPRECATED_VOICE_ID = VideoGenSimResources.DEPRECATED_VOICE;
    /** An avatar presenter. */
    public static final String PRESENTER_ID = VideoGenSimResources.PRESENTER;

    /** Rate-limit group of {@code POST /v1/tools/*} (500 an hour). */
    public static final String LIMIT_TOOLS = "POST /v1/tools/*";
    /** Rate-limit group of execution reads, single and listed (5,000 an hour). */
    public static final String LIMIT_EXECUTION_READS = "GET /v1/tools/executions/{id}";
    /** Rate-limit group of execution cancels (250 an hour). */
    public static final String LIMIT_EXECUTION_CANCELS = "POST /v1/tools/executions/{id}/cancel";
    /** Rate-limit group of file reads (50,000 an hour). */
    public static final String LIMIT_FILE_READS = "GET /v1/files";
    /** Rate-limit group of hydrations (2,500 an hour). */
    public static final String LIMIT_HYDRATE = "POST /v1/files/{id}/hydrate";
    /** Rate-limit group of upload creations (500 an hour). */
    public static final String LIMIT_UPLOADS = "POST /v1/files/upload";
    /** Rate-limit group of file searches (500 an hour). */
    public static final String LIMIT_SEARCH = "POST /v1/files/search";
    /** Rate-limit group of the resource lists (2,500 an hour). */
    public static final String LIMIT_RESOURCES = "GET /v1/resources/*";
    /** Rate-limit group of webhook endpoint listing (500 an hour). */
    public static final String LIMIT_WEBHOOK_LIST = "GET /v1/webhooks/endpoints";
    /** Rate-limit group of webhook endpoint creation (10 an hour). */
    public static final String LIMIT_WEBHOOK_CREATE = "POST /v1/webhooks/endpoints";
    /** Rate-limit group of webhook endpoint deletion (10 an hour). */
    public static final String LIMIT_WEBHOOK_DELETE = "DELETE /v1/webhooks/endpoints/{id}";
    /** Rate-limit group of workflow starts (500 an hour). */
    public static final String LIMIT_WORKFLOWS = "POST /v1/workflows/*";
    /** Rate-limit group of workflow run reads (5,000 an hour). */
    public static final String LIMIT_WORKFLOW_RUN_READS = "GET /v1/workflows/runs/{id}";
    /** Rate-limit group of workflow run cancels (250 an hour). */
    public static final String LIMIT_WORKFLOW_RUN_CANCELS = "POST /v1/workflows/runs/{id}/cancel";
    /** Rate-limit group of project reads (2,500 an hour). */
    public static final String LIMIT_PROJECT_READS = "GET /v1/projects/{id}";
    /** Rate-limit group of project exports (500 an hour). */
    public static final String LIMIT_PROJECT_EXPORTS = "POST /v1/projects/{id}/export";
    /** Rate-limit group of export reads (5,000 an hour). */
    public static final String LIMIT_EXPORT_READS = "GET /v1/projects/{id}/exports/{exportId}";

    private final Set<String> apiKeys = ConcurrentHashMap.newKeySet();
    private final AtomicLong requestIds = new AtomicLong();
    private final AtomicLong credits = new AtomicLong(100_000);
    private final VideoGenSimRateLimits limits;
    private final VideoGenSimFiles files;
    private final VideoGenSimTools tools;
    private final VideoGenSimResources resources;
    private final VideoGenSimWebhooks webhooks;
    private final VideoGenSimWorkflows workflows;
    private final Random random = new Random(42);
    private volatile boolean failAllJobs;
    private volatile double failureRate;
    private volatile Duration queueTime = Duration.ofSeconds(2);
    private volatile Duration runningTime;

    /** A simulator on a manual clock standing at {@link #DEFAULT_START}. */
    public VideoGenSimulator() {
        this(SimClock.manual(DEFAULT_START));
    }

    /** A simulator on {@code clock} (manual, accelerated, or following a test's virtual scheduler). */
    public VideoGenSimulator(SimClock clock) {
        super(clock);
        apiKeys.add(API_KEY);
        this.limits = new VideoGenSimRateLimits(clock);
        this.files = new VideoGenSimFiles(clock, this::baseUrl);
        this.tools = new VideoGenSimTools(clock, files);
        this.resources = new VideoGenSimResources(this::baseUrl);
        this.webhooks = new VideoGenSimWebhooks(clock);
        this.workflows = new VideoGenSimWorkflows(clock, files);
        documentedLimits();

        api("POST", "/v1/tools/executions/{id}/cancel", LIMIT_EXECUTION_CANCELS, this::cancelExecution);
        api("GET", "/v1/tools/executions", LIMIT_EXECUTION_READS, this::listExecutions);
        api("GET", "/v1/tools/executions/{id}", LIMIT_EXECUTION_READS, this::getExecution);
        api("POST", "/v1/tools/{tool}", LIMIT_TOOLS, this::startTool);

        api("GET", "/v1/files", LIMIT_FILE_READS, req -> ok(VideoGenSimPaging.page(req, "files", "files", files.listed())));
        api("POST", "/v1/files/search", LIMIT_SEARCH, this::searchFiles);
        api("POST", "/v1/files/upload", LIMIT_UPLOADS, this::createUpload);
        api("GET", "/v1/files/{fileId}", LIMIT_FILE_READS, req -> ok(files.view(files.find(req.pathParam("fileId")), false)));
        api("POST", "/v1/files/{fileId}/hydrate", LIMIT_HYDRATE,
                req -> ok(files.view(files.find(req.pathParam("fileId")), true)));
        api("POST", "/v1/files/{fileId}/archive", null, req -> fileUpdate(req, f -> f.archived = true));
        api("POST", "/v1/files/{fileId}/enable-public-preview", null, req -> fileUpdate(req, f -> f.publicPreview = true));
        api("POST", "/v1/files/{fileId}/disable-public-preview", null, req -> fileUpdate(req, f -> f.publicPreview = false));
        route("PUT", "/storage/upload/{fileId}", files::acceptUpload);
        route("GET", "/storage/files/{fileId}/{rendition}", files::serveRendition);
        route("GET", "/public/presenters/{presenterId}/{name}", resources::presenterMedia);
        route("GET", "/public/{fileId}", files::servePublic);

        api("GET", "/v1/resources/avatar-presenters", LIMIT_RESOURCES,
                req -> ok(VideoGenSimPaging.page(req, "presenters", "avatarPresenters", resources.presenters())));
        api("GET", "/v1/resources/tts-voices", LIMIT_RESOURCES, req -> ok(VideoGenSimPaging.page(req, "voices",
                "ttsVoices", resources.voices(VideoGenSimPaging.flag(req, "includeDeprecatedVoices")))));
        api("GET", "/v1/resources/languages", LIMIT_RESOURCES, req -> {
            ObjectNode body = JsonNodeFactory.instance.objectNode();
            ArrayNode languages = body.putArray("languages");
            resources.languages().forEach(languages::add);
            return ok(body);
        });
        api("GET", "/v1/me", null, this::me);

        api("GET", "/v1/webhooks/endpoints", LIMIT_WEBHOOK_LIST,
                req -> ok(VideoGenSimPaging.page(req, "endpoints", "endpoints", webhooks.listed(key(req)))));
        api("POST", "/v1/webhooks/endpoints", LIMIT_WEBHOOK_CREATE, this::createEndpoint);
        api("DELETE", "/v1/webhooks/endpoints/{endpointId}", LIMIT_WEBHOOK_DELETE, req -> {
            if (!webhooks.remove(req.pathParam("endpointId"), key(req))) {
                return VideoGenSimErrors.notFound("Webhook endpoint", req.pathParam("endpointId"));
            }
            return SimResponse.empty(204);
        });
        workflowRoutes();
    }

    private void workflowRoutes() {
        api("GET", "/v1/workflows/runs", LIMIT_WORKFLOW_RUN_READS, req -> ok(VideoGenSimPaging.page(req, "runs",
                "workflowRuns", workflows.listed(key(req), VideoGenSimPaging.flag(req, "selfOnly")))));
        api("GET", "/v1/workflows/runs/{id}", LIMIT_WORKFLOW_RUN_READS, req -> ok(workflows.view(workflows.run(req.pathParam("id")))));
        api("POST", "/v1/workflows/runs/{id}/cancel", LIMIT_WORKFLOW_RUN_CANCELS, req -> {
            VideoGenSimWorkflows.Run run = workflows.run(req.pathParam("id"));
            workflows.cancel(run);
            ObjectNode body = JsonNodeFactory.instance.objectNode();
            body.put("workflowRunId", run.id);
            body.put("projectId", run.projectId);
            body.put("projectUrl", "https://app.videogen.io/project/" + run.projectId);
            body.putArray("remixActionIds");
            return SimResponse.json(202, body);
        });
        api("POST", "/v1/workflows/{workflow}", LIMIT_WORKFLOWS, req -> {
            String type = VideoGenSimWorkflows.workflowType(req.pathParam("workflow"));
            ObjectNode body = workflows.validate(type, req);
            return SimResponse.json(202, workflows.start(type, body, key(req), queueTime, nextJobFails()));
        });
        api("GET", "/v1/projects/{projectId}", LIMIT_PROJECT_READS,
                req -> ok(workflows.projectView(workflows.project(req.pathParam("projectId")))));
        api("POST", "/v1/projects/{projectId}/export", LIMIT_PROJECT_EXPORTS, req -> {
            VideoGenSimWorkflows.Run run = workflows.project(req.pathParam("projectId"));
            if (req.bodySize() > 0) {
                VideoGenSimChecks.of(req).oneOf("quality", false, false, "STANDARD", "HIGH", "FULL_HIGH", "ULTRA_HIGH")
                        .validate();
            }
            VideoGenSimWorkflows.Export export = workflows.export(run, key(req), queueTime, nextJobFails());
            ObjectNode body = JsonNodeFactory.instance.objectNode();
            body.put("exportId", export.id);
            return SimResponse.json(202, body);
        });
        api("GET", "/v1/projects/{projectId}/exports/{exportId}", LIMIT_EXPORT_READS, req -> ok(workflows.exportView(
                workflows.export(req.pathParam("projectId"), req.pathParam("exportId")))));
    }

    private void documentedLimits() {
        limits.limit(LIMIT_TOOLS, 500);
        limits.limit(LIMIT_EXECUTION_READS, 5_000);
        limits.limit(LIMIT_EXECUTION_CANCELS, 250);
        limits.limit(LIMIT_FILE_READS, 50_000);
        limits.limit(LIMIT_HYDRATE, 2_500);
        limits.limit(LIMIT_UPLOADS, 500);
        limits.limit(LIMIT_SEARCH, 500);
        limits.limit(LIMIT_RESOURCES, 2_500);
        limits.limit(LIMIT_WEBHOOK_LIST, 500);
        limits.limit(LIMIT_WEBHOOK_CREATE, 10);
        limits.limit(LIMIT_WEBHOOK_DELETE, 10);
        limits.limit(LIMIT_WORKFLOWS, 500);
        limits.limit(LIMIT_WORKFLOW_RUN_READS, 5_000);
        limits.limit(LIMIT_WORKFLOW_RUN_CANCELS, 250);
        limits.limit(LIMIT_PROJECT_READS, 2_500);
        limits.limit(LIMIT_PROJECT_EXPORTS, 500);
        limits.limit(LIMIT_EXPORT_READS, 5_000);
    }

    // ---- options -------------------------------------------------------------------------------------------------

    /** Makes every job started from now on fail (for failure-path demos and tests). */
    public VideoGenSimulator failAllJobs(boolean fail) {
        this.failAllJobs = fail;
        return this;
    }

    /** Makes this share of new jobs fail, drawn from a fixed-seed random sequence (reproducible). */
    public VideoGenSimulator failureRate(double rate) {
        if (rate < 0 || rate > 1) {
            throw new IllegalArgumentException("rate must be between 0 and 1");
        }
        this.failureRate = rate;
        return this;
    }

    /** How long new jobs stay {@code pending} (default 2 s). */
    public VideoGenSimulator queueTime(Duration time) {
        this.queueTime = Objects.requireNonNull(time);
        return this;
    }

    /** How long new jobs stay {@code running} (default: per tool, 5 to 30 s). */
    public VideoGenSimulator runningTime(Duration time) {
        this.runningTime = Objects.requireNonNull(time);
        return this;
    }

    /** How long new workflow runs stay {@code running} (default 60 s). */
    public VideoGenSimulator workflowRunningTime(Duration time) {
        workflows.runningTime = Objects.requireNonNull(time);
        return this;
    }

    /** How long new project exports stay {@code running} (default 20 s). */
    public VideoGenSimulator exportTime(Duration time) {
        workflows.exportTime = Objects.requireNonNull(time);
        return this;
    }

    /** How long an uploaded file takes to be processed (default 3 s). */
    public VideoGenSimulator uploadProcessingTime(Duration time) {
        files.processingTime = Objects.requireNonNull(time);
        return this;
    }

    /** How long hydrated URLs stay valid (default 1 hour). */
    public VideoGenSimulator signedUrlTtl(Duration ttl) {
        files.urlTtl = Objects.requireNonNull(ttl);
        return this;
    }

    /** Overrides the hourly limit of a group (one of the {@code LIMIT_*} constants). */
    public VideoGenSimulator rateLimit(String group, int perHour) {
        limits.limit(group, perHour);
        return this;
    }

    /** Sets the team's credit balance (default 100,000); tools answer 429 {@code insufficient_credits} below cost. */
    public VideoGenSimulator credits(long balance) {
        credits.set(balance);
        return this;
    }

    /** The team's credit balance. */
    public long credits() {
        return credits.get();
    }

    /** Accepts another API key. */
    public VideoGenSimulator addApiKey(String apiKey) {
        apiKeys.add(Objects.requireNonNull(apiKey));
        return this;
    }

    // ---- inspection and test set-up ------------------------------------------------------------------------------

    /** Stores a processed file (as if uploaded earlier) and returns its id. */
    public String seedFile(String displayName, String type, byte[] bytes) {
        String contentType = MediaFiles.sniff(VideoGenSimFiles.head(bytes));
        return files.createReady(displayName, type, bytes, contentType, null, null, false).id;
    }

    /** How many tool executions were started. */
    public int executionCount() {
        return tools.count();
    }

    /** Sends the webhooks of every event whose moment has passed. */
    public void deliverDueWebhooks() {
        for (VideoGenSimTools.Execution execution : tools.newlyFinished()) {
            ObjectNode payload = tools.view(execution, true);
            String status = payload.path("status").asText();
            ObjectNode event = JsonNodeFactory.instance.objectNode();
            event.put("event", "tool_execution." + status);
            event.put("toolExecutionId", execution.id);
            event.put("occurredAt", execution.endedAt().getEpochSecond());
            event.put("toolType", execution.tool.toolType);
            if (payload.has("results")) {
                event.set("results", payload.get("results"));
            }
            if (payload.has("error")) {
                event.set("error", payload.get("error"));
            }
            webhooks.publish(execution.apiKey, event);
        }
        for (VideoGenSimWorkflows.Run run : workflows.newlyFinished()) {
            ObjectNode view = workflows.view(run);
            ObjectNode event = JsonNodeFactory.instance.objectNode();
            event.put("event", "workflow_run." + view.path("status").asText());
            event.put("workflowRunId", run.id);
            event.put("occurredAt", run.endedAt().toString());
            event.put("workflowType", run.workflowType);
            event.put("projectId", run.projectId);
            event.put("projectUrl", view.path("projectUrl").asText());
            if (view.has("error")) {
                event.set("error", view.get("error"));
            }
            webhooks.publish(run.apiKey, event);
        }
        for (VideoGenSimFiles.SimFile file : files.newlyProcessed()) {
            ObjectNode event = JsonNodeFactory.instance.objectNode();
            event.put("event", file.failed ? "file.upload.failed" : "file.upload.completed");
            event.put("fileId", file.id);
            event.put("occurredAt", file.readyAt.getEpochSecond());
            event.set("file", files.view(file, true));
            if (file.failed) {
                event.set("error", VideoGenSimErrors.body("upload_failed", "The uploaded file could not be processed"));
            }
            webhooks.publish(file.apiKey, event);
        }
    }

    /** Every webhook delivery sent so far: URL, headers and body exactly as signed. */
    public List<WebhookDelivery> webhookDeliveries() {
        List<WebhookDelivery> sent = new ArrayList<>();
        webhooks.deliveries().forEach(d -> sent.add(new WebhookDelivery(d.url, d.headers, d.body)));
        return sent;
    }

    /** Every delivery attempt with the receiver's status. */
    public List<WebhookSender.Attempt> webhookAttempts() {
        return webhooks.sender().attempts();
    }

    @Override
    public void advance(Duration amount) {
        super.advance(amount);
        deliverDueWebhooks();
    }

    @Override
    public void close() {
        webhooks.close();
        super.close();
    }

    // ---- plumbing ------------------------------------------------------------------------------------------------

    /** Registers an authenticated, rate-limited API route. */
    private void api(String method, String path, String limitGroup, Function<SimRequest, SimResponse> handler) {
        route(method, path, request -> {
            deliverDueWebhooks();
            String requestId = "req_sim" + requestIds.incrementAndGet();
            SimResponse response;
            try {
                String key = request.bearerToken().orElse(null);
                if (key == null || key.isEmpty()) {
                    response = VideoGenSimErrors.error(401, "missing_api_key", "Missing API key in the Authorization header");
                } else if (!apiKeys.contains(key)) {
                    response = VideoGenSimErrors.error(401, "invalid_api_key", "Invalid API key");
                } else {
                    long[] window = limitGroup == null ? null : limits.take(key, limitGroup);
                    response = handler.apply(request);
                    if (window != null) {
                        VideoGenSimRateLimits.headers(response, window[0], window[1], window[2]);
                    }
                }
            } catch (VideoGenSimErrors.Failure failure) {
                response = failure.response;
            }
            return response.header("x-request-id", requestId);
        });
    }

    private static String key(SimRequest request) {
        return request.bearerToken().orElseThrow();
    }

    private static SimResponse ok(JsonNode body) {
        return SimResponse.json(200, body);
    }

    @Override
    protected SimResponse rateLimited(Duration retryAfter) {
        return limits.limited(retryAfter);
    }

    private boolean nextJobFails() {
        synchronized (random) {
            return failAllJobs || (failureRate > 0 && random.nextDouble() < failureRate);
        }
    }

    private SimResponse startTool(SimRequest request) {
        VideoGenSimTools.Tool tool = tools.tool(request.pathParam("tool"));
        int numResults = tools.validate(tool, request);
        long cost = tool.creditsPerResult * numResults;
        long left = credits.getAndUpdate(balance -> balance >= cost ? balance - cost : balance);
        if (left < cost) {
            return VideoGenSimErrors.error(429, "insufficient_credits", "Not enough credits: this run needs " + cost
                    + " credits and the team has " + left);
        }
        VideoGenSimTools.Execution execution = tools.start(tool, request, key(request), queueTime, runningTime,
                nextJobFails(), numResults);
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("toolExecutionId", execution.id);
        return SimResponse.json(202, body);
    }

    private SimResponse getExecution(SimRequest request) {
        return ok(tools.view(tools.find(request.pathParam("id")), false));
    }

    private SimResponse listExecutions(SimRequest request) {
        boolean selfOnly = VideoGenSimPaging.flag(request, "selfOnly");
        return ok(VideoGenSimPaging.page(request, "executions", "toolExecutions", tools.listed(key(request), selfOnly)));
    }

    private SimResponse cancelExecution(SimRequest request) {
        VideoGenSimTools.Execution execution = tools.find(request.pathParam("id"));
        tools.cancel(execution);
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("toolExecutionId", execution.id);
        return SimResponse.json(202, body);
    }

    private SimResponse createUpload(SimRequest request) {
        ObjectNode body = VideoGenSimChecks.of(request).requiredText("displayName")
                .oneOf("type", false, false, VideoGenSimFiles.TYPES.toArray(new String[0]))
                .bool("isTemporary").validate();
        VideoGenSimFiles.SimFile file = files.createForUpload(body.get("displayName").asText(),
                body.hasNonNull("type") ? body.get("type").asText() : null, body.path("isTemporary").asBoolean(false),
                key(request));
        ObjectNode response = JsonNodeFactory.instance.objectNode();
        response.put("fileId", file.id);
        response.put("uploadUrl", files.uploadUrl(file));
        return ok(response);
    }

    private SimResponse searchFiles(SimRequest request) {
        ObjectNode body = VideoGenSimChecks.of(request).requiredText("query").integer("numResults", 1, 100, false)
                .bool("selfOnly").validate();
        ObjectNode response = JsonNodeFactory.instance.objectNode();
        ArrayNode results = response.putArray("results");
        files.search(body.get("query").asText(), body.path("numResults").asInt(10)).forEach(results::add);
        return ok(response);
    }

    private SimResponse fileUpdate(SimRequest request, java.util.function.Consumer<VideoGenSimFiles.SimFile> change) {
        VideoGenSimFiles.SimFile file = files.find(request.pathParam("fileId"));
        synchronized (files) {
            change.accept(file);
            file.updatedAt = clock().instant();
        }
        return ok(files.view(file, false));
    }

    private SimResponse me(SimRequest request) {
        String key = key(request);
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("apiKeyId", UUID.nameUUIDFromBytes(key.getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString());
        body.put("apiKeyNickname", "Simulator key");
        body.put("email", "developer@example.com");
        body.put("displayName", "Simulated Developer");
        body.put("teamId", "1f0a2b3c-4d5e-6789-ab12-cdef34567890");
        return ok(body);
    }

    private SimResponse createEndpoint(SimRequest request) {
        ObjectNode body = VideoGenSimChecks.of(request).uri("url", true).text("description", true)
                .enumArray("events", 1, true, VideoGenSimWebhooks.EVENTS).validate();
        List<String> events = new ArrayList<>();
        body.get("events").forEach(e -> events.add(e.asText()));
        VideoGenSimWebhooks.Endpoint endpoint = webhooks.register(body.get("url").asText(), events,
                body.hasNonNull("description") ? body.get("description").asText() : null, key(request));
        return SimResponse.json(201, webhooks.view(endpoint, true));
    }

    /** One signed webhook delivery as the simulator sent it. */
    public static final class WebhookDelivery {
        private final String url;
        private final Map<String, String> headers;
        private final String body;

        WebhookDelivery(String url, Map<String, String> headers, String body) {
            this.url = url;
            this.headers = headers;
            this.body = body;
        }

        /** The endpoint's URL. */
        public String url() {
            return url;
        }

        /** {@code webhook-id}, {@code webhook-timestamp} and {@code webhook-signature}. */
        public Map<String, String> headers() {
            return headers;
        }

        /** The raw JSON body that was signed. */
        public String body() {
            return body;
        }
    }
}
