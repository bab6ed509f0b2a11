package dev.mediagen.benchmarks.support;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Percentiles of samples and the median/spread of repeated runs. */
public final class Stats {
    private Stats() {
    }

    /** The nearest-rank percentile {@code p} (0..100) of {@code sorted}. */
    public static long percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))];
    }

    /** Sorts a copy of the first {@code count} values. */
    public static long[] sortedCopy(long[] values, int count) {
        long[] copy = Arrays.copyOf(values, count);
        Arrays.sort(copy);
        return copy;
    }

    /** The median of runs. */
    public static double median(List<Double> runs) {
        double[] v = runs.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        if (v.length == 0) {
            return Double.NaN;
        }
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    /** "median (min–max)" of runs, formatted with {@code format}. */
    public static String medianSpread(List<Double> runs, String format) {
        if (runs.isEmpty()) {
            return "n/a";
        }
        double min = runs.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
        double max = runs.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
        String med = String.format(Locale.ROOT, format, median(runs));
        if (runs.size() == 1) {
            return med;
        }
        return med + " (" + String.format(Locale.ROOT, format, min) + "–" + String.format(Locale.ROOT, format, max) + ")";
    }
}
