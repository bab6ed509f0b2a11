package dev.mediagen.videogen.model;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/** A registered webhook endpoint; its signing secret is present only in the response that created it. */
public final class WebhookEndpoint {
    private String endpointId;
    private String url;
    private List<WebhookEventType> events;
    private String description;
    private Instant createdAt;
    private String signingSecret;
    private String signingSecretLast4;

    private WebhookEndpoint() {
    }

    /** The endpoint's id (e.g. {@code ep_...}). */
    public String endpointId() {
        return endpointId;
    }

    /** The URL that receives deliveries. */
    public String url() {
        return url;
    }

    /** The events delivered to it. */
    public List<WebhookEventType> events() {
        return events == null ? List.of() : Collections.unmodifiableList(events);
    }

    /** The description. */
    public Optional<String> description() {
        return Optional.ofNullable(description);
    }

    /** When the endpoint was created. */
    public Optional<Instant> createdAt() {
        return Optional.ofNullable(createdAt);
    }

    /**
     * The {@code whsec_...} secret that verifies deliveries: returned once, by the create call only. Store it
     * securely; it is never printed by {@link #toString()}.
     */
    public Optional<String> signingSecret() {
        return Optional.ofNullable(signingSecret).filter(s -> !s.isEmpty());
    }

    /** The last four characters of the secret, for display. */
    public Optional<String> signingSecretLast4() {
        return Optional.ofNullable(signingSecretLast4);
    }

    @Override
    public String toString() {
        return "WebhookEndpoint{endpointId=" + endpointId + ", url=" + url + ", events=" + events
                + ", signingSecret=" + (signingSecret().isPresent() ? "[redacted]" : null)
                + ", signingSecretLast4=" + signingSecretLast4 + "}";
    }
}
