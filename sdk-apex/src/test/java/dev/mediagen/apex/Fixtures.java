package dev.mediagen.apex;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import mockwebserver3.MockResponse;

/** The seed's JSON examples (and observed payloads) as test fixtures. */
final class Fixtures {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Fixtures() {
    }

    /** The text of {@code seed/<name>}. */
    static String seed(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("seed/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A JSON response with {@code body}. */
    static MockResponse json(int status, String body) {
        return new MockResponse.Builder().code(status).setHeader("Content-Type", "application/json").body(body).build();
    }

    /** The seed's completed-job webhook data as a {@code GET /api/jobs?id=} answer ({@code {data: job}}). */
    static String jobResponse(String webhookFixture) {
        return "{\"data\":" + tree(seed(webhookFixture)).path("data").toString() + "}";
    }

    /** JSON text parsed to a tree, for exact (order-independent) body comparison. */
    static JsonNode tree(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
