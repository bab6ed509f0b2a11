package dev.mediagen.apex;

import java.util.Optional;

/** The account's webhook settings: {@code PATCH /api/settings} answers {@code {webhookUrl}}. */
public final class WebhookSettings {
    private String webhookUrl;

    private WebhookSettings() {
    }

    /** The URL Apex posts {@code job.completed} and {@code job.failed} to. */
    public Optional<String> webhookUrl() {
        return Optional.ofNullable(webhookUrl);
    }

    @Override
    public String toString() {
        return "WebhookSettings{webhookUrl=" + webhookUrl + "}";
    }
}
