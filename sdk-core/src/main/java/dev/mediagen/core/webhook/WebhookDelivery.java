package dev.mediagen.core.webhook;

import dev.mediagen.core.Headers;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** A verified webhook delivery: its id (when the scheme has one), signing time, body and headers. */
public final class WebhookDelivery {
    private final String id;
    private final Instant timestamp;
    private final byte[] body;
    private final Headers headers;

    /** Creates a delivery; {@code id} may be null. */
    public WebhookDelivery(String id, Instant timestamp, byte[] body, Headers headers) {
        this.id = id;
        this.timestamp = Objects.requireNonNull(timestamp, "timestamp");
        this.body = body.clone();
        this.headers = Objects.requireNonNull(headers, "headers");
    }

    /** The delivery id, when the scheme sends one. */
    public Optional<String> id() {
        return Optional.ofNullable(id);
    }

    /** When the sender signed the delivery. */
    public Instant timestamp() {
        return timestamp;
    }

    /** The raw body bytes. */
    public byte[] body() {
        return body.clone();
    }

    /** The body as UTF-8 text. */
    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** The delivery's headers. */
    public Headers headers() {
        return headers;
    }

    @Override
    public String toString() {
        return "WebhookDelivery{id=" + id + ", timestamp=" + timestamp + ", bytes=" + body.length + "}";
    }
}
