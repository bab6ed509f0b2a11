package dev.mediagen.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mediagen.testkit.MediaFiles;
import dev.mediagen.testkit.SimClock;
import dev.mediagen.testkit.VapSimulator;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the {@code vap} example on the simulator (and as if live, against a simulator) and checks files and codes. */
class VapExampleTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(VapExample example, String... args) throws Exception {
        return example.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private static VapExample onSimulator() {
        return new VapExample(new Target(Map.<String, String>of()::get));
    }

    private String printed() {
        return out.toString(StandardCharsets.UTF_8);
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
    void registersDepositsGeneratesWaitsAndDownloadsThePng(@TempDir Path dir) throws Exception {
        int code = run(onSimulator(), "--out", dir.toString(), "--prompt", "A paper boat on a pond");

        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(printed()).contains("target: embedded VAP simulator").contains("registered agent ")
                .contains("deposit ").contains("via manual: awaiting").contains("simulated VAP operator confirmed")
                .contains("tier 1 (DEPOSITED)").contains("generating: A paper boat on a pond")
                .contains(": pending").contains(": completed").contains("\"status\" : \"completed\"")
                .contains("balance after: $4.8200 usable");
        assertThat(printed()).doesNotContain("vap_");
        List<Path> saved = files(dir);
        assertThat(saved).singleElement().satisfies(file -> assertThat(file.getFileName().toString())
                .matches("vap-[0-9a-f-]{36}\\.png"));
        assertThat(MediaFiles.sniff(Files.readAllBytes(saved.get(0)))).isEqualTo("image/png");
    }

    @Test
    void aFailedTaskExitsWithOneIsRefundedAndSavesNothing(@TempDir Path dir) throws Exception {
        int code = run(onSimulator(), "--out", dir.toString(), "--fail");

        assertThat(code).isEqualTo(Command.JOB_FAILURES);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("task failed: Provider returned an error");
        assertThat(printed()).contains("\"status\" : \"failed\"").contains("balance after refund: $5.0000 usable");
        assertThat(files(dir)).isEmpty();
    }

    @Test
    void withVapApiKeySetItUsesThatAgentThroughFromEnv(@TempDir Path dir) throws Exception {
        try (VapSimulator vap = new VapSimulator(SimClock.accelerated(120)).start()) {
            vap.startAgentsAt(1, new BigDecimal("3.00"));
            Map<String, String> env = Map.of("VAP_API_KEY", vap.registerAgent("live"), "VAP_BASE_URL", vap.baseUrl());

            int code = run(new VapExample(new Target(env::get)), "--out", dir.toString(), "--quality", "high",
                    "--aspect-ratio", "1:1");

            assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
            assertThat(printed()).contains("target: the VAP API at " + vap.baseUrl()).doesNotContain("registered agent")
                    .doesNotContain("deposit ").contains("balance after: $2.7300 usable");
            assertThat(vap.taskCount()).isEqualTo(1);
            assertThat(vap.depositIds()).isEmpty();
            assertThat(files(dir)).hasSize(1);
        }
    }

    @Test
    void badOptionsAreUsageErrors() {
        assertThat(Main.run(List.of("vap", "--aspect-ratio", "5:4"), new PrintStream(out), new PrintStream(err)))
                .isEqualTo(Command.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("unsupported aspect ratio '5:4'").contains("usage: vap");
        assertThat(Main.run(List.of("vap", "--deposit", "0.5"), new PrintStream(out), new PrintStream(err)))
                .isEqualTo(Command.USAGE);
        assertThat(Main.run(List.of("vap", "--frobnicate"), new PrintStream(out), new PrintStream(err)))
                .isEqualTo(Command.USAGE);
    }

    @Test
    void helpIsPrinted() {
        assertThat(Main.run(List.of("vap", "--help"), new PrintStream(out), new PrintStream(err))).isZero();
        assertThat(printed()).contains("usage: vap").contains("VAP_API_KEY");
        assertThat(Main.commands()).containsKey("vap");
    }
}
