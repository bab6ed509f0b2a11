package dev.mediagen.benchmarks.support;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * Tracks the peak number of live threads (from the JVM's own peak counter, so short spikes are never missed) and
 * the peak number of threads whose names start with a prefix (sampled).
 */
public final class ThreadSampler implements AutoCloseable {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final String[] prefixes;
    private final Thread sampler;
    private volatile boolean running = true;
    private volatile int peakPrefixed;
    private volatile int lastPrefixed;
    private final java.util.Map<String, Integer> peakByGroup = new java.util.TreeMap<>();

    private ThreadSampler(long periodMillis, String... prefixes) {
        this.prefixes = prefixes.clone();
        THREADS.resetPeakThreadCount();
        this.sampler = new Thread(() -> {
            while (running) {
                sample();
                try {
                    Thread.sleep(periodMillis);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "bench-thread-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    /** Starts sampling, every {@code periodMillis}, the threads whose names start with any of {@code prefixes}. */
    public static ThreadSampler start(long periodMillis, String... prefixes) {
        return new ThreadSampler(periodMillis, prefixes);
    }

    /** Live threads right now. */
    public static int liveThreads() {
        return THREADS.getThreadCount();
    }

    /** Counts live threads whose name starts with any of {@code prefixes}. */
    public static int countPrefixed(String... prefixes) {
        return countPrefixed(null, prefixes);
    }

    private static int countPrefixed(java.util.Map<String, Integer> groups, String... prefixes) {
        ThreadGroup root = Thread.currentThread().getThreadGroup();
        while (root.getParent() != null) {
            root = root.getParent();
        }
        Thread[] all = new Thread[root.activeCount() + 256];
        int n = root.enumerate(all, true);
        int count = 0;
        for (int i = 0; i < n; i++) {
            String name = all[i].getName();
            for (String prefix : prefixes) {
                if (name.startsWith(prefix)) {
                    count++;
                    if (groups != null) {
                        String group = name.replaceAll("[-#]?\\d+$", "");
                        groups.merge(group.startsWith("baseline-job") ? "baseline-job" : group, 1, Integer::sum);
                    }
                    break;
                }
            }
        }
        return count;
    }

    /** Takes a sample now (also called by the background sampler). */
    public synchronized void sample() {
        java.util.Map<String, Integer> groups = new java.util.TreeMap<>();
        int n = countPrefixed(groups, prefixes);
        lastPrefixed = n;
        if (n > peakPrefixed) {
            peakPrefixed = n;
        }
        groups.forEach((group, count) -> peakByGroup.merge(group, count, Math::max));
    }

    /** The peak sampled count of each group of prefixed threads (names without their trailing {@code -N}). */
    public synchronized java.util.Map<String, Integer> peakByGroup() {
        return new java.util.TreeMap<>(peakByGroup);
    }

    /** The JVM's peak live thread count since this sampler started. */
    public int peakTotal() {
        return THREADS.getPeakThreadCount();
    }

    /** The peak sampled count of prefixed threads. */
    public int peakPrefixed() {
        return peakPrefixed;
    }

    /** The last sampled count of prefixed threads. */
    public int lastPrefixed() {
        return lastPrefixed;
    }

    @Override
    public void close() {
        sample();
        running = false;
        sampler.interrupt();
    }
}
