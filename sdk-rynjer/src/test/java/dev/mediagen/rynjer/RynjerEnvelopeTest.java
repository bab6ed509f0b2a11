package dev.mediagen.rynjer;

import static dev.mediagen.rynjer.Fixtures.seed;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mediagen.core.Headers;
import dev.mediagen.core.internal.ErrorKind;
import dev.mediagen.core.internal.HttpResponse;
import dev.mediagen.core.internal.VendorError;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** How envelopes are told apart from errors, and how error bodies are decoded. */
class RynjerEnvelopeTest {
    private static JsonNode json(String text) {
        return Fixtures.tree(text);
    }

    @Test
    void successEnvelopesAndJobsWithAnErrorFieldAreNotErrors() {
        assertThat(RynjerEnvelope.isError(json(seed("generate-response.json")))).isFalse();
        assertThat(RynjerEnvelope.isError(json("{\"code\":200,\"message\":\"success\",\"data\":{}}"))).isFalse();
        assertThat(RynjerEnvelope.isError(json("{\"code\":0,\"data\":{\"status\":\"failed\",\"error\":\"x\"}}"))).isFalse();
        assertThat(RynjerEnvelope.isError(json("{\"code\":0,\"data\":{\"error\":null,\"balance\":1}}"))).isFalse();
    }

    @Test
    void errorsInsideTheEnvelopeOrBesideItAreErrors() {
        assertThat(RynjerEnvelope.isError(json(seed("error-insufficient-credits.json")))).isTrue();
        assertThat(RynjerEnvelope.isError(json("{\"code\":4001,\"message\":\"bad\",\"data\":null}"))).isTrue();
        assertThat(RynjerEnvelope.isError(json("{\"error\":\"unauthorized\"}"))).isTrue();
        assertThat(RynjerEnvelope.isError(json("{\"success\":false,\"message\":\"nope\"}"))).isTrue();
    }

    @Test
    void theSeedsErrorDecodesToAnInsufficientCreditsErrorWithAmounts() {
        VendorError error = RynjerEnvelope.decode(json(seed("error-insufficient-credits.json")));

        assertThat(error.code()).isEqualTo("insufficient_credits");
        assertThat(error.kind()).isEqualTo(ErrorKind.INSUFFICIENT_CREDITS);
        assertThat(error.required()).isEqualByComparingTo(new BigDecimal(50));
        assertThat(error.available()).isEqualByComparingTo(new BigDecimal(10));
        assertThat(error.message()).isEqualTo("Insufficient credits: 50 required, 10 available. "
                + "Use a cheaper model or ask the owner to top up.");
    }

    @Test
    void httpErrorBodiesOfEveryShapeDecodeAndGarbageDecodesToEmpty() {
        VendorError envelope = RynjerEnvelope.decodeHttpError(response("{\"code\":403,\"message\":\"Requested scope not allowed\"}"));
        VendorError bare = RynjerEnvelope.decodeHttpError(response("{\"error\":{\"code\":\"rate_limited\",\"message\":\"slow down\"}}"));
        VendorError html = RynjerEnvelope.decodeHttpError(response("<html>502</html>"));

        assertThat(envelope.code()).isEqualTo("403");
        assertThat(envelope.message()).isEqualTo("Requested scope not allowed");
        assertThat(envelope.kind()).isEqualTo(ErrorKind.PERMISSION_DENIED);
        assertThat(bare.code()).isEqualTo("rate_limited");
        assertThat(bare.message()).isEqualTo("slow down");
        assertThat(bare.kind()).isEqualTo(ErrorKind.RATE_LIMIT);
        assertThat(html).isSameAs(VendorError.EMPTY);
    }

    private static HttpResponse response(String body) {
        return new HttpResponse(400, Headers.empty(), body.getBytes(StandardCharsets.UTF_8));
    }
}
