package dev.mediagen.apex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mediagen.testkit.ApexSimulator;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Building the client: defaults, environment, no secrets in toString. */
class ApexClientTest {
    @Test
    void fromEnvReadsTheKeyAndTheBaseUrl() {
        try (ApexSimulator sim = new ApexSimulator().start()) {
            Map<String, String> env = Map.of("APEX_API_KEY", ApexSimulator.API_KEY, "APEX_BASE_URL", sim.baseUrl());
            try (ApexClient client = ApexClient.builder().environment(env::get).fromEnv().build()) {
                assertThat(client.account().usage().plan()).hasValue("enterprise");
                assertThat(client.toString()).contains(sim.baseUrl()).doesNotContain(ApexSimulator.API_KEY);
            }
            assertThat(sim.requestLog()).containsExactly("GET /api/usage");
        }
    }

    @Test
    void theDefaultBaseUrlIsThePublicOneAndTheKeyIsRequired() {
        try (ApexClient client = ApexClient.builder().environment(Map.of("APEX_API_KEY", "sk_live_x")::get).fromEnv()
                .build()) {
            assertThat(client.toString()).contains("https://useapexstudio.com");
        }
        assertThatThrownBy(() -> ApexClient.builder().environment(Map.<String, String>of()::get).fromEnv())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("APEX_API_KEY");
        assertThat(ApexClient.DEFAULT_BASE_URL).isEqualTo("https://useapexstudio.com");
    }
}
