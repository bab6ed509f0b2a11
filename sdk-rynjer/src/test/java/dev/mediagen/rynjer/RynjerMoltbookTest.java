package dev.mediagen.rynjer;

import static dev.mediagen.rynjer.Fixtures.json;
import static dev.mediagen.rynjer.Fixtures.tree;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mediagen.core.AuthenticationException;
import dev.mediagen.core.time.VirtualScheduler;
import dev.mediagen.core.wait.PollStrategy;
import dev.mediagen.core.wait.WaitOptions;
import dev.mediagen.testkit.RynjerSimulator;
import dev.mediagen.testkit.SimClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Moltbook identity: the exchange on the wire, token refresh before expiry and after a 401, sharing. */
class RynjerMoltbookTest {
    private static final Instant START = Instant.parse("2026-02-02T00:00:00Z");

    @StartStop
    final MockWebServer server = new MockWebServer();

    private final VirtualScheduler scheduler = VirtualScheduler.automatic(START);

    @AfterEach
    void tearDown() {
        scheduler.close();
    }

    @Test
    void theExchangeIsUnauthenticatedCarriesTheIdentityAndItsTokenAuthenticatesTheCall() throws Exception {
        server.enqueue(json(200, "{\"code\":0,\"message\":\"ok\",\"data\":{\"access_token\":\"ryn_at_1\","
                + "\"token_type\":\"Bearer\",\"expires_in\":900}}"));
        server.enqueue(json(200, "{\"code\":0,\"message\":\"ok\",\"data\":{\"balance\":7}}"));

        try (RynjerClient client = RynjerClient.builder().baseUrl(server.url("/").toString())
                .moltbookIdentity("mb_identity_abc").scheduler(scheduler).build()) {
            assertThat(client.credits().balance().credits()).isEqualTo(7);
        }

        RecordedRequest exchange = server.takeRequest(5, TimeUnit.SECONDS);
        assertThat(exchange.getMethod()).isEqualTo("POST");
        assertThat(exchange.getTarget()).isEqualTo("/auth/moltbook/exchange");
        assertThat(exchange.getHeaders().get("Authorization")).isNull();
        assertThat(exchange.getHeaders().get("X-Moltbook-Identity")).isEqualTo("mb_identity_abc");
        assertThat(tree(exchange.getBody().utf8())).isEqualTo(tree("{\"identity_token\":\"mb_identity_abc\"}"));
        RecordedRequest call = server.takeRequest(5, TimeUnit.SECONDS);
        assertThat(call.getTarget()).isEqualTo("/v1/credits/balance");
        assertThat(call.getHeaders().get("Authorization")).isEqualTo("Bearer ryn_at_1");
    }

    @Test
    void aFailedExchangeIsRetriedLikeAnyCall() throws Exception {
        server.enqueue(json(503, "{\"code\":503,\"message\":\"Service Unavailable\",\"data\":null}"));
        server.enqueue(json(200, "{\"code\":0,\"message\":\"ok\",\"data\":{\"access_token\":\"ryn_at_2\","
                + "\"expires_at\":\"2026-02-02T00:15:00Z\"}}"));
        server.enqueue(json(200, "{\"code\":0,\"message\":\"ok\",\"data\":{\"balance\":3}}"));

        try (RynjerClient client = RynjerClient.builder().baseUrl(server.url("/").toString())
                .moltbookIdentity("mb_identity_abc").scheduler(scheduler).build()) {
            assertThat(client.credits().balance().credits()).isEqualTo(3);
        }

        assertThat(server.takeRequest(5, TimeUnit.SECONDS).getTarget()).isEqualTo("/auth/moltbook/exchange");
        assertThat(server.takeRequest(5, TimeUnit.SECONDS).getTarget()).isEqualTo("/auth/moltbook/exchange");
        assertThat(server.takeRequest(5, TimeUnit.SECONDS).getHeaders().get("Authorization")).isEqualTo("Bearer ryn_at_2");
    }

    @Test
    void aRejectedIdentityFailsTheCallWithAuthenticationExceptionAndSendsNothingElse() {
        server.enqueue(json(401, "{\"code\":401,\"message\":\"Unauthorized\",\"data\":{\"error\":\"invalid_identity_token\","
                + "\"message\":\"The Moltbook identity token is invalid or expired\"}}"));

        try (RynjerClient client = RynjerClient.builder().baseUrl(server.url("/").toString())
                .moltbookIdentity("mb_bad").scheduler(scheduler).build()) {
            assertThatThrownBy(() -> client.credits().balance())
                    .isInstanceOfSatisfying(AuthenticationException.class,
                            e -> assertThat(e.errorCode()).hasValue("invalid_identity_token"));
        }
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void theLastAuthenticationSetterWins() throws Exception {
        server.enqueue(json(200, "{\"code\":0,\"message\":\"ok\",\"data\":{\"balance\":1}}"));

        try (RynjerClient client = RynjerClient.builder().baseUrl(server.url("/").toString())
                .moltbookIdentity("mb_identity").apiKey("ryn_key").scheduler(scheduler).build()) {
            client.credits().balance();
        }
        RecordedRequest only = server.takeRequest(5, TimeUnit.SECONDS);
        assertThat(only.getTarget()).isEqualTo("/v1/credits/balance");
        assertThat(only.getHeaders().get("Authorization")).isEqualTo("Bearer ryn_key");
    }

    @Test
    void theTokenIsRefreshedBeforeItExpiresDuringALongWait() {
        try (RynjerSimulator sim = new RynjerSimulator(SimClock.following(scheduler.clock())).start();
             RynjerClient client = RynjerClient.builder().baseUrl(sim.baseUrl())
                     .moltbookIdentity(RynjerSimulator.MOLTBOOK_IDENTITY).scheduler(scheduler).build()) {
            sim.generationTime(Duration.ofMinutes(50));

            Generation done = client.generations().generateAndWait(
                    GenerateParams.builder().model("veo3").prompt("a slow sunrise").build(),
                    WaitOptions.builder().timeout(Duration.ofHours(2))
                            .pollStrategy(PollStrategy.fixed(Duration.ofMinutes(2))).build());

            assertThat(done.isSuccess()).isTrue();
            assertThat(Duration.between(START, scheduler.now())).isGreaterThanOrEqualTo(Duration.ofMinutes(50));
            // 50 minutes of polling on 15-minute tokens refreshed a minute early: the first exchange and three refreshes.
            assertThat(sim.exchangeCount()).isEqualTo(4);
            assertThat(sim.unauthorizedCount()).isZero();
        }
    }

    @Test
    void aRevokedTokenIsRefreshedOnceAfterThe401AndTheCallSucceeds() {
        try (RynjerSimulator sim = new RynjerSimulator(SimClock.following(scheduler.clock())).start();
             RynjerClient client = RynjerClient.builder().baseUrl(sim.baseUrl())
                     .moltbookIdentity(RynjerSimulator.MOLTBOOK_IDENTITY).scheduler(scheduler).build()) {
            assertThat(client.credits().balance().credits()).isEqualTo(RynjerSimulator.INITIAL_BALANCE);

            sim.revokeAccessTokens();

            assertThat(client.credits().balance().credits()).isEqualTo(RynjerSimulator.INITIAL_BALANCE);
            assertThat(sim.unauthorizedCount()).isEqualTo(1);
            assertThat(sim.exchangeCount()).isEqualTo(2);
            assertThat(sim.requestLog()).containsExactly("POST /auth/moltbook/exchange", "GET /v1/credits/balance",
                    "GET /v1/credits/balance", "POST /auth/moltbook/exchange", "GET /v1/credits/balance");
        }
    }

    @Test
    void concurrentCallsShareOneExchange() throws Exception {
        AtomicInteger identitiesMinted = new AtomicInteger();
        try (RynjerSimulator sim = new RynjerSimulator(SimClock.following(scheduler.clock())).start();
             RynjerClient client = RynjerClient.builder().baseUrl(sim.baseUrl())
                     .moltbookIdentity(() -> {
                         identitiesMinted.incrementAndGet();
                         return RynjerSimulator.MOLTBOOK_IDENTITY;
                     })
                     .scheduler(scheduler).build()) {
            List<CompletableFuture<CreditBalance>> calls = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                calls.add(client.credits().balanceAsync());
            }
            CompletableFuture.allOf(calls.toArray(new CompletableFuture<?>[0])).get(10, TimeUnit.SECONDS);

            assertThat(sim.exchangeCount()).isEqualTo(1);
            assertThat(identitiesMinted).hasValue(1);
            assertThat(sim.requestCount("GET", "/v1/credits/balance")).isEqualTo(20);
        }
    }
}
