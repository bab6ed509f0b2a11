package dev.mediagen.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mediagen.testkit.MediaFiles;
import dev.mediagen.testkit.RynjerSimulator;
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

/** Runs the {@code rynjer} example on the simulator and checks its files and exit codes. */
class RynjerExampleTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(RynjerExample example, String... args) throws Exception {
        return example.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private static RynjerExample onSimulator() {
        return new RynjerExample(new Target(Map.<String, String>of()::get));
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
    void estimatesChecksTheBalanceGeneratesFourVariantsAndDownloadsThem(@TempDir Path dir) throws Exception {
        int code = run(onSimulator(), "--out", dir.toString(), "--prompt", "a paper boat");

        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(printed).contains("estimate: 80 credits for 4 x nano-banana-pro (Rynjer estimate)")
                .contains("balance: 1000 credits").contains(": success").contains("\"status\" : \"success\"");
        assertThat(files(dir)).extracting(p -> p.getFileName().toString())
                .containsExactly("variant-1.png", "variant-2.png", "variant-3.png", "variant-4.png");
        for (Path file : files(dir)) {
            assertThat(MediaFiles.sniff(Files.readAllBytes(file))).isEqualTo("image/png");
        }
    }

    @Test
    void aFailedGenerationExitsWithOneAndSavesNothing(@TempDir Path dir) throws Exception {
        int code = run(onSimulator(), "--out", dir.toString(), "--fail", "--count", "1");

        assertThat(code).isEqualTo(Command.JOB_FAILURES);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("generation failed");
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("\"status\" : \"failed\"");
        assertThat(files(dir)).isEmpty();
    }

    @Test
    void withRynjerApiKeySetItCallsRynjerBaseUrlThroughFromEnv(@TempDir Path dir) throws Exception {
        try (RynjerSimulator rynjer = new RynjerSimulator(SimClock.accelerated(60)).start()) {
            rynjer.generationTime(Duration.ofSeconds(6));
            Map<String, String> env = Map.of("RYNJER_API_KEY", RynjerSimulator.API_KEY, "RYNJER_BASE_URL", rynjer.baseUrl());

            int code = run(new RynjerExample(new Target(env::get)), "--out", dir.toString(), "--count", "2",
                    "--resolution", "4K");

            assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
            assertThat(out.toString(StandardCharsets.UTF_8)).contains("the Rynjer API (RYNJER_API_KEY is set)")
                    .contains("estimate: 80 credits");
            assertThat(rynjer.chargedCredits()).isEqualTo(80);
            assertThat(files(dir)).hasSize(2);
        }
    }

    @Test
    void usageErrorsExitWithTwoAndHelpWithZero() {
        ByteArrayOutputStream mainOut = new ByteArrayOutputStream();
        ByteArrayOutputStream mainErr = new ByteArrayOutputStream();
        PrintStream o = new PrintStream(mainOut, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(mainErr, true, StandardCharsets.UTF_8);

        assertThat(Main.run(List.of("rynjer", "--count", "3"), o, e)).isEqualTo(Command.USAGE);
        assertThat(Main.run(List.of("rynjer", "--bogus"), o, e)).isEqualTo(Command.USAGE);
        assertThat(mainErr.toString(StandardCharsets.UTF_8)).contains("--count must be 1, 2, 4 or 8")
                .contains("unknown option --bogus");
        assertThat(Main.run(List.of("rynjer", "--help"), o, e)).isEqualTo(Command.OK);
        assertThat(mainOut.toString(StandardCharsets.UTF_8)).contains("usage: java -jar mediagen-examples.jar rynjer");
    }
}
