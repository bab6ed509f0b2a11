package dev.mediagen.vap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/** Building the client: from the environment, defaults, and what never leaks. */
class VapClientTest {
    @StartStop
    final MockWebServer server = new MockWebServer();

    @Test
    void fromEnvReadsTheKeyAndBaseUrl() throws Exception {
        server.enqueue(Fixtures.ok("balance-response.json"));
        Map<String, String> env = Map.of("VAP_API_KEY", Fixtures.API_KEY, "VAP_BASE_URL", server.url("/").toString());

        try (VapClient client = VapClient.builder().environment(env::get).fromEnv().build()) {
            assertThat(client.agents().balance().tier()).isEqualTo(1);
        }
        assertThat(server.takeRequest().getHeaders().get("Authorization")).isEqualTo("Bearer " + Fixtures.API_KEY);
    }

    @Test
    void fromEnvWithoutAKeyFailsClearly() {
        assertThatThrownBy(() -> VapClient.builder().environment(name -> null).fromEnv())
                .isInstanceOf(IllegalStateException.class).hasMessage("VAP_API_KEY is not set");
    }

    @Test
    void defaultsToThePublicApi() {
        assertThat(VapClient.DEFAULT_BASE_URL).isEqualTo("https://api.vapagent.com");
    }

    @Test
    void authenticatedCallsWithoutAKeyFailBeforeSending() {
        try (VapClient client = VapClient.builder().baseUrl(server.url("/").toString()).build()) {
            assertThatThrownBy(() -> client.agents().balance())
                    .isInstanceOf(dev.mediagen.core.AuthenticationException.class)
                    .hasMessageContaining("No API key configured");
        }
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void tierMustBeDocumented() {
        assertThatThrownBy(() -> VapClient.builder().tier(4)).isInstanceOf(IllegalArgumentException.class);
        assertThat(VapProfile.limitForTier(0).permits()).isEqualTo(10);
        assertThat(VapProfile.limitForTier(2).permits()).isEqualTo(300);
        assertThat(VapProfile.limitForTier(3).permits()).isEqualTo(1000);
    }
}
