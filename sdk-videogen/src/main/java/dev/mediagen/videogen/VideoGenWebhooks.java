package dev.mediagen.videogen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mediagen.core.Headers;
import dev.mediagen.core.MalformedResponseException;
import dev.mediagen.core.internal.Json;
import dev.mediagen.core.webhook.ReplayGuard;
import dev.mediagen.core.webhook.StandardWebhookVerifier;
import dev.mediagen.core.webhook.WebhookDelivery;
import dev.mediagen.core.webhook.WebhookVerificationException;
import dev.mediagen.videogen.model.ToolExecution;
import dev.mediagen.videogen.model.WorkflowRun;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Receives VideoGen webhook deliveries: verifies them the Standard Webhooks way ({@code webhook-id},
 * {@code webhook-timestamp}, {@code webhook-signature}), parses them into typed events, marks a repeated
 * {@code webhook-id} as a duplicate, and, when made by {@link VideoGenWebhookService#receiver(String)}, completes
 * the client's pending waits at once.
 *
 * <pre>{@code
 * VideoGenEvent event = receiver.handle(headers, rawBody);   // throws WebhookVerificationException if forged
 * if (!event.isDuplicate() && event instanceof ToolExecutionEvent) { ... }
 * }</pre>
 */
public final class VideoGenWebhooks {
    private static final ObjectMapper JSON = Json.camelCase();

    private final StandardWebhookVerifier verifier;
    private final ReplayGuard replayGuard;
    private final Consumer<VideoGenEvent> sink;

    private VideoGenWebhooks(Builder b) {
        Objects.requireNonNull(b.secret, "secret");
        this.replayGuard = b.replayGuard != null ? b.replayGuard : new ReplayGuard(Duration.ofHours(24), 100_000, b.clock);
        this.verifier = StandardWebhookVerifier.builder().secret(normalizedSecret(b.secret)).tolerance(b.tolerance)
                .clock(b.clock).build();
        this.sink = b.sink;
    }

    /** A receiver not bound to a client (verify and parse only); {@code secret} is the endpoint's signing secret. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Verifies and parses one delivery. A delivery whose {@code webhook-id} was already handled comes back with
     * {@link VideoGenEvent#isDuplicate()} set and is not passed on again.
     *
     * @throws WebhookVerificationException when a header is missing, no signature matches, or the timestamp is
     *     outside the tolerance
     */
    public VideoGenEvent handle(Headers headers, byte[] body) {
        WebhookDelivery delivery = verifier.verify(headers, body);
        String id = delivery.id().orElseThrow();
        VideoGenEvent event = parse(body);
        boolean duplicate = !replayGuard.firstSeen(id);
        event.envelope(id, delivery.timestamp(), duplicate);
        if (!duplicate && sink != null) {
            try {
                sink.accept(event);
            } catch (RuntimeException e) {
                replayGuard.forget(id);
                throw e;
            }
        }
        return event;
    }

    /** Verifies and parses one delivery given as a header map and its raw text body. */
    public VideoGenEvent handle(Map<String, String> headers, String body) {
        Map<String, List<String>> multi = new java.util.LinkedHashMap<>();
        headers.forEach((name, value) -> multi.put(name, List.of(value)));
        return handle(Headers.of(multi), body.getBytes(StandardCharsets.UTF_8));
    }

    /** Forgets a handled delivery, so VideoGen's retry of it is processed again (call when your handler failed). */
    public void forget(VideoGenEvent event) {
        replayGuard.forget(event.webhookId());
    }

    static VideoGenEvent parse(byte[] body) {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (IOException e) {
            throw new MalformedResponseException("webhook body is not JSON");
        }
        if (root == null || !root.isObject()) {
            throw new MalformedResponseException("webhook body is not a JSON object");
        }
        String name = root.path("event").asText("");
        try {
            if (name.startsWith("tool_execution.")) {
                ToolExecutionEvent event = JSON.treeToValue(root, ToolExecutionEvent.class);
                event.execution(JSON.treeToValue(asFinalState((ObjectNode) root.deepCopy(), name), ToolExecution.class));
                return event;
            }
            if (name.startsWith("workflow_run.")) {
                WorkflowRunEvent event = JSON.treeToValue(root, WorkflowRunEvent.class);
                event.run(JSON.treeToValue(asFinalState((ObjectNode) root.deepCopy(), name), WorkflowRun.class));
                return event;
            }
            if (name.startsWith("file.")) {
                return JSON.treeToValue(root, FileEvent.class);
            }
            UnknownEvent unknown = JSON.treeToValue(root, UnknownEvent.class);
            unknown.json(new String(body, StandardCharsets.UTF_8));
            return unknown;
        } catch (IOException e) {
            String reason = String.valueOf(e.getMessage()).lines().findFirst().orElse("");
            throw new MalformedResponseException("webhook " + name + " could not be read: " + reason);
        }
    }

    /** The payload as the GET of the object would describe it: the status the event names, no event fields. */
    private static ObjectNode asFinalState(ObjectNode payload, String event) {
        String status = event.substring(event.indexOf('.') + 1);
        payload.put("status", status);
        if ("succeeded".equals(status)) {
            payload.put("progressPercentage", 100);
        }
        payload.remove(List.of("event", "occurredAt"));
        return payload;
    }

    /**
     * The secret as the verifier takes it: {@code whsec_} plus base64. Like VideoGen's own helpers, a secret that
     * is not base64 is used as its raw UTF-8 bytes.
     */
    static String normalizedSecret(String secret) {
        String encoded = secret.startsWith("whsec_") ? secret.substring("whsec_".length()) : secret;
        try {
            if (!encoded.isEmpty() && Base64.getDecoder().decode(encoded).length > 0) {
                return "whsec_" + encoded;
            }
        } catch (IllegalArgumentException notBase64) {
            // falls through to the raw bytes
        }
        if (encoded.isEmpty()) {
            throw new WebhookVerificationException("webhook secret is empty");
        }
        return "whsec_" + Base64.getEncoder().encodeToString(encoded.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return "VideoGenWebhooks{secret=[redacted]}";
    }

    /** Builds {@link VideoGenWebhooks}. */
    public static final class Builder {
        private String secret;
        private Duration tolerance = Duration.ofMinutes(5);
        private Clock clock = Clock.systemUTC();
        private ReplayGuard replayGuard;
        private Consumer<VideoGenEvent> sink;

        private Builder() {
        }

        /** The endpoint's signing secret, as returned once by the create call ({@code whsec_...}). Required. */
        public Builder secret(String secret) {
            this.secret = secret;
            return this;
        }

        /** How far {@code webhook-timestamp} may be from now, either way (default 5 minutes, as VideoGen's helpers). */
        public Builder tolerance(Duration tolerance) {
            this.tolerance = Objects.requireNonNull(tolerance, "tolerance");
            return this;
        }

        /** The clock timestamps are checked against. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** Where handled {@code webhook-id}s are remembered (default: 24 hours, 100,000 ids, in memory). */
        public Builder replayGuard(ReplayGuard replayGuard) {
            this.replayGuard = Objects.requireNonNull(replayGuard, "replayGuard");
            return this;
        }

        Builder sink(Consumer<VideoGenEvent> sink) {
            this.sink = sink;
            return this;
        }

        /** Builds the receiver; an unusable secret fails here. */
        public VideoGenWebhooks build() {
            return new VideoGenWebhooks(this);
        }
    }
}
