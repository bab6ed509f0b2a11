package dev.mediagen.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SimulatorExtension.class)
class SimulatorBaseTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    /** A tiny simulator with one echo route, to exercise the base class. */
    public static final class EchoSimulator extends Simulator {
        /** Starts on a manual clock. */
        public EchoSimulator() {
            super(SimClock.manual(Instant.parse("2026-01-01T00:00:00Z")));
            route("GET", "/items/{id}", req -> SimResponse.json(200, Map.of("id", req.pathParam("id"),
                    "q", req.query("q").orElse(""), "auth", req.bearerToken().orElse(""))));
            route("POST", "/items", req -> SimResponse.json(201, Map.of("size", req.bodySize(),
                    "json", req.hasJsonObject())));
        }

        @Override
        protected SimResponse rateLimited(Duration retryAfter) {
            return SimResponse.json(429, Map.of("error", "slow down")).header("Retry-After", retryAfter.toSeconds());
        }
    }

    private static HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer k1").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void routesMatchPathParametersQueryAndHeaders(EchoSimulator sim) throws Exception {
        HttpResponse<String> response = get(sim.url("/items/a%20b?q=x"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"id\":\"a b\"").contains("\"q\":\"x\"").contains("\"auth\":\"k1\"");
        assertThat(sim.requestLog()).containsExactly("GET /items/a%20b");
        assertThat(sim.requestCount("GET", "/items")).isEqualTo(1);
    }

    @Test
    void unknownRoutesAre404AndBodiesAreSeen(EchoSimulator sim) throws Exception {
        assertThat(get(sim.url("/nope")).statusCode()).isEqualTo(404);
        HttpResponse<String> posted = HTTP.send(HttpRequest.newBuilder(URI.create(sim.url("/items")))
                .POST(HttpRequest.BodyPublishers.ofString("{\"a\":1}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(posted.body()).contains("\"size\":7").contains("\"json\":true");
    }

    @Test
    void injectedFaultsApplyToTheNextMatchingRequestsOnly(EchoSimulator sim) throws Exception {
        sim.rateLimitNext(2, "/items", Duration.ofSeconds(3));

        HttpResponse<String> first = get(sim.url("/items/1"));
        assertThat(first.statusCode()).isEqualTo(429);
        assertThat(first.headers().firstValue("Retry-After")).hasValue("3");
        assertThat(get(sim.url("/items/1")).statusCode()).isEqualTo(429);
        assertThat(get(sim.url("/items/1")).statusCode()).isEqualTo(200);
    }

    @Test
    void aDroppedResponseIsProcessedButNeverAnswered(EchoSimulator sim) {
        sim.dropResponseOfNext("POST", "/items");

        assertThatThrownBy(() -> HTTP.send(HttpRequest.newBuilder(URI.create(sim.url("/items")))
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString()))
                .isInstanceOf(IOException.class);
        assertThat(sim.requestCount("POST", "/items")).isEqualTo(1);
    }

    @Test
    void clocksProgressAsConfigured() {
        SimClock manual = SimClock.manual(Instant.parse("2026-01-01T00:00:00Z"));
        manual.advance(Duration.ofMinutes(5));
        assertThat(manual.instant()).isEqualTo(Instant.parse("2026-01-01T00:05:00Z"));

        SimClock fast = SimClock.accelerated(60);
        assertThat(fast.toReal(Duration.ofSeconds(60))).isEqualTo(Duration.ofSeconds(1));

        Progression job = Progression.start(Instant.parse("2026-01-01T00:00:00Z"))
                .then("queued", Duration.ofSeconds(2)).then("processing", Duration.ofSeconds(8)).end("completed");
        assertThat(job.statusAt(Instant.parse("2026-01-01T00:00:01Z"))).isEqualTo("queued");
        assertThat(job.statusAt(Instant.parse("2026-01-01T00:00:05Z"))).isEqualTo("processing");
        assertThat(job.percentAt(Instant.parse("2026-01-01T00:00:05Z"))).isEqualTo(50);
        assertThat(job.statusAt(Instant.parse("2026-01-01T00:00:10Z"))).isEqualTo("completed");
        assertThat(job.isFinished(Instant.parse("2026-01-01T00:00:10Z"))).isTrue();
    }

    @Test
    void mediaFilesAreRealMedia() throws Exception {
        byte[] png = MediaFiles.png(64, 32, 7);
        assertThat(ImageIO.read(new ByteArrayInputStream(png)).getWidth()).isEqualTo(64);
        assertThat(MediaFiles.sniff(png)).isEqualTo("image/png");

        byte[] wav = MediaFiles.wav(0.5, 440);
        try (AudioInputStream audio = AudioSystem.getAudioInputStream(new ByteArrayInputStream(wav))) {
            assertThat(audio.getFrameLength()).isEqualTo(4000);
        }
        assertThat(MediaFiles.sniff(wav)).isEqualTo("audio/wav");
        assertThat(MediaFiles.sniff(MediaFiles.mp4(1))).isEqualTo("video/mp4");
        assertThat(MediaFiles.sniff(new byte[] {1, 2, 3})).isEqualTo("application/octet-stream");
    }
}
