package dev.mediagen.benchmarks.scale;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mediagen.benchmarks.support.Stats;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the JSON lines written by {@link WaitScale} into a Markdown table: one row per design and N, each cell the
 * median over runs with the min–max spread in brackets.
 *
 * <pre>java -cp benchmarks.jar dev.mediagen.benchmarks.scale.ScaleReport scale.jsonl</pre>
 */
public final class ScaleReport {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ScaleReport() {
    }

    /** Prints the table of every JSON-lines file given. */
    public static void main(String[] args) throws IOException {
        List<Map<String, Object>> results = new ArrayList<>();
        for (String file : args) {
            for (String line : Files.readAllLines(Path.of(file))) {
                if (!line.isBlank()) {
                    results.add(JSON.readValue(line, new TypeReference<Map<String, Object>>() { }));
                }
            }
        }
        System.out.println(table(results));
    }

    /** The Markdown table of the results. */
    public static String table(List<Map<String, Object>> results) {
        Map<String, List<Map<String, Object>>> groups = new LinkedHashMap<>();
        for (Map<String, Object> r : results) {
            groups.computeIfAbsent(r.get("n") + "|" + r.get("mode"), k -> new ArrayList<>()).add(r);
        }
        StringBuilder out = new StringBuilder();
        out.append("| N | design | runs | all correct | wall s (ideal) | peak threads total / own"
                + " | heap per pending wait B: registered / after polling | RSS per pending wait B"
                + " | status requests per job | requests per job per interval"
                + " | lag p50 ms | lag p99 ms | lag max ms |\n");
        out.append("|---:|---|---:|---|---|---|---|---|---|---|---|---|---|\n");
        for (List<Map<String, Object>> runs : groups.values()) {
            Map<String, Object> first = runs.get(0);
            out.append("| ").append(first.get("n")).append(" | ").append(first.get("mode")).append(" | ");
            if (first.containsKey("skipped")) {
                out.append("0 | skipped: ").append(first.get("skipped")).append(" | | | | | | | | | |\n");
                continue;
            }
            out.append(runs.size()).append(" | ").append(correctness(runs)).append(" | ")
                    .append(cell(runs, "wall_s", "%.1f")).append(" (").append(cell(runs, "ideal_s", "%.1f")).append(") | ")
                    .append(cell(runs, "peak_threads_total", "%.0f")).append(" / ")
                    .append(cell(runs, "peak_threads_own", "%.0f")).append(" | ")
                    .append(cell(runs, "heap_per_wait_registered_b", "%.0f")).append(" / ")
                    .append(cell(runs, "heap_per_wait_b", "%.0f"))
                    .append(runs.stream().allMatch(r -> Boolean.TRUE.equals(r.get("heap_measured_quiet"))) ? "" : " †")
                    .append(" | ")
                    .append(cell(runs, "rss_per_wait_b", "%.0f")).append(" | ")
                    .append(cell(runs, "status_requests_per_job", "%.2f")).append(" | ")
                    .append(cell(runs, "requests_per_job_per_interval", "%.3f")).append(" | ")
                    .append(cell(runs, "lag_p50_ms", "%.0f")).append(" | ")
                    .append(cell(runs, "lag_p99_ms", "%.0f")).append(" | ")
                    .append(cell(runs, "lag_max_ms", "%.0f")).append(" |\n");
        }
        out.append("\n† measured while status requests were still in flight or queued (the server could not keep up"
                + " with one request per job per interval), so the figure includes queued polls.\n");
        return out.toString();
    }

    private static String correctness(List<Map<String, Object>> runs) {
        List<String> parts = new ArrayList<>();
        boolean all = true;
        for (Map<String, Object> r : runs) {
            long ok = ((Number) r.getOrDefault("ok", 0)).longValue();
            long n = ((Number) r.get("n")).longValue();
            if (ok != n) {
                all = false;
            }
            parts.add(ok + "/" + n);
        }
        return all ? "yes (" + runs.get(0).get("n") + " ×" + runs.size() + ")" : "NO: " + String.join(", ", parts);
    }

    private static String cell(List<Map<String, Object>> runs, String key, String format) {
        List<Double> values = new ArrayList<>();
        for (Map<String, Object> r : runs) {
            Object v = r.get(key);
            if (v instanceof Number) {
                values.add(((Number) v).doubleValue());
            }
        }
        return Stats.medianSpread(values, format);
    }
}
