package dev.mediagen.videogen;

import static dev.mediagen.videogen.Wire.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mediagen.core.AuthenticationException;
import java.util.Map;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/** Building the client: explicit settings, the environment, and the default base URL. */
class VideoGenClientTest {
    @StartStop
    final MockWebServer server = new MockWebServer();

    @Test
    void fromEnvReadsTheKeyAndTheBaseUrl() throws Exception {
        server.enqueue(json(200, SpecExamples.response("getMe")));
        Map<String, String> env = Map.of("VIDEOGEN_API_KEY", " sk_env_key_1234567 ", "VIDEOGEN_BASE_URL",
                server.url("/").toString());

        try (VideoGenClient client = VideoGenClient.builder().environment(env::get).fromEnv().build()) {
            client.account().me();
        }

        RecordedRequest request = server.takeRequest();
        assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer sk_env_key_1234567");
        assertThat(request.getTarget()).isEqualTo("/v1/me");
    }

    @Test
    void fromEnvWithoutAKeyFailsClearly() {
        Map<String, String> env = Map.of();

        assertThatThrownBy(() -> VideoGenClient.builder().environment(env::get).fromEnv())
                .isInstanceOf(IllegalStateException.class).hasMessage("VIDEOGEN_API_KEY is not set");
    }

    @Test
    void theDefaultBaseUrlIsThePublicApi() {
        assertThat(VideoGenClient.DEFAULT_BASE_URL).isEqualTo("https://api.videogen.io");
    }

    @Test
    void aClientWithoutAKeyFailsBeforeSending() {
        try (VideoGenClient client = VideoGenClient.builder().baseUrl(server.url("/").toString()).build()) {
            assertThatThrownBy(() -> client.account().me()).isInstanceOf(AuthenticationException.class)
                    .hasMessageContaining("No API key");
        }
        assertThat(server.getRequestCount()).isZero();
    }
}
