package dev.mediagen.core.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** HMAC-SHA256, constant-time comparison and the timestamp tolerance check shared by both signature schemes. */
final class Hmac {
    private Hmac() {
    }

    static byte[] sha256(byte[] key, byte[]... parts) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            for (byte[] part : parts) {
                mac.update(part);
            }
            return mac.doFinal();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static boolean equal(byte[] expected, byte[] actual) {
        return MessageDigest.isEqual(expected, actual);
    }

    static Instant checkTimestamp(String value, Clock clock, Duration tolerance) {
        long seconds;
        try {
            seconds = Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw new WebhookVerificationException("webhook timestamp is not a number");
        }
        Instant signedAt = Instant.ofEpochSecond(seconds);
        Instant now = clock.instant();
        if (signedAt.isBefore(now.minus(tolerance))) {
            throw new WebhookVerificationException("webhook timestamp is too old (signed " + signedAt + ")");
        }
        if (signedAt.isAfter(now.plus(tolerance))) {
            throw new WebhookVerificationException("webhook timestamp is in the future (signed " + signedAt + ")");
        }
        return signedAt;
    }
}
