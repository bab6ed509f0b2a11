package dev.mediagen.benchmarks.jmh;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mediagen.benchmarks.report.JmhReport;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs every JMH benchmark once, in this JVM, for 100 ms — a check that each still runs and reports, never a timed
 * assertion.
 */
class JmhSmokeTest {

    @Test
    void everyBenchmarkRunsAndTheReportRenders(@TempDir Path dir) throws Exception {
        System.setProperty(CallOverheadBenchmark.IN_PROCESS_SERVER, "true");
        Path json = dir.resolve("jmh.json");
        Options options = new OptionsBuilder()
                .include(CallOverheadBenchmark.class.getName())
                .include(JsonParseBenchmark.class.getName())
                .include(RuntimeLayersBenchmark.class.getName())
                .forks(0)
                .warmupIterations(0)
                .measurementIterations(1)
                .measurementTime(TimeValue.milliseconds(100))
                .shouldFailOnError(true)
                .resultFormat(ResultFormatType.JSON)
                .result(json.toString())
                .build();
        try {
            Collection<RunResult> results = new Runner(options).run();

            // 10 call benchmarks and 3 binding benchmarks for each of the 5 vendors, and 4 runtime-layer paths.
            assertThat(results).hasSize(5 * 10 + 5 * 3 + 4);
            for (RunResult result : results) {
                assertThat(result.getPrimaryResult().getScore()).as(result.getParams().getBenchmark()).isPositive();
            }
            Map<String, JmhReport.Result> read = JmhReport.read(new ObjectMapper().readTree(json.toFile()));
            String tables = JmhReport.render(read);
            assertThat(tables).contains("Job get", "Create", "JSON binding", "Where the time goes", "| apex |",
                    "| rynjer |");
        } finally {
            System.clearProperty(CallOverheadBenchmark.IN_PROCESS_SERVER);
        }
    }
}
