package dev.mediagen.examples.campaign;

import dev.mediagen.examples.JsonOutput;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** {@code manifest.json}: every asset with its hash, size, type, cost and timings; failures; totals per vendor. */
public final class Manifest {

    String product;
    Instant createdAt;
    String mode;
    List<Asset> assets = new ArrayList<>();
    List<Failure> failures = new ArrayList<>();
    Map<String, VendorTotal> totals = new TreeMap<>();

    Manifest(String product, Instant createdAt, String mode) {
        this.product = product;
        this.createdAt = createdAt;
        this.mode = mode;
    }

    /** A job that did not produce its asset. */
    static final class Failure {
        String vendor;
        String kind;
        String jobId;
        String error;
        String errorCode;
    }

    /** Per-vendor sums. */
    static final class VendorTotal {
        int assets;
        int failures;
        long bytes;
        Map<String, BigDecimal> cost = new TreeMap<>();

        String costText() {
            if (cost.isEmpty()) {
                return "not reported";
            }
            StringBuilder text = new StringBuilder();
            cost.forEach((unit, amount) -> text.append(text.length() == 0 ? "" : " + ")
                    .append(unit.equals(Cost.USD) ? "$" + amount.toPlainString() : amount.toPlainString() + " " + unit));
            return text.toString();
        }
    }

    synchronized void add(Asset asset) {
        assets.add(asset);
        VendorTotal total = totals.computeIfAbsent(asset.vendor, v -> new VendorTotal());
        total.assets++;
        total.bytes += asset.bytes;
    }

    synchronized void addCost(String vendor, Cost cost) {
        totals.computeIfAbsent(vendor, v -> new VendorTotal()).cost.merge(cost.unit(), cost.amount(), BigDecimal::add);
    }

    synchronized void fail(Failure failure) {
        failures.add(failure);
        totals.computeIfAbsent(failure.vendor, v -> new VendorTotal()).failures++;
    }

    synchronized List<Asset> assets() {
        return List.copyOf(assets);
    }

    synchronized List<Failure> failures() {
        return List.copyOf(failures);
    }

    synchronized void write(Path file) throws IOException {
        assets.sort(java.util.Comparator.comparing((Asset a) -> a.file));
        JsonOutput.mapper().writeValue(file.toFile(), this);
    }
}
