package dev.mediagen.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mediagen.testkit.MediaFiles;
import dev.mediagen.testkit.SimClock;
import dev.mediagen.testkit.VideoGenSimulator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.sound.sampled.AudioSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the {@code videogen} example on the simulator and checks its files and exit codes. */
class VideoGenExampleTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(VideoGenExample example, String... args) throws Exception {
        return example.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private static VideoGenExample onSimulator() {
        return new VideoGenExample(new Target(Map.<String, String>of()::get), Duration.ofSeconds(10));
    }

    private static List<String> files(Path dir) throws Exception {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(dir)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void uploadsUpscalesVoicesWaitsForBothAndDownloadsTheResults(@TempDir Path dir) throws Exception {
        int code = run(onSimulator(), "--out", dir.toString(), "--text", "Hello from the example");

        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(printed).contains("embedded VideoGen simulator").contains("uploaded vg_file_")
                .contains("  upscale vg_tool_").contains("  voiceover vg_tool_").contains(": succeeded 100%")
                .contains("\"status\" : \"succeeded\"").contains("done: 2 file(s)");
        assertThat(files(dir)).containsExactly("upscale.png", "voiceover.wav");
        assertThat(ImageIO.read(dir.resolve("upscale.png").toFile()).getWidth()).isEqualTo(128);
        assertThat(AudioSystem.getAudioInputStream(dir.resolve("voiceover.wav").toFile()).getFrameLength()).isPositive();
    }

    @Test
    void aGivenImageIsUploadedUnderItsOwnName(@TempDir Path dir) throws Exception {
        Path image = dir.resolve("lamp.png");
        Files.write(image, MediaFiles.png(20, 20, 5));
        Path results = dir.resolve("results");

        int code = run(onSimulator(), "--out", results.toString(), "--image", image.toString());

        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("uploading " + image);
        assertThat(ImageIO.read(new ByteArrayInputStream(Files.readAllBytes(results.resolve("upscale.png"))))).isNotNull();
    }

    @Test
    void aFailedExecutionExitsWithOneAndSavesNothing(@TempDir Path dir) throws Exception {
        int code = run(onSimulator(), "--out", dir.toString(), "--fail");

        assertThat(code).isEqualTo(Command.JOB_FAILURES);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("execution failed");
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("\"status\" : \"failed\"");
        assertThat(files(dir)).isEmpty();
    }

    @Test
    void withTheApiKeySetItCallsTheBaseUrlThroughFromEnv(@TempDir Path dir) throws Exception {
        try (VideoGenSimulator videogen = new VideoGenSimulator(SimClock.accelerated(60)).start()) {
            Map<String, String> env = Map.of("VIDEOGEN_API_KEY", VideoGenSimulator.API_KEY,
                    "VIDEOGEN_BASE_URL", videogen.baseUrl());

            videogen.runningTime(Duration.ofSeconds(10));

            int code = run(new VideoGenExample(new Target(env::get)), "--out", dir.toString());

            assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
            assertThat(out.toString(StandardCharsets.UTF_8)).contains("the VideoGen API (VIDEOGEN_API_KEY is set)")
                    .contains("with voice " + VideoGenSimulator.VOICE_ID);
            assertThat(videogen.executionCount()).isEqualTo(2);
            assertThat(videogen.requestCount("GET", "/v1/resources/tts-voices")).isEqualTo(1);
            assertThat(files(dir)).containsExactly("upscale.png", "voiceover.wav");
        }
    }

    @Test
    void helpAndUsageErrorsGoThroughMain() {
        ByteArrayOutputStream help = new ByteArrayOutputStream();
        int helpCode = Main.run(List.of("videogen", "--help"), new PrintStream(help, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        int usageCode = Main.run(List.of("videogen", "--bogus"), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(helpCode).isEqualTo(Command.OK);
        assertThat(help.toString(StandardCharsets.UTF_8)).contains("usage: java -jar mediagen-examples.jar videogen");
        assertThat(usageCode).isEqualTo(Command.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown option --bogus");
    }
}
