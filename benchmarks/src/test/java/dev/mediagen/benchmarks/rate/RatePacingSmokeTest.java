package dev.mediagen.benchmarks.rate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Runs the pacing harness on a handful of submissions so it never rots. Correctness only, never timing. */
class RatePacingSmokeTest {

    @Test
    void onVirtualTimeEverySubmissionIsAcceptedWithoutA429() throws Exception {
        List<Map<String, Object>> results = RatePacing.run(List.of("virtual"), 12, 1, 5, Duration.ofSeconds(10),
                Duration.ofSeconds(1), null);

        Map<String, Object> r = results.get(0);
        assertThat(r.get("accepted")).as("%s", r).isEqualTo(12);
        assertThat(r.get("failed")).isEqualTo(0);
        // Virtual time is deterministic: the client-side pacing must keep the server from ever refusing.
        assertThat(r.get("http_429")).isEqualTo(0);
        assertThat(((Number) r.get("share")).doubleValue()).isBetween(0.0, 1.0);
        assertThat(r.get("client")).isEqualTo("ApexClient (sdk-apex)");
        assertThat(RatePacing.table(results)).contains("| virtual | 5 per 10.0 s |");
    }

    @Test
    void onRealTimeWithAScaledWindowEverySubmissionCompletes() throws Exception {
        Map<String, Object> r = RatePacing.run(List.of("real"), 10, 1, 5, Duration.ofSeconds(10),
                Duration.ofMillis(300), null).get(0);

        assertThat(r.get("accepted")).as("%s", r).isEqualTo(10);
        assertThat(r.get("failed")).isEqualTo(0);
        assertThat(r).containsKeys("http_429", "share", "achieved_per_s");
    }

    @Test
    void withoutClientSidePacingTheServerRefuses() throws Exception {
        Map<String, Object> r = RatePacing.run(List.of("virtual-unpaced"), 12, 1, 5, Duration.ofSeconds(10),
                Duration.ofSeconds(1), null).get(0);

        assertThat(((Number) r.get("http_429")).intValue()).as("%s", r).isPositive();
    }
}
