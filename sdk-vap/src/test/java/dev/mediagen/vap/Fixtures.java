package dev.mediagen.vap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;

/** The seed page's JSON examples (test resources under {@code fixtures/}) and wire assertions on them. */
final class Fixtures {
    static final String API_KEY = "vap_test_0123456789abcdef";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Fixtures() {
    }

    static String text(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode json(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ObjectNode fixture(String name) {
        return (ObjectNode) json(text(name));
    }

    static MockResponse ok(String fixtureName) {
        return jsonResponse(200, text(fixtureName));
    }

    static MockResponse jsonResponse(int status, String body) {
        return new MockResponse.Builder().code(status).setHeader("Content-Type", "application/json").body(body).build();
    }

    /** Asserts method, path, the SDK's standard headers and, for a body, its exact JSON. */
    static void assertRequest(RecordedRequest request, String method, String target, boolean authenticated,
                              JsonNode expectedBody) {
        assertThat(request.getMethod()).isEqualTo(method);
        assertThat(request.getTarget()).isEqualTo(target);
        assertThat(request.getHeaders().get("User-Agent")).startsWith("mediagen-java/").contains("(vap)");
        assertThat(request.getHeaders().get("Accept")).isEqualTo("application/json");
        if (authenticated) {
            assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer " + API_KEY);
        } else {
            assertThat(request.getHeaders().get("Authorization")).isNull();
        }
        if (expectedBody == null) {
            assertThat(request.getBody() == null ? 0 : request.getBody().size()).isZero();
        } else {
            assertThat(request.getHeaders().get("Content-Type")).startsWith("application/json");
            assertThat(json(request.getBody().utf8())).isEqualTo(expectedBody);
        }
    }
}
