package dev.mediagen.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mediagen.testkit.ApexSimulator;
import dev.mediagen.testkit.MediaFiles;
import dev.mediagen.testkit.SimClock;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the {@code apex} example on the simulator and checks its files and exit codes. */
class ApexExampleTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(ApexExample example, String... args) throws Exception {
        return example.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private static ApexExample onSimulator() {
        return new ApexExample(new Target(Map.<String, String>of()::get));
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
    void generatesAPhotoshootAndABRollConcurrentlyAndDownloadsThem(@TempDir Path dir) throws Exception {
        int code = run(onSimulator(), "--out", dir.toString(), "--count", "3");

        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(printed).contains("estimate: 180 credits").contains("credits: 100000").contains(": completed")
                .contains("\"status\" : \"completed\"").contains("\"type\" : \"photoshoot\"")
                .contains("\"type\" : \"b-roll\"").contains("done: 4 file(s)").contains("180 credits");
        assertThat(files(dir)).extracting(p -> p.getFileName().toString())
                .containsExactly("b-roll.mp4", "photo-1.png", "photo-2.png", "photo-3.png");
        assertThat(MediaFiles.sniff(Files.readAllBytes(dir.resolve("b-roll.mp4")))).isEqualTo("video/mp4");
        for (int i = 1; i <= 3; i++) {
            assertThat(MediaFiles.sniff(Files.readAllBytes(dir.resolve("photo-" + i + ".png")))).isEqualTo("image/png");
        }
    }

    @Test
    void failedJobsExitWithOneAndSaveNothing(@TempDir Path dir) throws Exception {
        int code = run(onSimulator(), "--out", dir.toString(), "--fail");

        assertThat(code).isEqualTo(Command.JOB_FAILURES);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("photoshoot failed").contains("b-roll failed");
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("\"status\" : \"failed\"")
                .contains("\"creditsRefunded\" : 150");
        assertThat(files(dir)).isEmpty();
    }

    @Test
    void withApexApiKeySetItCallsApexBaseUrlThroughFromEnv(@TempDir Path dir) throws Exception {
        try (ApexSimulator apex = new ApexSimulator(SimClock.accelerated(60)).start()) {
            Map<String, String> env = Map.of("APEX_API_KEY", ApexSimulator.API_KEY, "APEX_BASE_URL", apex.baseUrl());

            int code = run(new ApexExample(new Target(env::get)), "--out", dir.toString(), "--count", "1",
                    "--product-image", "https://cdn.example.com/uploads/mug.png");

            assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
            assertThat(out.toString(StandardCharsets.UTF_8)).contains("the Apex Studio API (APEX_API_KEY is set)");
            assertThat(apex.chargedCredits()).isEqualTo(180);
            assertThat(apex.jobCount()).isEqualTo(2);
            assertThat(files(dir)).hasSize(2);
        }
    }

    @Test
    void usageErrorsExitWithTwoAndHelpWithZero() {
        ByteArrayOutputStream mainOut = new ByteArrayOutputStream();
        ByteArrayOutputStream mainErr = new ByteArrayOutputStream();
        PrintStream o = new PrintStream(mainOut, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(mainErr, true, StandardCharsets.UTF_8);

        assertThat(Main.run(List.of("apex", "--count", "5"), o, e)).isEqualTo(Command.USAGE);
        assertThat(Main.run(List.of("apex", "--product-image", "not-a-url"), o, e)).isEqualTo(Command.USAGE);
        assertThat(Main.run(List.of("apex", "--bogus"), o, e)).isEqualTo(Command.USAGE);
        assertThat(mainErr.toString(StandardCharsets.UTF_8)).contains("count must be between 1 and 4")
                .contains("productImage").contains("unknown option --bogus");
        assertThat(Main.run(List.of("apex", "--help"), o, e)).isEqualTo(Command.OK);
        assertThat(mainOut.toString(StandardCharsets.UTF_8)).contains("usage: java -jar mediagen-examples.jar apex");
    }
}
