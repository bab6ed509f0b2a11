package dev.mediagen.benchmarks.support;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mediagen.benchmarks.fixtures.RawSocketClient;
import dev.mediagen.benchmarks.fixtures.VendorFixture;
import dev.mediagen.benchmarks.server.CannedHttpServer;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The published runs put servers in their own JVM: check that path starts, answers and stops. */
class ChildJvmSmokeTest {

    @Test
    void aServerInItsOwnJvmAnswersAndStops() throws Exception {
        try (ChildJvm child = ChildJvm.start(CannedHttpServer.class, List.of("-Xmx64m"), List.of());
             RawSocketClient raw = new RawSocketClient(child.port())) {
            VendorFixture vap = VendorFixture.VAP;
            long answer = raw.roundTrip(RawSocketClient.request("GET", vap.basePath() + vap.getPath("t1"), child.port(), null));

            assertThat(answer / 1_000_000).isEqualTo(200);
            assertThat(answer % 1_000_000).isEqualTo(vap.jobJson().length);
        }
    }
}
