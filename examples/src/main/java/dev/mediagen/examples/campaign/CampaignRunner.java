package dev.mediagen.examples.campaign;

import dev.mediagen.core.Futures;
import dev.mediagen.core.MediaGenException;
import dev.mediagen.core.download.DownloadResult;
import dev.mediagen.testkit.MediaFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Runs every asset job at once (each is an asynchronous chain: submit, wait, download — no thread per job),
 * then writes the manifest and the contact sheet. A failed job is recorded and never stops the others.
 */
public final class CampaignRunner {
    private final ProgressBoard board;
    private final Clock clock;

    /** Creates a runner reporting to {@code board}. */
    public CampaignRunner(ProgressBoard board, Clock clock) {
        this.board = board;
        this.clock = clock;
    }

    /** Produces the package in {@code outDir}; the returned manifest lists what succeeded and what failed. */
    public Manifest run(String product, String mode, List<AssetJob> jobs, Path outDir) throws IOException {
        Files.createDirectories(outDir);
        Manifest manifest = new Manifest(product, clock.instant(), mode);
        List<CompletableFuture<Void>> all = new ArrayList<>();
        for (AssetJob job : jobs) {
            all.add(produce(job, outDir, manifest));
        }
        CompletableFuture.allOf(all.toArray(new CompletableFuture[0])).exceptionally(e -> null).join();
        board.finish();
        manifest.write(outDir.resolve("manifest.json"));
        ContactSheet.write(outDir.resolve("index.html"), manifest);
        return manifest;
    }

    private CompletableFuture<Void> produce(AssetJob job, Path outDir, Manifest manifest) {
        ProgressBoard.Row row = board.add(job.vendor(), job.kind());
        Instant submitted = clock.instant();
        String[] jobId = {null};
        StatusSink sink = new StatusSink() {
            @Override
            public void submitted(String id) {
                jobId[0] = id;
                row.submitted(id);
            }

            @Override
            public void status(String status, double percent) {
                row.status(status, percent);
            }
        };
        CompletableFuture<JobOutcome> started;
        try {
            started = job.start(sink);
        } catch (RuntimeException e) {
            started = CompletableFuture.failedFuture(e);
        }
        return started
                .thenCompose(outcome -> {
                    Instant completed = clock.instant();
                    outcome.cost().ifPresent(cost -> manifest.addCost(job.vendor(), cost));
                    return downloadAll(job, outcome, row, outDir).thenAccept(results -> {
                        for (int i = 0; i < results.size(); i++) {
                            manifest.add(asset(job, outcome, results.get(i), i == 0 ? outcome.cost().orElse(null) : null,
                                    submitted, completed));
                        }
                        row.done("done (" + results.size() + " file" + (results.size() == 1 ? "" : "s") + ")");
                    });
                })
                .exceptionally(error -> {
                    RuntimeException cause = Futures.unwrap(error);
                    Manifest.Failure failure = new Manifest.Failure();
                    failure.vendor = job.vendor();
                    failure.kind = job.kind();
                    failure.jobId = jobId[0];
                    failure.error = cause.getMessage();
                    if (cause instanceof MediaGenException) {
                        failure.errorCode = ((MediaGenException) cause).errorCode().orElse(null);
                    }
                    manifest.fail(failure);
                    row.done("FAILED: " + cause.getMessage());
                    return null;
                });
    }

    private CompletableFuture<List<SavedFile>> downloadAll(AssetJob job, JobOutcome outcome, ProgressBoard.Row row,
                                                         Path outDir) {
        List<String> urls = outcome.resultUrls();
        if (urls.isEmpty()) {
            return CompletableFuture.failedFuture(new MediaGenException(job.vendor() + " job " + outcome.jobId()
                    + " finished without a result URL"));
        }
        CompletableFuture<List<SavedFile>> chain = CompletableFuture.completedFuture(new ArrayList<>());
        for (int i = 0; i < urls.size(); i++) {
            String base = urls.size() == 1 ? job.kind() : job.kind() + "-" + (i + 1);
            String url = urls.get(i);
            chain = chain.thenCompose(saved -> {
                Path partial = outDir.resolve(base + ".download");
                return job.downloader().toPath(url, partial, (bytes, total) ->
                        row.downloading(base, bytes, total.isPresent() ? total.getAsLong() : -1))
                        .thenApply(result -> {
                            saved.add(rename(partial, base, result));
                            return saved;
                        });
            });
        }
        return chain;
    }

    private static SavedFile rename(Path partial, String base, DownloadResult result) {
        try {
            byte[] head = new byte[16];
            int read;
            try (InputStream in = Files.newInputStream(partial)) {
                read = in.readNBytes(head, 0, head.length);
            }
            String sniffed = MediaFiles.sniff(java.util.Arrays.copyOf(head, read));
            String type = sniffed.equals("application/octet-stream") ? result.contentType().orElse(sniffed) : sniffed;
            Path target = partial.resolveSibling(base + "." + extension(type));
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
            return new SavedFile(target, result, type);
        } catch (IOException e) {
            throw new MediaGenException("could not store " + base + ": " + e.getMessage(), e);
        }
    }

    static String extension(String contentType) {
        String type = contentType.toLowerCase(java.util.Locale.ROOT);
        if (type.startsWith("image/png")) {
            return "png";
        }
        if (type.startsWith("image/jpeg")) {
            return "jpg";
        }
        if (type.startsWith("audio/wav") || type.startsWith("audio/x-wav") || type.startsWith("audio/wave")) {
            return "wav";
        }
        if (type.startsWith("audio/mpeg")) {
            return "mp3";
        }
        if (type.startsWith("video/mp4")) {
            return "mp4";
        }
        return "bin";
    }

    private Asset asset(AssetJob job, JobOutcome outcome, SavedFile saved, Cost cost, Instant submitted, Instant completed) {
        Asset asset = new Asset();
        asset.vendor = job.vendor();
        asset.kind = job.kind();
        asset.jobId = outcome.jobId();
        asset.file = saved.path.getFileName().toString();
        asset.bytes = saved.result.bytes();
        asset.sha256 = saved.result.sha256();
        asset.contentType = saved.contentType;
        asset.prompt = job.prompt();
        if (cost != null) {
            asset.cost = new Asset.CostEntry();
            asset.cost.amount = cost.amount();
            asset.cost.unit = cost.unit();
        }
        asset.timings = new Asset.Timings();
        asset.timings.submittedAt = submitted;
        asset.timings.completedAt = completed;
        asset.timings.downloadedAt = clock.instant();
        asset.timings.jobSeconds = Duration.between(submitted, completed).toSeconds();
        return asset;
    }

    private static final class SavedFile {
        final Path path;
        final DownloadResult result;
        final String contentType;

        SavedFile(Path path, DownloadResult result, String contentType) {
            this.path = path;
            this.result = result;
            this.contentType = contentType;
        }
    }
}
