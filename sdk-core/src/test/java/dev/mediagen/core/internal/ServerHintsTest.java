package dev.mediagen.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mediagen.core.Headers;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ServerHintsTest {
    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    @Test
    void retryAfterReadsSecondsFractionsAndHttpDates() {
        assertThat(ServerHints.retryAfter(Headers.of("Retry-After", "5"), CLOCK)).hasValue(Duration.ofSeconds(5));
        assertThat(ServerHints.retryAfter(Headers.of("retry-after", "0.25"), CLOCK)).hasValue(Duration.ofMillis(250));
        assertThat(ServerHints.retryAfter(Headers.of("Retry-After", "Sun, 01 Mar 2026 12:00:30 GMT"), CLOCK))
                .hasValue(Duration.ofSeconds(30));
        assertThat(ServerHints.retryAfter(Headers.of("Retry-After", "Sun, 01 Mar 2026 11:00:00 GMT"), CLOCK))
                .hasValue(Duration.ZERO);
        assertThat(ServerHints.retryAfter(Headers.of("Retry-After", "soon"), CLOCK)).isEmpty();
        assertThat(ServerHints.retryAfter(Headers.empty(), CLOCK)).isEmpty();
    }

    @Test
    void resetIsReadAsEpochOrDeltaPerVendor() {
        Headers epoch = Headers.of("X-RateLimit-Reset", Long.toString(NOW.plusSeconds(40).getEpochSecond()));
        assertThat(ServerHints.reset(epoch, ResetFormat.EPOCH_SECONDS, CLOCK)).hasValue(NOW.plusSeconds(40));
        assertThat(ServerHints.reset(epoch, ResetFormat.AUTO, CLOCK)).hasValue(NOW.plusSeconds(40));
        Headers delta = Headers.of("X-RateLimit-Reset", "40");
        assertThat(ServerHints.reset(delta, ResetFormat.DELTA_SECONDS, CLOCK)).hasValue(NOW.plusSeconds(40));
        assertThat(ServerHints.reset(delta, ResetFormat.AUTO, CLOCK)).hasValue(NOW.plusSeconds(40));
        assertThat(ServerHints.reset(Headers.of("X-RateLimit-Reset", "2026-03-01T12:01:00Z"), ResetFormat.AUTO, CLOCK))
                .hasValue(NOW.plusSeconds(60));
    }

    @Test
    void rateLimitStateIsAbsentWithoutHeaders() {
        assertThat(ServerHints.rateLimit(Headers.empty(), ResetFormat.AUTO, CLOCK)).isEmpty();
        assertThat(ServerHints.rateLimit(Headers.of("X-RateLimit-Remaining", "3"), ResetFormat.AUTO, CLOCK))
                .hasValueSatisfying(s -> assertThat(s.remaining()).hasValue(3));
    }

    @Test
    void theDraftStandardsUnprefixedHeadersAreReadToo() {
        Headers draft = Headers.of("RateLimit-Limit", "60", "RateLimit-Remaining", "0", "RateLimit-Reset", "12");
        assertThat(ServerHints.rateLimit(draft, ResetFormat.EPOCH_SECONDS, CLOCK)).hasValueSatisfying(s -> {
            assertThat(s.limit()).hasValue(60);
            assertThat(s.remaining()).hasValue(0);
            assertThat(s.reset()).hasValue(NOW.plusSeconds(12));
        });
    }
}
