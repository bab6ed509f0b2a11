package dev.mediagen.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mediagen.core.JobFailedException;
import dev.mediagen.core.time.VirtualScheduler;
import dev.mediagen.rynjer.GenerateParams;
import dev.mediagen.rynjer.Generation;
import dev.mediagen.rynjer.RynjerClient;
import dev.mediagen.rynjer.Units;
import dev.mediagen.testkit.RynjerSimulator;
import dev.mediagen.testkit.SimulatorExtension;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The README's "Testing your code against the simulators" example, verbatim, so the README stays true. */
@ExtendWith(SimulatorExtension.class)
class SimulatorReadmeTest {
    private final GenerateParams fourVariants = GenerateParams.builder()
            .model("nano-banana-pro").prompt("a camping lantern on a mossy rock").units(Units.count(4)).build();

    private RynjerClient clientFor(RynjerSimulator rynjer) {
        return RynjerClient.builder()
                .baseUrl(rynjer.baseUrl())
                .apiKey(RynjerSimulator.API_KEY)
                .scheduler(VirtualScheduler.automatic(RynjerSimulator.EPOCH))  // polls without real sleeps
                .build();
    }

    @Test
    void generatesFourVariants(RynjerSimulator rynjer) {
        try (RynjerClient client = clientFor(rynjer)) {
            Generation started = client.generations().generate(fourVariants);
            rynjer.advance(Duration.ofMinutes(1));                          // the simulated job finishes

            Generation done = client.generations().waitFor(started.requestId());

            assertThat(done.isSuccess()).isTrue();
            assertThat(done.outputUrls()).hasSize(4);
        }
    }

    @Test
    void reportsAFailedGeneration(RynjerSimulator rynjer) {
        rynjer.failAllJobs(true);
        try (RynjerClient client = clientFor(rynjer)) {
            Generation started = client.generations().generate(fourVariants);
            rynjer.advance(Duration.ofMinutes(1));

            assertThatThrownBy(() -> client.generations().waitFor(started.requestId()))
                    .isInstanceOf(JobFailedException.class);
        }
    }
}
