package dev.mediagen.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mediagen.testkit.SimClock;
import dev.mediagen.testkit.VapSimulator;
import dev.mediagen.vap.ImageParams;
import dev.mediagen.vap.Task;
import dev.mediagen.vap.VapClient;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's quickstart, run against the VAP simulator with the environment it reads. */
class QuickstartReadmeTest {
    @Test
    void theQuickstartProducesAHeroImage(@TempDir Path dir) throws Exception {
        try (VapSimulator simulator = new VapSimulator(SimClock.accelerated(600)).start()) {
            simulator.startAgentsAt(1, new BigDecimal("10.00"));
            Map<String, String> env = Map.of("VAP_API_KEY", simulator.registerAgent("readme"), "VAP_BASE_URL",
                    simulator.baseUrl());
            Path hero = dir.resolve("hero.png");

            try (VapClient vap = VapClient.builder().environment(env::get).fromEnv().build()) {
                Task task = vap.tasks().createAndWait(ImageParams.builder()
                        .description("A lantern on a mossy rock at dusk").aspectRatio("16:9").build());
                vap.downloads().toPath(task.resultUrl().orElseThrow(), hero).join();
            }

            assertThat(Files.readAllBytes(hero)).startsWith(0x89, 'P', 'N', 'G');
        }
    }
}
