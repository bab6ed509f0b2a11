package dev.mediagen.benchmarks.scale;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the concurrent-waits harness with tiny N so it never rots. Checks correctness only, never timing. */
class WaitScaleSmokeTest {

    @Test
    void everyDesignCompletesEveryWaitAndReportsWellFormedFigures(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("scale.jsonl");
        WaitScale.Settings settings = new WaitScale.Settings(List.of("sdk", "coalescing", "baseline"), List.of(200), 1,
                Duration.ofMillis(200), Duration.ofMillis(100), Duration.ofMillis(400), 16, false, 4, 10_000, 50,
                Duration.ofMillis(20), out);

        List<Map<String, Object>> results = WaitScale.run(settings);

        assertThat(results).hasSize(3);
        for (Map<String, Object> r : results) {
            assertThat(r.get("finished")).as("%s", r).isEqualTo(true);
            assertThat(r.get("ok")).as("%s", r).isEqualTo(200);
            assertThat(r.get("wrong")).isEqualTo(0);
            assertThat(r.get("failed")).isEqualTo(0);
            assertThat(r).containsKeys("wall_s", "peak_threads_total", "peak_threads_own", "heap_per_wait_b",
                    "status_requests_per_job", "lag_p50_ms", "lag_p99_ms", "lag_max_ms");
            assertThat(((Number) r.get("status_requests")).longValue()).isPositive();
        }
        assertThat(results.get(1).get("batch_requests")).as("the coalescing design polls through the listing")
                .isNotEqualTo(0L);
        assertThat(Files.readAllLines(out)).hasSize(3);

        String table = ScaleReport.table(results);
        assertThat(table).contains("| 200 | sdk |", "| 200 | coalescing |", "| 200 | baseline |");
    }

    @Test
    void theBaselineBeyondItsSafetyCapIsSkippedWithTheReason() throws Exception {
        WaitScale.Settings settings = new WaitScale.Settings(List.of("baseline"), List.of(20), 1,
                Duration.ofMillis(200), Duration.ofMillis(100), Duration.ofMillis(200), 16, false, 2, 10, 50,
                Duration.ofMillis(20), null);

        Map<String, Object> r = WaitScale.run(settings).get(0);

        assertThat((String) r.get("skipped")).contains("safety cap of 10", "pid_max");
        assertThat(ScaleReport.table(List.of(r))).contains("skipped");
    }
}
