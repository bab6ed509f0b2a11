package dev.mediagen.core.webhook;

import dev.mediagen.core.MediaGenException;

/** A webhook delivery failed verification: missing header, bad signature, stale or future timestamp, or a replay. */
public class WebhookVerificationException extends MediaGenException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception; the message never contains the secret or the expected signature. */
    public WebhookVerificationException(String message) {
        super(message);
    }
}
