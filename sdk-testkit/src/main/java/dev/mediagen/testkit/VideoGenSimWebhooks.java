package dev.mediagen.testkit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Registered webhook endpoints and their deliveries, signed the Standard Webhooks way: {@code webhook-id},
 * {@code webhook-timestamp} and {@code webhook-signature: v1,base64(HMAC-SHA256(secret, id.timestamp.body))}.
 */
final class VideoGenSimWebhooks implements AutoCloseable {
    static final List<String> EVENTS = List.of("tool_execution.succeeded", "tool_execution.failed",
            "tool_execution.cancelled", "workflow_run.succeeded", "workflow_run.failed", "workflow_run.cancelled",
            "file.upload.completed", "file.upload.failed", "file.playback_ready", "file.download_ready",
            "file.analysis_completed", "file.analysis_failed");
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final List<Duration> RETRIES = List.of(Duration.ofMillis(200), Duration.ofSeconds(1));

    /** One registered endpoint. */
    static final class Endpoint {
        final String id;
        final String url;
        final List<String> events;
        final String description;
        final long createdAt;
        final String secret;
        final String apiKey;

        Endpoint(String id, String url, List<String> events, String description, long createdAt, String secret,
                 String apiKey) {
            this.id = id;
            this.url = url;
            this.events = events;
            this.description = description;
            this.createdAt = createdAt;
            this.secret = secret;
            this.apiKey = apiKey;
        }
    }

    /** A delivery as sent: for tests that check signatures without an HTTP receiver. */
    static final class Delivery {
        final String url;
        final Map<String, String> headers;
        final String body;

        Delivery(String url, Map<String, String> headers, String body) {
            this.url = url;
            this.headers = headers;
            this.body = body;
        }
    }

    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Simulator.Ids endpointIds = new Simulator.Ids("ep_sim");
    private final Simulator.Ids messageIds = new Simulator.Ids("msg_sim");
    private final Map<String, Endpoint> endpoints = new LinkedHashMap<>();
    private final List<Delivery> deliveries = new ArrayList<>();
    private final WebhookSender sender = new WebhookSender();

    VideoGenSimWebhooks(Clock clock) {
        this.clock = clock;
    }

    synchronized Endpoint register(String url, List<String> events, String description, String apiKey) {
        byte[] key = new byte[24];
        random.nextBytes(key);
        Endpoint endpoint = new Endpoint(endpointIds.next(), url, List.copyOf(events), description,
                clock.instant().getEpochSecond(), "whsec_" + Base64.getEncoder().encodeToString(key), apiKey);
        endpoints.put(endpoint.id, endpoint);
        return endpoint;
    }

    synchronized boolean remove(String endpointId, String apiKey) {
        Endpoint endpoint = endpoints.get(endpointId);
        if (endpoint == null || !endpoint.apiKey.equals(apiKey)) {
            return false;
        }
        endpoints.remove(endpointId);
        return true;
    }

    synchronized List<ObjectNode> listed(String apiKey) {
        List<ObjectNode> views = new ArrayList<>();
        for (Endpoint endpoint : endpoints.values()) {
            if (endpoint.apiKey.equals(apiKey)) {
                views.add(view(endpoint, false));
            }
        }
        return views;
    }

    ObjectNode view(Endpoint endpoint, boolean withSecret) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("endpointId", endpoint.id);
        node.put("url", endpoint.url);
        ArrayNode events = node.putArray("events");
        endpoint.events.forEach(events::add);
        node.set("description", VideoGenSimFiles.textOrNull(endpoint.description));
        node.put("createdAt", endpoint.createdAt);
        if (withSecret) {
            node.put("signingSecret", endpoint.secret);
        } else {
            node.putNull("signingSecret");
        }
        node.put("signingSecretLast4", endpoint.secret.substring(endpoint.secret.length() - 4));
        return node;
    }

    /** Signs and sends {@code payload} to every endpoint of {@code apiKey} subscribed to its event. */
    void publish(String apiKey, JsonNode payload) {
        String event = payload.path("event").asText();
        List<Endpoint> targets = new ArrayList<>();
        synchronized (this) {
            for (Endpoint endpoint : endpoints.values()) {
                if (endpoint.apiKey.equals(apiKey) && endpoint.events.contains(event)) {
                    targets.add(endpoint);
                }
            }
        }
        String body;
        try {
            body = MAPPER.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        for (Endpoint endpoint : targets) {
            String id = messageIds.next();
            String timestamp = Long.toString(clock.instant().getEpochSecond());
            Map<String, String> headers = new LinkedHashMap<>();
            headers.put("webhook-id", id);
            headers.put("webhook-timestamp", timestamp);
            headers.put("webhook-signature", "v1," + sign(endpoint.secret, id + "." + timestamp + "." + body));
            synchronized (this) {
                deliveries.add(new Delivery(endpoint.url, Map.copyOf(headers), body));
            }
            sender.send(endpoint.url, headers, body, RETRIES);
        }
    }

    /** The Standard Webhooks signature of {@code content} with a {@code whsec_} secret. */
    static String sign(String secret, String content) {
        String encoded = secret.startsWith("whsec_") ? secret.substring("whsec_".length()) : secret;
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(encoded), "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal(content.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    synchronized List<Delivery> deliveries() {
        return List.copyOf(deliveries);
    }

    WebhookSender sender() {
        return sender;
    }

    @Override
    public void close() {
        sender.close();
    }
}
