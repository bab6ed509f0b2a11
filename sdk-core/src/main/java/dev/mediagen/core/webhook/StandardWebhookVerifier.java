package dev.mediagen.core.webhook;

import dev.mediagen.core.Headers;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Verifies Standard Webhooks deliveries (standardwebhooks.com): headers {@code webhook-id},
 * {@code webhook-timestamp} and {@code webhook-signature} (space-separated {@code v1,<base64>} entries, any one
 * matching suffices), HMAC-SHA256 over {@code id.timestamp.body} with a {@code whsec_} base64 secret, constant-time
 * comparison, a timestamp tolerance both ways, and an optional replay guard on the id.
 */
public final class StandardWebhookVerifier {
    private static final String PREFIX = "whsec_";

    private final byte[] key;
    private final Duration tolerance;
    private final Clock clock;
    private final ReplayGuard replayGuard;

    private StandardWebhookVerifier(Builder b) {
        this.key = decodeSecret(Objects.requireNonNull(b.secret, "secret"));
        this.tolerance = b.tolerance;
        this.clock = b.clock;
        this.replayGuard = b.replayGuard;
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Verifies a delivery and returns it; throws {@link WebhookVerificationException} when it is not authentic. */
    public WebhookDelivery verify(Headers headers, byte[] body) {
        String id = required(headers, "webhook-id");
        String timestamp = required(headers, "webhook-timestamp");
        String signatures = required(headers, "webhook-signature");
        Instant signedAt = Hmac.checkTimestamp(timestamp, clock, tolerance);
        byte[] expected = Hmac.sha256(key, Hmac.ascii(id + "." + timestamp.trim() + "."), body);
        boolean matched = false;
        for (String entry : signatures.trim().split("\\s+")) {
            int comma = entry.indexOf(',');
            if (comma < 0 || !entry.substring(0, comma).equals("v1")) {
                continue;
            }
            byte[] given;
            try {
                given = Base64.getDecoder().decode(entry.substring(comma + 1));
            } catch (IllegalArgumentException e) {
                continue;
            }
            matched |= Hmac.equal(expected, given);
        }
        if (!matched) {
            throw new WebhookVerificationException("no webhook signature matched");
        }
        if (replayGuard != null && !replayGuard.firstSeen(id)) {
            throw new WebhookVerificationException("webhook " + id + " was already delivered");
        }
        return new WebhookDelivery(id, signedAt, body, headers);
    }

    /** Verifies a delivery given as a plain header map and text body. */
    public WebhookDelivery verify(Map<String, String> headers, String body) {
        Map<String, java.util.List<String>> multi = headers.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> java.util.List.of(e.getValue())));
        return verify(Headers.of(multi), body.getBytes(StandardCharsets.UTF_8));
    }

    /** The {@code v1,<base64>} signature of a delivery (what a sender puts in {@code webhook-signature}). */
    public static String sign(String secret, String id, long timestamp, byte[] body) {
        byte[] mac = Hmac.sha256(decodeSecret(secret), Hmac.ascii(id + "." + timestamp + "."), body);
        return "v1," + Base64.getEncoder().encodeToString(mac);
    }

    private static String required(Headers headers, String name) {
        return headers.first(name).filter(v -> !v.isBlank())
                .orElseThrow(() -> new WebhookVerificationException("missing header " + name));
    }

    private static byte[] decodeSecret(String secret) {
        String encoded = secret.startsWith(PREFIX) ? secret.substring(PREFIX.length()) : secret;
        try {
            byte[] key = Base64.getDecoder().decode(encoded);
            if (key.length == 0) {
                throw new IllegalArgumentException("empty");
            }
            return key;
        } catch (IllegalArgumentException e) {
            throw new WebhookVerificationException("webhook secret is not valid base64 (expected whsec_...)");
        }
    }

    @Override
    public String toString() {
        return "StandardWebhookVerifier{tolerance=" + tolerance + ", secret=[redacted]}";
    }

    /** Builds a {@link StandardWebhookVerifier}. */
    public static final class Builder {
        private String secret;
        private Duration tolerance = Duration.ofMinutes(5);
        private Clock clock = Clock.systemUTC();
        private ReplayGuard replayGuard;

        private Builder() {
        }

        /** The endpoint's signing secret ({@code whsec_...}). */
        public Builder secret(String secret) {
            this.secret = secret;
            return this;
        }

        /** How far the timestamp may be from now, either way (default 5 minutes). */
        public Builder tolerance(Duration tolerance) {
            this.tolerance = Objects.requireNonNull(tolerance, "tolerance");
            return this;
        }

        /** The clock to compare timestamps against. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** Rejects a delivery id seen before (checked only after the signature matched). */
        public Builder replayGuard(ReplayGuard replayGuard) {
            this.replayGuard = replayGuard;
            return this;
        }

        /** Builds the verifier; a malformed secret fails here. */
        public StandardWebhookVerifier build() {
            return new StandardWebhookVerifier(this);
        }
    }
}
