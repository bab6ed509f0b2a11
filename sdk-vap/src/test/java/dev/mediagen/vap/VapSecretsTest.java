package dev.mediagen.vap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mediagen.core.MalformedResponseException;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/** The one-time agent key and the client's key stay out of messages, raw bodies, toString and serialized output. */
class VapSecretsTest {
    private static final String ONE_TIME_KEY = "vap_9f8e7d6c5b4a39281706f5e4";

    @StartStop
    final MockWebServer server = new MockWebServer();

    private VapClient anonymous() {
        return VapClient.builder().baseUrl(server.url("/").toString()).build();
    }

    @Test
    void theRegisteredKeyIsNotInToStringOrSerializedOutput() throws Exception {
        server.enqueue(Fixtures.jsonResponse(201, "{\"agent_id\":\"a1\",\"name\":\"n\",\"api_key\":\"" + ONE_TIME_KEY + "\"}"));
        try (VapClient client = anonymous()) {
            AgentRegistration agent = client.agents().register("n");
            ObjectMapper fields = new ObjectMapper().setVisibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
                    .setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY);

            assertThat(agent.apiKey()).isEqualTo(ONE_TIME_KEY);
            assertThat(agent.toString()).doesNotContain(ONE_TIME_KEY);
            assertThat(fields.writeValueAsString(agent)).doesNotContain(ONE_TIME_KEY).contains("a1");
        }
    }

    @Test
    void aBrokenRegistrationResponseDoesNotLeakTheKey() {
        server.enqueue(Fixtures.jsonResponse(201, "{\"name\":\"n\",\"api_key\":\"" + ONE_TIME_KEY + "\"}"));
        server.enqueue(Fixtures.jsonResponse(201, "{\"agent_id\":\"a1\",\"api_key\":{\"value\":\"" + ONE_TIME_KEY + "\"}}"));
        server.enqueue(Fixtures.jsonResponse(201, "api_key=" + ONE_TIME_KEY));
        try (VapClient client = anonymous()) {
            for (int i = 0; i < 3; i++) {
                MalformedResponseException e = catchThrowableOfType(MalformedResponseException.class,
                        () -> client.agents().register("n"));
                assertThat(e.getMessage()).doesNotContain(ONE_TIME_KEY);
                assertThat(e.rawBody().orElse("")).doesNotContain(ONE_TIME_KEY).contains("[redacted]");
                assertThat(String.valueOf(e.getCause())).doesNotContain(ONE_TIME_KEY);
            }
        }
    }

    @Test
    void theClientsKeyIsScrubbedFromErrors() {
        server.enqueue(Fixtures.jsonResponse(401, "{\"error\":{\"code\":\"invalid_api_key\",\"message\":\"Key "
                + Fixtures.API_KEY + " is revoked\"}}"));
        try (VapClient client = VapClient.builder().baseUrl(server.url("/").toString()).apiKey(Fixtures.API_KEY).build()) {
            dev.mediagen.core.AuthenticationException e = catchThrowableOfType(
                    dev.mediagen.core.AuthenticationException.class, () -> client.agents().balance());

            assertThat(e.getMessage()).doesNotContain(Fixtures.API_KEY).contains("[redacted]");
            assertThat(e.rawBody().orElseThrow()).doesNotContain(Fixtures.API_KEY);
            assertThat(client.toString()).doesNotContain(Fixtures.API_KEY);
        }
    }
}
