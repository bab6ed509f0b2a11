package dev.mediagen.videogen.model;

import dev.mediagen.core.ValidationException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Optional;

/** {@code POST /v1/webhooks/endpoints}: an HTTPS URL and the events to deliver to it. */
public final class CreateWebhookEndpointRequest {
    private final String url;
    private final String description;
    private final List<WebhookEventType> events;

    private CreateWebhookEndpointRequest(Builder b) {
        this.url = checkUrl(b.url);
        this.description = b.description;
        this.events = Checks.items("events", b.events);
        if (events == null || events.isEmpty()) {
            throw new ValidationException("events needs at least one event");
        }
    }

    /** A builder for deliveries of {@code events} to {@code url}. */
    public static Builder builder(String url, List<WebhookEventType> events) {
        return new Builder().url(url).events(events);
    }

    /** The receiving URL. */
    public String url() {
        return url;
    }

    /** The description. */
    public Optional<String> description() {
        return Optional.ofNullable(description);
    }

    /** The subscribed events. */
    public List<WebhookEventType> events() {
        return events;
    }

    /** HTTPS only; plain HTTP is accepted for loopback addresses (local development and tests). */
    private static String checkUrl(String url) {
        Checks.requireText("url", url);
        try {
            URI uri = new URI(url);
            String host = uri.getHost();
            boolean loopback = "localhost".equals(host) || "127.0.0.1".equals(host) || "[::1]".equals(host);
            if (host == null || !("https".equals(uri.getScheme()) || ("http".equals(uri.getScheme()) && loopback))) {
                throw new ValidationException("url must be an absolute https URL, got " + url);
            }
            return url;
        } catch (URISyntaxException e) {
            throw new ValidationException("url is not a valid URL: " + url);
        }
    }

    @Override
    public String toString() {
        return "CreateWebhookEndpointRequest{url=" + url + ", events=" + events + "}";
    }

    /** Builds a {@link CreateWebhookEndpointRequest}. */
    public static final class Builder {
        private String url;
        private String description;
        private List<WebhookEventType> events;

        private Builder() {
        }

        /** The HTTPS URL that receives deliveries. Required. */
        public Builder url(String url) {
            this.url = url;
            return this;
        }

        /** A description. */
        public Builder description(String description) {
            this.description = description;
            return this;
        }

        /** The events to deliver, at least one. */
        public Builder events(List<WebhookEventType> events) {
            this.events = events;
            return this;
        }

        /** Checks the values and builds the request. */
        public CreateWebhookEndpointRequest build() {
            return new CreateWebhookEndpointRequest(this);
        }
    }
}
