package dev.mediagen.agentmedia;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import dev.mediagen.testkit.ApiSurface;
import org.junit.jupiter.api.Test;

/** Client construction from the environment, and the shape of the public API. */
class AgentMediaClientTest {
    @StartStop
    final MockWebServer server = new MockWebServer();

    @Test
    void fromEnvReadsKeyBaseUrlAndWebhookSecret() throws Exception {
        server.enqueue(Fixtures.fixture(200, "account"));
        Map<String, String> env = Map.of("AGENTMEDIA_API_KEY", " ma_env_key_1234567890 ",
                "AGENTMEDIA_BASE_URL", server.url("/api/v1").toString(), "AGENTMEDIA_WEBHOOK_SECRET", "ab".repeat(32));

        try (AgentMediaClient client = AgentMediaClient.builder().environment(env::get).fromEnv().build()) {
            client.account().info();

            assertThat(client.webhooks().verifies()).isTrue();
            assertThat(client.toString()).contains(server.url("/api/v1").toString()).doesNotContain("ma_env_key");
        }
        assertThat(server.takeRequest().getHeaders().get("Authorization")).isEqualTo("Bearer ma_env_key_1234567890");
    }

    @Test
    void fromEnvDefaultsToThePublicBaseUrlAndNeedsTheKey() {
        try (AgentMediaClient client = AgentMediaClient.builder()
                .environment(Map.of("AGENTMEDIA_API_KEY", "ma_k")::get).fromEnv().build()) {
            assertThat(client.toString()).contains("https://agent.media/api/v1");
            assertThat(client.webhooks().verifies()).isFalse();
        }
        assertThatThrownBy(() -> AgentMediaClient.builder().environment(Map.<String, String>of()::get).fromEnv())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("AGENTMEDIA_API_KEY");
    }

    @Test
    void everyServiceCallHasBlockingAndAsyncFormsWithAndWithoutOptions() {
        for (Class<?> service : new Class<?>[] {AgentMediaVideoService.class, AgentMediaActorService.class,
                AgentMediaAccountService.class, AgentMediaKeyService.class}) {
            Arrays.stream(service.getDeclaredMethods())
                    .filter(m -> Modifier.isPublic(m.getModifiers()) && m.getName().endsWith("Async"))
                    .forEach(async -> {
                        String blocking = async.getName().substring(0, async.getName().length() - "Async".length());
                        assertThat(CompletableFuture.class).isAssignableFrom(async.getReturnType());
                        assertThat(Arrays.stream(service.getMethods()).map(Method::getName)).contains(blocking);
                    });
        }
    }

    @Test
    void noPublicSignatureMentionsOkHttpJacksonOrCoreInternalsAndNoModelIsMutable() {
        List<Class<?>> classes = ApiSurface.publicClasses(AgentMediaClient.class);
        assertThat(classes).contains(AgentMediaClient.class, AgentMediaClient.Builder.class, VideoJob.class,
                AccountInfo.Plan.class, UsageStats.DailyUsage.class);
        assertThat(ApiSurface.foreignTypes(classes)).isEmpty();
        assertThat(ApiSurface.mutators(classes)).isEmpty();
    }
}
