package dev.mediagen.core.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mediagen.core.Headers;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class StandardWebhookVerifierTest {
    // The Standard Webhooks specification's own test vector.
    private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private static final String ID = "msg_p5jXN8AQM9LWM0D4loKWxJek";
    private static final long TIMESTAMP = 1614265330;
    private static final byte[] BODY = "{\"test\": 2432232314}".getBytes(StandardCharsets.UTF_8);
    private static final String SIGNATURE = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";

    private static Clock at(long epochSecond) {
        return Clock.fixed(Instant.ofEpochSecond(epochSecond), ZoneOffset.UTC);
    }

    private static StandardWebhookVerifier verifier(Clock clock, ReplayGuard guard) {
        return StandardWebhookVerifier.builder().secret(SECRET).clock(clock).replayGuard(guard).build();
    }

    private static Headers headers(String id, long timestamp, String signature) {
        return Headers.of("webhook-id", id, "webhook-timestamp", Long.toString(timestamp), "webhook-signature", signature);
    }

    @Test
    void acceptsTheSpecificationsTestVector() {
        WebhookDelivery delivery = verifier(at(TIMESTAMP), null).verify(headers(ID, TIMESTAMP, SIGNATURE), BODY);

        assertThat(delivery.id()).hasValue(ID);
        assertThat(delivery.timestamp()).isEqualTo(Instant.ofEpochSecond(TIMESTAMP));
        assertThat(delivery.bodyText()).isEqualTo("{\"test\": 2432232314}");
        assertThat(StandardWebhookVerifier.sign(SECRET, ID, TIMESTAMP, BODY)).isEqualTo(SIGNATURE);
    }

    @Test
    void rejectsATamperedBody() {
        byte[] tampered = "{\"test\": 2432232315}".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> verifier(at(TIMESTAMP), null).verify(headers(ID, TIMESTAMP, SIGNATURE), tampered))
                .isInstanceOf(WebhookVerificationException.class).hasMessage("no webhook signature matched");
    }

    @Test
    void rejectsAWrongSecretWithoutRevealingEitherSecretOrSignature() {
        StandardWebhookVerifier other = StandardWebhookVerifier.builder().secret("whsec_" + java.util.Base64.getEncoder()
                .encodeToString("another-secret-key".getBytes(StandardCharsets.UTF_8))).clock(at(TIMESTAMP)).build();
        assertThatThrownBy(() -> other.verify(headers(ID, TIMESTAMP, SIGNATURE), BODY))
                .isInstanceOf(WebhookVerificationException.class)
                .hasMessageNotContaining("g0hM9SsE").hasMessageNotContaining("MfKQ9r8G");
        assertThat(other.toString()).doesNotContain("another");
    }

    @Test
    void rejectsStaleAndFutureTimestampsBeyondTheTolerance() {
        assertThatThrownBy(() -> verifier(at(TIMESTAMP + 301), null).verify(headers(ID, TIMESTAMP, SIGNATURE), BODY))
                .hasMessageContaining("too old");
        assertThatThrownBy(() -> verifier(at(TIMESTAMP - 301), null).verify(headers(ID, TIMESTAMP, SIGNATURE), BODY))
                .hasMessageContaining("in the future");
        assertThat(verifier(at(TIMESTAMP + 299), null).verify(headers(ID, TIMESTAMP, SIGNATURE), BODY)).isNotNull();
        StandardWebhookVerifier wide = StandardWebhookVerifier.builder().secret(SECRET).clock(at(TIMESTAMP + 3600))
                .tolerance(Duration.ofHours(2)).build();
        assertThat(wide.verify(headers(ID, TIMESTAMP, SIGNATURE), BODY)).isNotNull();
    }

    @Test
    void anyOneOfSeveralSignaturesMayMatchAndOtherVersionsAreIgnored() {
        String several = "v1,bm90LXRoZS1zaWduYXR1cmU= v2,abc v1a,xyz " + SIGNATURE;
        assertThat(verifier(at(TIMESTAMP), null).verify(headers(ID, TIMESTAMP, several), BODY)).isNotNull();
        assertThatThrownBy(() -> verifier(at(TIMESTAMP), null).verify(headers(ID, TIMESTAMP, "v2," + SIGNATURE.substring(3)), BODY))
                .isInstanceOf(WebhookVerificationException.class);
    }

    @Test
    void missingHeadersAndMalformedValuesAreRejected() {
        StandardWebhookVerifier verifier = verifier(at(TIMESTAMP), null);
        assertThatThrownBy(() -> verifier.verify(Headers.of("webhook-id", ID, "webhook-timestamp", "1614265330"), BODY))
                .hasMessage("missing header webhook-signature");
        assertThatThrownBy(() -> verifier.verify(headers(ID, TIMESTAMP, "v1,%%%notbase64"), BODY))
                .hasMessage("no webhook signature matched");
        assertThatThrownBy(() -> verifier.verify(Headers.of("webhook-id", ID, "webhook-timestamp", "soon",
                "webhook-signature", SIGNATURE), BODY)).hasMessage("webhook timestamp is not a number");
        assertThatThrownBy(() -> StandardWebhookVerifier.builder().secret("whsec_%%%").build())
                .isInstanceOf(WebhookVerificationException.class).hasMessageNotContaining("%%%");
    }

    @Test
    void aReplayedIdIsRejectedWhileANewOnePasses() {
        ReplayGuard guard = new ReplayGuard(Duration.ofMinutes(10), 1000, at(TIMESTAMP));
        StandardWebhookVerifier verifier = verifier(at(TIMESTAMP), guard);
        verifier.verify(headers(ID, TIMESTAMP, SIGNATURE), BODY);

        assertThatThrownBy(() -> verifier.verify(headers(ID, TIMESTAMP, SIGNATURE), BODY))
                .hasMessageContaining("already delivered");
        String other = "msg_other";
        assertThat(verifier.verify(headers(other, TIMESTAMP,
                StandardWebhookVerifier.sign(SECRET, other, TIMESTAMP, BODY)), BODY).id()).hasValue(other);
    }

    @Test
    void aForgedDeliveryDoesNotPoisonTheReplayGuard() {
        ReplayGuard guard = new ReplayGuard(Duration.ofMinutes(10), 1000, at(TIMESTAMP));
        StandardWebhookVerifier verifier = verifier(at(TIMESTAMP), guard);

        assertThatThrownBy(() -> verifier.verify(headers(ID, TIMESTAMP, "v1,Zm9yZ2Vk"), BODY))
                .isInstanceOf(WebhookVerificationException.class);
        assertThat(guard.size()).isZero();
        assertThat(verifier.verify(headers(ID, TIMESTAMP, SIGNATURE), BODY)).isNotNull();
    }
}
