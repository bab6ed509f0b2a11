package dev.mediagen.examples.campaign;

import dev.mediagen.core.download.Downloader;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/** An {@link AssetJob} made of its parts: who, what, the prompt, where files come from, and how to start it. */
final class SimpleAssetJob implements AssetJob {
    private final String vendor;
    private final String kind;
    private final String prompt;
    private final Downloader downloader;
    private final Function<StatusSink, CompletableFuture<JobOutcome>> starter;

    SimpleAssetJob(String vendor, String kind, String prompt, Downloader downloader,
                   Function<StatusSink, CompletableFuture<JobOutcome>> starter) {
        this.vendor = vendor;
        this.kind = kind;
        this.prompt = prompt;
        this.downloader = downloader;
        this.starter = starter;
    }

    @Override
    public String vendor() {
        return vendor;
    }

    @Override
    public String kind() {
        return kind;
    }

    @Override
    public String prompt() {
        return prompt;
    }

    @Override
    public Downloader downloader() {
        return downloader;
    }

    @Override
    public CompletableFuture<JobOutcome> start(StatusSink sink) {
        return starter.apply(sink);
    }
}
