package dev.mediagen.core.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mediagen.core.Headers;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class TimestampHmacVerifierTest {
    private static final String SECRET = "whk_agentmedia_secret";
    private static final String HEADER = "X-AgentMedia-Signature";
    private static final long T = 1_770_000_000L;
    private static final byte[] BODY = "{\"event\":\"job.completed\",\"job_id\":\"j1\"}".getBytes(StandardCharsets.UTF_8);

    private static Clock at(long epochSecond) {
        return Clock.fixed(Instant.ofEpochSecond(epochSecond), ZoneOffset.UTC);
    }

    private static TimestampHmacVerifier verifier(Clock clock, ReplayGuard guard) {
        return TimestampHmacVerifier.builder().secret(SECRET).headerName(HEADER).clock(clock).replayGuard(guard).build();
    }

    @Test
    void signsExactlyHmacSha256OfTimestampDotBodyInHex() throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        mac.update((T + ".").getBytes(StandardCharsets.UTF_8));
        String expected = HexFormat.of().formatHex(mac.doFinal(BODY));

        assertThat(TimestampHmacVerifier.sign(SECRET, T, BODY)).isEqualTo("t=" + T + ",v1=" + expected);
    }

    @Test
    void acceptsAValidDeliveryAndRejectsTamperingAndWrongSecrets() {
        Headers headers = Headers.of(HEADER, TimestampHmacVerifier.sign(SECRET, T, BODY));
        assertThat(verifier(at(T), null).verify(headers, BODY).timestamp()).isEqualTo(Instant.ofEpochSecond(T));

        assertThatThrownBy(() -> verifier(at(T), null).verify(headers, "{}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(WebhookVerificationException.class);
        TimestampHmacVerifier wrong = TimestampHmacVerifier.builder().secret("other").headerName(HEADER).clock(at(T)).build();
        assertThatThrownBy(() -> wrong.verify(headers, BODY)).hasMessage("no webhook signature matched");
    }

    @Test
    void severalSignaturesAreAcceptedWhenOneMatches() {
        String valid = TimestampHmacVerifier.sign(SECRET, T, BODY);
        Headers headers = Headers.of(HEADER, "t=" + T + ",v1=deadbeef,v1=zz," + valid.substring(valid.indexOf("v1=")));
        assertThat(verifier(at(T), null).verify(headers, BODY)).isNotNull();
    }

    @Test
    void timestampsOutsideTheToleranceAndMalformedHeadersAreRejected() {
        Headers headers = Headers.of(HEADER, TimestampHmacVerifier.sign(SECRET, T, BODY));
        assertThatThrownBy(() -> verifier(at(T + 600), null).verify(headers, BODY)).hasMessageContaining("too old");
        assertThatThrownBy(() -> verifier(at(T - 600), null).verify(headers, BODY)).hasMessageContaining("in the future");
        assertThatThrownBy(() -> verifier(at(T), null).verify(Headers.empty(), BODY)).hasMessage("missing header " + HEADER);
        assertThatThrownBy(() -> verifier(at(T), null).verify(Headers.of(HEADER, "v1=abc"), BODY))
                .hasMessageContaining("must carry t= and v1=");
    }

    @Test
    void replaysAreRejectedButOnlyAfterTheSignatureMatched() {
        ReplayGuard guard = new ReplayGuard(Duration.ofMinutes(10), 100, at(T));
        Headers headers = Headers.of(HEADER, TimestampHmacVerifier.sign(SECRET, T, BODY));
        TimestampHmacVerifier verifier = verifier(at(T), guard);

        assertThatThrownBy(() -> verifier.verify(Headers.of(HEADER, "t=" + T + ",v1=00"), BODY))
                .isInstanceOf(WebhookVerificationException.class);
        assertThat(guard.size()).isZero();
        verifier.verify(headers, BODY);
        assertThatThrownBy(() -> verifier.verify(headers, BODY)).hasMessageContaining("already delivered");
    }

    @Test
    void junkEntriesAddedToACapturedHeaderDoNotGetAReplayPastTheGuard() {
        ReplayGuard guard = new ReplayGuard(Duration.ofMinutes(10), 100, at(T));
        String captured = TimestampHmacVerifier.sign(SECRET, T, BODY);
        TimestampHmacVerifier verifier = verifier(at(T), guard);
        verifier.verify(Headers.of(HEADER, captured), BODY);

        assertThatThrownBy(() -> verifier.verify(Headers.of(HEADER, captured + ",v1=00,x=1"), BODY))
                .hasMessageContaining("already delivered");
    }
}
