package dev.mediagen.benchmarks.scale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mediagen.benchmarks.server.JobServer;
import dev.mediagen.benchmarks.support.Args;
import dev.mediagen.benchmarks.support.ChildJvm;
import dev.mediagen.benchmarks.support.HeapProbe;
import dev.mediagen.benchmarks.support.Machine;
import dev.mediagen.benchmarks.support.Stats;
import dev.mediagen.benchmarks.support.ThreadSampler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The concurrent-waits harness: submit N jobs to a lean local server, hold them pending behind a gate while the
 * retained heap and threads are measured, open the gate (each job completes a random delay later), await all N
 * futures, and report wall time, peak threads, retained heap per pending wait, status requests per job and the
 * completion lag (future completed − server's done_at), for the SDK's JobWaiter and for the thread-per-job baseline.
 *
 * <pre>
 * java -cp benchmarks.jar dev.mediagen.benchmarks.scale.WaitScale --modes sdk,coalescing,baseline --n 1000,10000 \
 *      --runs 3 --poll 5s --min-delay 2s --max-delay 20s --out scale.jsonl
 * </pre>
 */
public final class WaitScale {
    private static final ObjectMapper JSON = new ObjectMapper();

    private WaitScale() {
    }

    /** The settings of one invocation. */
    record Settings(List<String> modes, List<Integer> sizes, int runs, Duration poll, Duration minDelay,
                    Duration maxDelay, int maxInFlight, boolean forkServer, int serverThreads, int baselineCap,
                    int batchSize, Duration coalesceWindow, Path out) {

        static Settings from(Args args) {
            return new Settings(args.strings("modes", "sdk,coalescing,baseline"), args.integers("n", "1000"),
                    args.integer("runs", 1), args.duration("poll", "5s"), args.duration("min-delay", "2s"),
                    args.duration("max-delay", "20s"), args.integer("max-in-flight", 64),
                    !args.string("server", "fork").equals("inprocess"), args.integer("server-threads", 4),
                    args.integer("baseline-cap", 10_000), args.integer("batch-size", 100),
                    args.duration("coalesce-window", "50ms"),
                    args.string("out", null) == null ? null : Path.of(args.string("out", null)));
        }
    }

    /** Runs every mode × size × run and prints one line per run (and appends JSON lines to --out). */
    public static void main(String[] argv) throws Exception {
        Settings settings = Settings.from(Args.parse(argv));
        List<Map<String, Object>> results = run(settings);
        System.out.println();
        System.out.println(ScaleReport.table(results));
    }

    /** Runs the configured measurements and returns one result map per run. */
    public static List<Map<String, Object>> run(Settings settings) throws Exception {
        System.out.println("# WaitScale on " + Machine.describe());
        List<Map<String, Object>> results = new ArrayList<>();
        int capacity = settings.sizes().stream().mapToInt(Integer::intValue).max().orElse(1000) + 16;
        List<String> serverArgs = List.of("--threads", Integer.toString(settings.serverThreads()),
                "--capacity", Integer.toString(capacity),
                "--min-delay", settings.minDelay().toMillis() + "ms", "--max-delay", settings.maxDelay().toMillis() + "ms");
        ChildJvm child = null;
        JobServer inProcess = null;
        int port;
        if (settings.forkServer()) {
            child = ChildJvm.start(JobServer.class, List.of("-Xmx2g", "-XX:+UseParallelGC",
                    "-Dsun.net.httpserver.maxIdleConnections=20000"), serverArgs);
            port = child.port();
        } else {
            inProcess = JobServer.start(0, settings.serverThreads(), capacity, settings.minDelay().toMillis(),
                    settings.maxDelay().toMillis(), 42);
            port = inProcess.port();
        }
        String baseUrl = "http://127.0.0.1:" + port;
        try {
            for (int n : settings.sizes()) {
                for (String mode : settings.modes()) {
                    for (int run = 1; run <= settings.runs(); run++) {
                        Map<String, Object> result = runOnce(settings, baseUrl, mode, n, run);
                        results.add(result);
                        System.out.println(JSON.writeValueAsString(result));
                        if (settings.out() != null) {
                            Files.writeString(settings.out(), JSON.writeValueAsString(result) + "\n",
                                    StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
                        }
                    }
                }
            }
        } finally {
            if (child != null) {
                child.close();
            }
            if (inProcess != null) {
                inProcess.close();
            }
        }
        return results;
    }

    private static WaitDriver driver(Settings s, String baseUrl, String mode, Duration timeout) {
        switch (mode) {
            case "sdk":
                return new SdkWaitDriver(baseUrl, s.maxInFlight(), s.poll(), false, s.batchSize(), s.coalesceWindow(), timeout);
            case "coalescing":
                return new SdkWaitDriver(baseUrl, s.maxInFlight(), s.poll(), true, s.batchSize(), s.coalesceWindow(), timeout);
            case "baseline":
                return new BaselineWaitDriver(baseUrl, s.maxInFlight(), s.poll(), s.baselineCap());
            default:
                throw new IllegalArgumentException("unknown mode " + mode + " (sdk, coalescing, baseline)");
        }
    }

    static Map<String, Object> runOnce(Settings s, String baseUrl, String mode, int n, int run) throws Exception {
        ServerControl server = new ServerControl(baseUrl);
        server.reset(1000L * n + run);
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("mode", mode);
        r.put("n", n);
        r.put("run", run);
        r.put("poll_ms", s.poll().toMillis());
        r.put("delay_ms", s.minDelay().toMillis() + "-" + s.maxDelay().toMillis());
        r.put("max_in_flight", s.maxInFlight());
        r.put("load_before", Machine.loadAverage());
        r.put("xmx_mib", Runtime.getRuntime().maxMemory() >> 20);

        if (mode.equals("baseline") && n > s.baselineCap()) {
            r.put("skipped", "N=" + n + " exceeds the baseline's safety cap of " + s.baselineCap() + " threads ("
                    + systemLimits() + ")");
            return r;
        }

        Duration timeout = s.maxDelay().plus(s.poll().multipliedBy(20)).plus(Duration.ofMinutes(5));
        int jvmThreadsIdle = ThreadSampler.liveThreads();
        long[] completedAt = new long[n];
        long[] doneAt = new long[n];
        AtomicInteger ok = new AtomicInteger();
        AtomicInteger wrong = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        List<String> errors = new ArrayList<>();
        CountDownLatch[] latch = new CountDownLatch[1];

        try (WaitDriver driver = driver(s, baseUrl, mode, timeout);
             ThreadSampler threads = ThreadSampler.start(20, driver.threadPrefixes())) {
            long createStart = System.nanoTime();
            String[] ids = driver.create(n);
            r.put("create_s", round((System.nanoTime() - createStart) / 1e9, 2));

            WaitDriver.Sink sink = (index, id, status, jobDoneAt, error) -> {
                completedAt[index] = System.currentTimeMillis();
                doneAt[index] = jobDoneAt;
                if (error != null) {
                    failed.incrementAndGet();
                    synchronized (errors) {
                        if (errors.size() < 5) {
                            errors.add(error.toString());
                        }
                    }
                } else if (!"succeeded".equals(status) || !ids[index].equals(id) || jobDoneAt <= 0) {
                    wrong.incrementAndGet();
                } else {
                    ok.incrementAndGet();
                }
                latch[0].countDown();
            };
            latch[0] = new CountDownLatch(n);

            long heapBefore = HeapProbe.usedAfterGc();
            long rssBefore = HeapProbe.residentBytes();
            long waitsStartedAt = System.currentTimeMillis();
            int started = driver.startWaits(ids, sink);
            for (int i = started; i < n; i++) {
                latch[0].countDown();
            }
            r.put("started", started);
            r.put("start_ms", System.currentTimeMillis() - waitsStartedAt);
            if (driver.startFailure() != null) {
                r.put("start_failure", driver.startFailure());
            }

            // 1. Every wait registered, its first poll still ahead: the wait's own state and nothing else.
            long heapRegistered = HeapProbe.usedAfterGc();
            long rssRegistered = HeapProbe.residentBytes();
            boolean beforeFirstPoll = server.stats().path("gets").asLong() + server.stats().path("batch_requests").asLong() == 0;
            r.put("threads_registered_total", ThreadSampler.liveThreads());
            if (beforeFirstPoll && started > 0) {
                r.put("heap_per_wait_registered_b", (heapRegistered - heapBefore) / started);
                r.put("rss_per_wait_registered_b", rssBefore < 0 ? -1 : (rssRegistered - rssBefore) / started);
            } else {
                r.put("heap_per_wait_registered_b", null);
                r.put("note_registered", "first polls began before the measurement ended");
            }

            // 2. Every wait has polled at least once (it now also holds the job as last seen): measure at the first
            //    moment no status request is in flight or queued, if there is one within a poll interval.
            long settleDeadline = System.currentTimeMillis() + s.poll().toMillis() * 4 + 120_000;
            while (System.currentTimeMillis() < settleDeadline) {
                JsonNode stats = server.stats();
                if (stats.path("gets").asLong() + stats.path("batch_ids").asLong() >= started) {
                    break;
                }
                Thread.sleep(50);
            }
            long quietDeadline = System.currentTimeMillis() + s.poll().toMillis();
            boolean quiet = false;
            while (System.currentTimeMillis() < quietDeadline) {
                if (driver.quiet()) {
                    quiet = true;
                    break;
                }
                Thread.sleep(5);
            }
            threads.sample();
            long heapPending = HeapProbe.usedAfterGc();
            long rssPending = HeapProbe.residentBytes();
            r.put("threads_pending_total", ThreadSampler.liveThreads());
            r.put("threads_pending_own", threads.lastPrefixed());
            r.put("heap_per_wait_b", started == 0 ? 0 : (heapPending - heapBefore) / started);
            r.put("heap_measured_quiet", quiet);
            r.put("rss_per_wait_b", started == 0 || rssBefore < 0 ? -1 : (rssPending - rssBefore) / started);
            r.put("heap_pending_mib", round(heapPending / 1048576.0, 1));

            JsonNode atGate = server.stats();
            long requestsAtGate = atGate.path("gets").asLong() + atGate.path("batch_requests").asLong();
            long gateAt = server.openGate();
            boolean finished = latch[0].await(timeout.toMillis(), TimeUnit.MILLISECONDS);
            long end = System.currentTimeMillis();
            JsonNode stats = server.stats();

            long last = 0;
            long maxDone = 0;
            long[] lags = new long[n];
            int lagCount = 0;
            double waitedIntervals = 0;
            for (int i = 0; i < started; i++) {
                if (completedAt[i] > 0) {
                    last = Math.max(last, completedAt[i]);
                    waitedIntervals += (completedAt[i] - waitsStartedAt) / (double) s.poll().toMillis();
                }
                if (doneAt[i] > 0 && completedAt[i] > 0) {
                    maxDone = Math.max(maxDone, doneAt[i]);
                    lags[lagCount++] = completedAt[i] - doneAt[i];
                }
            }
            long[] sorted = Stats.sortedCopy(lags, lagCount);
            long statusRequests = stats.path("gets").asLong() + stats.path("batch_requests").asLong();
            r.put("finished", finished);
            r.put("ok", ok.get());
            r.put("wrong", wrong.get());
            r.put("failed", failed.get());
            if (!errors.isEmpty()) {
                r.put("errors", errors);
            }
            r.put("wall_s", round(((finished ? last : end) - gateAt) / 1000.0, 2));
            r.put("ideal_s", round((maxDone - gateAt) / 1000.0, 2));
            r.put("jvm_threads_idle", jvmThreadsIdle);
            r.put("peak_threads_total", threads.peakTotal());
            r.put("peak_threads_own", threads.peakPrefixed());
            r.put("peak_threads_by_group", threads.peakByGroup());
            r.put("status_requests", statusRequests);
            r.put("status_requests_per_job", round((statusRequests - requestsAtGate) / (double) Math.max(1, started), 2));
            r.put("requests_per_job_per_interval", round(statusRequests / Math.max(1e-9, waitedIntervals), 3));
            r.put("batch_requests", stats.path("batch_requests").asLong());
            r.put("lag_p50_ms", Stats.percentile(sorted, 50));
            r.put("lag_p99_ms", Stats.percentile(sorted, 99));
            r.put("lag_max_ms", sorted.length == 0 ? 0 : sorted[sorted.length - 1]);
            if (driver instanceof BaselineWaitDriver) {
                r.put("poll_errors", ((BaselineWaitDriver) driver).pollErrors());
            }
            r.put("load_after", Machine.loadAverage());
        }
        return r;
    }

    /** The kernel limits that bound a thread-per-job design on this machine. */
    static String systemLimits() {
        return "kernel.pid_max=" + read("/proc/sys/kernel/pid_max") + ", kernel.threads-max="
                + read("/proc/sys/kernel/threads-max") + ", vm.max_map_count=" + read("/proc/sys/vm/max_map_count");
    }

    private static String read(String path) {
        try {
            return Files.readString(Path.of(path)).trim();
        } catch (IOException e) {
            return "?";
        }
    }

    private static double round(double value, int digits) {
        double scale = Math.pow(10, digits);
        return Math.round(value * scale) / scale;
    }

    static String fmt(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }
}
