package dev.mediagen.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mediagen.testkit.AgentMediaSimulator;
import dev.mediagen.testkit.MediaFiles;
import dev.mediagen.testkit.SimClock;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the {@code agentmedia} example on the simulator and checks its file and exit codes. */
class AgentMediaExampleTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(AgentMediaExample example, String... args) throws Exception {
        return example.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private static AgentMediaExample onSimulator() {
        return new AgentMediaExample(new Target(Map.<String, String>of()::get));
    }

    private static List<Path> files(Path dir) throws Exception {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(dir)) {
            return list.sorted().toList();
        }
    }

    @Test
    void listsActorsCreatesATenSecondVideoWaitsWithProgressAndDownloadsIt(@TempDir Path dir) throws Exception {
        int code = run(onSimulator(), "--out", dir.toString());

        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(printed).contains("embedded agent-media simulator").contains("actors: 12 in the library")
                .contains("emma     Emma (female, 26-35, Young Adult)")
                .contains("estimate: 300 credits for a 10 s video; balance: 6900 credits (Pro plan)")
                .contains("300 credits deducted, 10 s video")
                .containsPattern("  [0-9a-f-]{36}: (submitted|queued|processing) after \\d+ s")
                .containsPattern("  [0-9a-f-]{36}: completed after \\d+ s")
                .contains("\"status\" : \"completed\"");
        assertThat(files(dir)).singleElement().satisfies(file -> {
            assertThat(file.getFileName().toString()).endsWith(".mp4");
            assertThat(MediaFiles.sniff(Files.readAllBytes(file))).isEqualTo("video/mp4");
        });
    }

    @Test
    void aFailedVideoExitsWithOneAndSavesNothing(@TempDir Path dir) throws Exception {
        int code = run(onSimulator(), "--out", dir.toString(), "--fail");

        assertThat(code).isEqualTo(Command.JOB_FAILURES);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("video failed");
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("\"status\" : \"failed\"");
        assertThat(files(dir)).isEmpty();
    }

    @Test
    void badOptionsAreUsageErrors(@TempDir Path dir) throws Exception {
        assertThat(Main.run(List.of("agentmedia", "--duration", "7", "--out", dir.toString()),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)))
                .isEqualTo(Command.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("target_duration must be 5, 10, or 15");
        assertThat(Main.run(List.of("agentmedia", "--script", "too short"), new PrintStream(out, true,
                StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))).isEqualTo(Command.USAGE);
        assertThat(Main.run(List.of("agentmedia", "--help"), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8))).isEqualTo(Command.OK);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("AGENTMEDIA_API_KEY");
        assertThat(files(dir)).isEmpty();
    }

    @Test
    void withTheApiKeySetItCallsTheBaseUrlThroughFromEnv(@TempDir Path dir) throws Exception {
        SimClock clock = SimClock.accelerated(60);
        try (AgentMediaSimulator agentMedia = new AgentMediaSimulator(clock).start()) {
            agentMedia.retryAfter(clock.toReal(Duration.ofSeconds(5))).plan("starter");
            Map<String, String> env = Map.of("AGENTMEDIA_API_KEY", agentMedia.apiKey(),
                    "AGENTMEDIA_BASE_URL", agentMedia.apiBaseUrl());

            int code = run(new AgentMediaExample(new Target(env::get)), "--out", dir.toString(), "--actor", "chris",
                    "--duration", "5", "--script", "Stop scrolling. This one habit changed my mornings for good.");

            assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
            assertThat(out.toString(StandardCharsets.UTF_8)).contains("the agent-media API (AGENTMEDIA_API_KEY is set)")
                    .contains("estimate: 150 credits for a 5 s video; balance: 3900 credits (Creator plan)");
            assertThat(agentMedia.creditsTotal()).isEqualTo(3_900 - 150);
            assertThat(agentMedia.requestCount("POST", "/api/v1/videos")).isEqualTo(1);
            assertThat(files(dir)).hasSize(1);
        }
    }

    @Test
    void theCommandIsRegistered() {
        assertThat(Main.commands()).containsKey("agentmedia");
    }
}
