package dev.mediagen.core.webhook;

import dev.mediagen.core.Headers;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * Verifies deliveries signed in the {@code t=<unix>,v1=<hex>} style (one header, e.g.
 * {@code X-AgentMedia-Signature}): HMAC-SHA256 over {@code t.body} with the raw secret, several {@code v1}
 * entries allowed, constant-time comparison, a timestamp tolerance both ways and an optional replay guard.
 */
public final class TimestampHmacVerifier {
    private final byte[] key;
    private final String headerName;
    private final String idHeader;
    private final Duration tolerance;
    private final Clock clock;
    private final ReplayGuard replayGuard;

    private TimestampHmacVerifier(Builder b) {
        if (b.secret == null || b.secret.isEmpty()) {
            throw new WebhookVerificationException("webhook secret is empty");
        }
        this.key = Hmac.ascii(b.secret);
        this.headerName = Objects.requireNonNull(b.headerName, "headerName");
        this.idHeader = b.idHeader;
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
        String header = headers.first(headerName).filter(v -> !v.isBlank())
                .orElseThrow(() -> new WebhookVerificationException("missing header " + headerName));
        String timestamp = null;
        List<String> signatures = new ArrayList<>();
        for (String part : header.split(",")) {
            String[] pair = part.trim().split("=", 2);
            if (pair.length != 2) {
                continue;
            }
            if (pair[0].equals("t")) {
                timestamp = pair[1];
            } else if (pair[0].equals("v1")) {
                signatures.add(pair[1]);
            }
        }
        if (timestamp == null || signatures.isEmpty()) {
            throw new WebhookVerificationException(headerName + " must carry t= and v1= entries");
        }
        Instant signedAt = Hmac.checkTimestamp(timestamp, clock, tolerance);
        byte[] expected = Hmac.sha256(key, Hmac.ascii(timestamp.trim() + "."), body);
        boolean matched = false;
        for (String signature : signatures) {
            try {
                matched |= Hmac.equal(expected, HexFormat.of().parseHex(signature.trim().toLowerCase(java.util.Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                // Not hex: cannot match, try the next one.
            }
        }
        if (!matched) {
            throw new WebhookVerificationException("no webhook signature matched");
        }
        String id = idHeader == null ? null : headers.first(idHeader).orElse(null);
        // Keyed on what was signed, not on the raw header: extra junk entries must not make a replay look new.
        String replayKey = id != null ? id : timestamp.trim() + "." + HexFormat.of().formatHex(expected);
        if (replayGuard != null && !replayGuard.firstSeen(replayKey)) {
            throw new WebhookVerificationException("webhook was already delivered");
        }
        return new WebhookDelivery(id, signedAt, body, headers);
    }

    /** The header value a sender puts on a delivery: {@code t=<timestamp>,v1=<hex hmac>}. */
    public static String sign(String secret, long timestamp, byte[] body) {
        byte[] mac = Hmac.sha256(Hmac.ascii(secret), Hmac.ascii(timestamp + "."), body);
        return "t=" + timestamp + ",v1=" + HexFormat.of().formatHex(mac);
    }

    @Override
    public String toString() {
        return "TimestampHmacVerifier{header=" + headerName + ", tolerance=" + tolerance + ", secret=[redacted]}";
    }

    /** Builds a {@link TimestampHmacVerifier}. */
    public static final class Builder {
        private String secret;
        private String headerName;
        private String idHeader;
        private Duration tolerance = Duration.ofMinutes(5);
        private Clock clock = Clock.systemUTC();
        private ReplayGuard replayGuard;

        private Builder() {
        }

        /** The shared signing secret. */
        public Builder secret(String secret) {
            this.secret = secret;
            return this;
        }

        /** The header carrying {@code t=..,v1=..}. */
        public Builder headerName(String headerName) {
            this.headerName = headerName;
            return this;
        }

        /** A header carrying a delivery id for the replay guard (else the signature header itself is the key). */
        public Builder idHeader(String idHeader) {
            this.idHeader = idHeader;
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

        /** Rejects deliveries seen before (checked only after the signature matched). */
        public Builder replayGuard(ReplayGuard replayGuard) {
            this.replayGuard = replayGuard;
            return this;
        }

        /** Builds the verifier. */
        public TimestampHmacVerifier build() {
            return new TimestampHmacVerifier(this);
        }
    }
}
