package dev.mediagen.core.internal;

import dev.mediagen.core.Headers;
import dev.mediagen.core.RateLimitState;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Reads the server's timing hints: {@code Retry-After} (seconds or HTTP-date) and {@code X-RateLimit-*}. */
public final class ServerHints {
    private static final long EPOCH_THRESHOLD = 1_000_000_000L;

    private ServerHints() {
    }

    /** The delay {@code Retry-After} asks for, if present and readable. */
    public static Optional<Duration> retryAfter(Headers headers, Clock clock) {
        Optional<String> value = headers.first("Retry-After");
        if (value.isEmpty()) {
            return Optional.empty();
        }
        String text = value.get().trim();
        try {
            double seconds = Double.parseDouble(text);
            return seconds < 0 ? Optional.empty() : Optional.of(Duration.ofMillis((long) Math.ceil(seconds * 1000)));
        } catch (NumberFormatException notSeconds) {
            try {
                Instant at = ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                Duration delay = Duration.between(clock.instant(), at);
                return Optional.of(delay.isNegative() ? Duration.ZERO : delay);
            } catch (DateTimeParseException notDate) {
                return Optional.empty();
            }
        }
    }

    /**
     * The parsed {@code X-RateLimit-Limit/Remaining/Reset} headers (or the IETF draft's unprefixed
     * {@code RateLimit-*} spelling), when any is present.
     */
    public static Optional<RateLimitState> rateLimit(Headers headers, ResetFormat format, Clock clock) {
        Long limit = number(headers, "X-RateLimit-Limit", "RateLimit-Limit");
        Long remaining = number(headers, "X-RateLimit-Remaining", "RateLimit-Remaining");
        Instant reset = reset(headers, format, clock).orElse(null);
        if (limit == null && remaining == null && reset == null) {
            return Optional.empty();
        }
        return Optional.of(new RateLimitState(limit, remaining, reset));
    }

    /** The instant {@code X-RateLimit-Reset} names. */
    public static Optional<Instant> reset(Headers headers, ResetFormat format, Clock clock) {
        Optional<String> value = headers.first("X-RateLimit-Reset");
        if (value.isEmpty()) {
            // The draft standard's RateLimit-Reset is always seconds from now.
            return headers.first("RateLimit-Reset").flatMap(v -> reset(Headers.of("X-RateLimit-Reset", v),
                    ResetFormat.DELTA_SECONDS, clock));
        }
        try {
            double number = Double.parseDouble(value.get().trim());
            boolean epoch = format == ResetFormat.EPOCH_SECONDS
                    || (format == ResetFormat.AUTO && number >= EPOCH_THRESHOLD);
            if (epoch) {
                return Optional.of(Instant.ofEpochMilli((long) (number * 1000)));
            }
            return Optional.of(clock.instant().plusMillis((long) Math.ceil(number * 1000)));
        } catch (NumberFormatException e) {
            try {
                return Optional.of(Instant.parse(value.get().trim()));
            } catch (DateTimeParseException e2) {
                return Optional.empty();
            }
        }
    }

    /** The first request-id header present. */
    public static String requestId(Headers headers, Iterable<String> names) {
        for (String name : names) {
            Optional<String> value = headers.first(name);
            if (value.isPresent() && !value.get().isBlank()) {
                return value.get();
            }
        }
        return null;
    }

    private static Long number(Headers headers, String name, String alternative) {
        return headers.first(name).or(() -> headers.first(alternative)).map(String::trim).map(v -> {
            try {
                return (long) Double.parseDouble(v);
            } catch (NumberFormatException e) {
                return null;
            }
        }).orElse(null);
    }
}
