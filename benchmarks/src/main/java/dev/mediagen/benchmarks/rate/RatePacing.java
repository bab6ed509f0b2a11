package dev.mediagen.benchmarks.rate;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mediagen.benchmarks.server.ApexRateServer;
import dev.mediagen.benchmarks.support.Args;
import dev.mediagen.benchmarks.support.Machine;
import dev.mediagen.benchmarks.support.Stats;
import dev.mediagen.core.RateLimit;
import dev.mediagen.core.time.Scheduler;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Rate-limit pacing: N submissions fired at once at a server that enforces Apex's documented limit (5 per 10 s per
 * key, fixed window, Apex's 429 body and headers). Counts 429s and the achieved submission rate as a share of the
 * allowed rate, on virtual time (the documented window, no real waiting) and on real time (a scaled window).
 *
 * <p>Achieved rate = (accepted − permits) ÷ (last accept − first accept): the first window's burst is free, every
 * later one costs a window. Share = achieved ÷ (permits ÷ window).
 *
 * <pre>
 * java -cp benchmarks.jar dev.mediagen.benchmarks.rate.RatePacing --modes virtual,real --n 200 --runs 3 \
 *      --window 10s --real-window 1s
 * </pre>
 */
public final class RatePacing {
    private static final ObjectMapper JSON = new ObjectMapper();

    private RatePacing() {
    }

    /** Runs every mode × run, prints a JSON line per run and the table. */
    public static void main(String[] argv) throws Exception {
        Args args = Args.parse(argv);
        List<Map<String, Object>> results = run(args.strings("modes", "virtual,real"), args.integer("n", 200),
                args.integer("runs", 1), args.integer("permits", 5), args.duration("window", "10s"),
                args.duration("real-window", "1s"),
                args.string("out", null) == null ? null : Path.of(args.string("out", null)));
        System.out.println();
        System.out.println(table(results));
    }

    /** Runs the measurements. Modes: virtual, real, virtual-unpaced (client-side pacing off). */
    public static List<Map<String, Object>> run(List<String> modes, int n, int runs, int permits, Duration window,
                                                Duration realWindow, Path out) throws Exception {
        System.out.println("# RatePacing on " + Machine.describe());
        List<Map<String, Object>> results = new ArrayList<>();
        for (String mode : modes) {
            for (int run = 1; run <= runs; run++) {
                Map<String, Object> r = runOnce(mode, n, permits, mode.equals("real") ? realWindow : window, run);
                results.add(r);
                String line = JSON.writeValueAsString(r);
                System.out.println(line);
                if (out != null) {
                    Files.writeString(out, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                            StandardOpenOption.APPEND);
                }
            }
        }
        return results;
    }

    static Map<String, Object> runOnce(String mode, int n, int permits, Duration window, int run)
            throws Exception {
        boolean virtual = mode.startsWith("virtual");
        boolean pacing = !mode.endsWith("unpaced");
        // Start at a phase that is not aligned to the server's windows, different in every run.
        Instant start = Instant.parse("2026-06-01T00:00:00Z").plusMillis(window.toMillis() * (137L * run % 1000) / 1000);
        QuiescentVirtualTime time = virtual ? new QuiescentVirtualTime(start) : null;
        Clock clock = virtual ? time.clock() : Clock.systemUTC();
        RateLimit limit = RateLimit.of(permits, window);
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("mode", mode);
        r.put("run", run);
        r.put("n", n);
        r.put("permits", permits);
        r.put("window_ms", window.toMillis());
        r.put("load_before", Machine.loadAverage());
        try (ApexRateServer server = ApexRateServer.start(clock, permits, window);
             Submitter submitter = submitter(server.baseUrl(), time, limit, pacing)) {
            r.put("client", submitter.description());
            AtomicInteger done = new AtomicInteger();
            AtomicInteger failed = new AtomicInteger();
            List<String> errors = new ArrayList<>();
            long realStart = System.nanoTime();
            List<CompletableFuture<?>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                futures.add(submitter.submit(i).whenComplete((v, e) -> {
                    if (e != null) {
                        failed.incrementAndGet();
                        synchronized (errors) {
                            if (errors.size() < 3) {
                                errors.add(e.toString());
                            }
                        }
                    }
                    done.incrementAndGet();
                }));
            }
            Duration realTimeout = virtual ? Duration.ofMinutes(5)
                    : window.multipliedBy(n / permits + 5).plus(Duration.ofMinutes(2));
            if (virtual) {
                time.drive(() -> done.get() + time.pending() == n, () -> done.get() == n, realTimeout);
            } else {
                CompletableFuture.allOf(futures.toArray(new CompletableFuture<?>[0])).handle((v, e) -> null)
                        .get(realTimeout.toMillis(), TimeUnit.MILLISECONDS);
            }
            double realSeconds = (System.nanoTime() - realStart) / 1e9;
            List<Long> accepted = server.acceptedAt();
            r.put("accepted", accepted.size());
            r.put("http_429", server.rejected());
            r.put("failed", failed.get());
            if (!errors.isEmpty()) {
                r.put("errors", errors);
            }
            if (accepted.size() > permits) {
                long first = accepted.get(0);
                long last = accepted.get(accepted.size() - 1);
                double achieved = (accepted.size() - permits) / ((last - first) / 1000.0);
                double allowed = permits / (window.toMillis() / 1000.0);
                r.put("span_s", round((last - first) / 1000.0, 3));
                r.put("achieved_per_s", round(achieved, 4));
                r.put("allowed_per_s", round(allowed, 4));
                r.put("share", round(achieved / allowed, 4));
            }
            r.put("real_s", round(realSeconds, 2));
        }
        return r;
    }

    /** sdk-apex's ApexClient, with its documented generation limit (or the scaled one) and client-side pacing on/off. */
    private static Submitter submitter(String baseUrl, Scheduler scheduler, RateLimit limit, boolean pacing) {
        return new ApexSubmitter(baseUrl, scheduler, limit, pacing);
    }

    /** The Markdown table: one row per mode, median (min–max) over runs. */
    public static String table(List<Map<String, Object>> results) {
        Map<String, List<Map<String, Object>>> byMode = new LinkedHashMap<>();
        for (Map<String, Object> r : results) {
            byMode.computeIfAbsent((String) r.get("mode"), k -> new ArrayList<>()).add(r);
        }
        StringBuilder out = new StringBuilder("| mode | limit | runs | submissions accepted | 429s | failed"
                + " | span s | achieved /s | allowed /s | share of allowed | real time s |\n"
                + "|---|---|---:|---|---|---|---|---|---|---|---|\n");
        for (List<Map<String, Object>> runs : byMode.values()) {
            Map<String, Object> f = runs.get(0);
            out.append("| ").append(f.get("mode")).append(" | ").append(f.get("permits")).append(" per ")
                    .append(((Number) f.get("window_ms")).longValue() / 1000.0).append(" s | ").append(runs.size())
                    .append(" | ").append(cell(runs, "accepted", "%.0f")).append(" of ").append(f.get("n"))
                    .append(" | ").append(cell(runs, "http_429", "%.0f"))
                    .append(" | ").append(cell(runs, "failed", "%.0f"))
                    .append(" | ").append(cell(runs, "span_s", "%.2f"))
                    .append(" | ").append(cell(runs, "achieved_per_s", "%.4f"))
                    .append(" | ").append(cell(runs, "allowed_per_s", "%.2f"))
                    .append(" | ").append(cell(runs, "share", "%.3f"))
                    .append(" | ").append(cell(runs, "real_s", "%.1f")).append(" |\n");
        }
        return out.toString();
    }

    private static String cell(List<Map<String, Object>> runs, String key, String format) {
        List<Double> values = new ArrayList<>();
        for (Map<String, Object> r : runs) {
            if (r.get(key) instanceof Number) {
                values.add(((Number) r.get(key)).doubleValue());
            }
        }
        return Stats.medianSpread(values, format);
    }

    private static double round(double value, int digits) {
        double scale = Math.pow(10, digits);
        return Math.round(value * scale) / scale;
    }

    static String fmt(double v) {
        return String.format(Locale.ROOT, "%.3f", v);
    }
}
