package dev.mediagen.benchmarks.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mediagen.benchmarks.support.Stats;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns JMH's JSON result ({@code -rf json}) into the BENCHMARKS.md tables: per vendor, the median over forks (each
 * fork one run) with the min–max spread, the time and allocation ratios of ours against the hand-written OkHttp
 * call, and the JSON binding figures.
 *
 * <pre>java -cp benchmarks.jar dev.mediagen.benchmarks.report.JmhReport jmh-calls.json [jmh-json.json]</pre>
 */
public final class JmhReport {
    private static final ObjectMapper JSON = new ObjectMapper();

    private JmhReport() {
    }

    /** One benchmark × vendor: per-fork means of the primary metric and of the allocation per op. */
    public record Result(String method, String vendor, String unit, List<Double> forks, List<Double> allocForks) {
        double median() {
            return Stats.median(forks);
        }

        double allocMedian() {
            return allocForks.isEmpty() ? Double.NaN : Stats.median(allocForks);
        }
    }

    /** Prints the tables of every file given. */
    public static void main(String[] args) throws IOException {
        Map<String, Result> results = new LinkedHashMap<>();
        for (String file : args) {
            results.putAll(read(JSON.readTree(Path.of(file).toFile())));
        }
        System.out.println(render(results));
    }

    /** Reads a JMH JSON result into results keyed by {@code method|vendor}. */
    public static Map<String, Result> read(JsonNode root) {
        Map<String, Result> out = new LinkedHashMap<>();
        for (JsonNode entry : root) {
            String benchmark = entry.path("benchmark").asText();
            String method = benchmark.substring(benchmark.lastIndexOf('.') + 1);
            String vendor = entry.path("params").path("vendor").asText("-");
            JsonNode primary = entry.path("primaryMetric");
            JsonNode alloc = entry.path("secondaryMetrics").path("gc.alloc.rate.norm");
            out.put(method + "|" + vendor, new Result(method, vendor, primary.path("scoreUnit").asText(),
                    forkMeans(primary.path("rawData")), forkMeans(alloc.path("rawData"))));
        }
        return out;
    }

    private static List<Double> forkMeans(JsonNode rawData) {
        List<Double> means = new ArrayList<>();
        for (JsonNode fork : rawData) {
            double sum = 0;
            int n = 0;
            for (JsonNode v : fork) {
                sum += v.asDouble();
                n++;
            }
            if (n > 0) {
                means.add(sum / n);
            }
        }
        return means;
    }

    /** The Markdown tables. */
    public static String render(Map<String, Result> results) {
        StringBuilder out = new StringBuilder();
        List<String> vendors = new ArrayList<>();
        for (Result r : results.values()) {
            if (!vendors.contains(r.vendor())) {
                vendors.add(r.vendor());
            }
        }
        for (String op : List.of("get", "create")) {
            if (results.keySet().stream().noneMatch(k -> k.startsWith(op + "OkHttp|"))) {
                continue;
            }
            out.append("\n**").append(op.equals("get") ? "Job get" : "Create").append("** — ops/s, median over forks"
                    + " (min–max); time ratio = ours' time per call ÷ the hand-written OkHttp call's; B/op from -prof gc\n\n");
            out.append("| vendor | ours sync ops/s | ours async ops/s | OkHttp sync ops/s | OkHttp async ops/s"
                    + " | raw socket ops/s | time ours/OkHttp sync (async/async) | time ours sync/raw"
                    + " | B/op ours sync (async) | B/op OkHttp sync (async) | B/op raw"
                    + " | alloc ours/OkHttp sync (async/async) |\n");
            out.append("|---|---|---|---|---|---|---|---|---|---|---|---|\n");
            for (String v : vendors) {
                Result sync = results.get(op + "OursSync|" + v);
                Result async = results.get(op + "OursAsync|" + v);
                Result ok = results.get(op + "OkHttp|" + v);
                Result okAsync = results.get(op + "OkHttpAsync|" + v);
                Result raw = results.get(op + "RawSocket|" + v);
                if (sync == null || ok == null) {
                    continue;
                }
                out.append("| ").append(v)
                        .append(" | ").append(cell(sync.forks(), "%.0f"))
                        .append(" | ").append(async == null ? "n/a" : cell(async.forks(), "%.0f"))
                        .append(" | ").append(cell(ok.forks(), "%.0f"))
                        .append(" | ").append(okAsync == null ? "n/a" : cell(okAsync.forks(), "%.0f"))
                        .append(" | ").append(raw == null ? "n/a" : cell(raw.forks(), "%.0f"))
                        .append(" | ").append(f("%.2f", ok.median() / sync.median()))
                        .append(async == null || okAsync == null ? ""
                                : " (" + f("%.2f", okAsync.median() / async.median()) + ")")
                        .append(" | ").append(raw == null ? "n/a" : f("%.1f", raw.median() / sync.median()))
                        .append(" | ").append(f("%.0f", sync.allocMedian()))
                        .append(async == null ? "" : " (" + f("%.0f", async.allocMedian()) + ")")
                        .append(" | ").append(f("%.0f", ok.allocMedian()))
                        .append(okAsync == null ? "" : " (" + f("%.0f", okAsync.allocMedian()) + ")")
                        .append(" | ").append(raw == null ? "n/a" : f("%.0f", raw.allocMedian()))
                        .append(" | ").append(f("%.2f", sync.allocMedian() / ok.allocMedian()))
                        .append(async == null || okAsync == null ? ""
                                : " (" + f("%.2f", async.allocMedian() / okAsync.allocMedian()) + ")")
                        .append(" |\n");
            }
        }
        if (results.containsKey("runtimeCall|-")) {
            out.append("\n**Where the time goes** — VAP task get, the same ObjectReader binding on every path; ops/s,"
                    + " median over forks (min–max); µs/call = 1e6 ÷ median\n\n");
            out.append("| path | ops/s | µs per call | B/op |\n|---|---|---|---|\n");
            for (String[] path : new String[][] {
                    {"okhttpExecute", "OkHttp execute() on the caller's thread"},
                    {"okhttpEnqueue", "OkHttp enqueue(), future completed on the OkHttp thread"},
                    {"runtimeSend", "ApiRuntime.send: the SDK's layers, completed on the OkHttp thread"},
                    {"runtimeCall", "ApiRuntime.call: + hand-off to the callback executor (every public method)"}}) {
                Result r = results.get(path[0] + "|-");
                if (r != null) {
                    out.append("| ").append(path[1]).append(" | ").append(cell(r.forks(), "%.0f")).append(" | ")
                            .append(f("%.1f", 1e6 / r.median())).append(" | ").append(f("%.0f", r.allocMedian()))
                            .append(" |\n");
                }
            }
        }
        if (results.keySet().stream().anyMatch(k -> k.startsWith("jacksonReadTree|"))) {
            out.append("\n**JSON binding of the job body** — ns/op, median over forks (min–max); B/op from -prof gc\n\n");
            out.append("| vendor | ours: vendor model | plain readTree | plain ObjectReader → user POJO | ours/readTree"
                    + " | B/op ours | B/op readTree | B/op POJO |\n");
            out.append("|---|---|---|---|---|---|---|---|\n");
            for (String v : vendors) {
                Result ours = results.get("oursVendorModel|" + v);
                Result tree = results.get("jacksonReadTree|" + v);
                Result pojo = results.get("jacksonObjectReaderPojo|" + v);
                if (ours == null || tree == null) {
                    continue;
                }
                out.append("| ").append(v)
                        .append(" | ").append(cell(ours.forks(), "%.0f"))
                        .append(" | ").append(cell(tree.forks(), "%.0f"))
                        .append(" | ").append(pojo == null ? "n/a" : cell(pojo.forks(), "%.0f"))
                        .append(" | ").append(f("%.2f", ours.median() / tree.median()))
                        .append(" | ").append(f("%.0f", ours.allocMedian()))
                        .append(" | ").append(f("%.0f", tree.allocMedian()))
                        .append(" | ").append(pojo == null ? "n/a" : f("%.0f", pojo.allocMedian()))
                        .append(" |\n");
            }
        }
        return out.toString();
    }

    private static String cell(List<Double> forks, String format) {
        return Stats.medianSpread(forks, format);
    }

    private static String f(String format, double v) {
        return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, format, v);
    }
}
