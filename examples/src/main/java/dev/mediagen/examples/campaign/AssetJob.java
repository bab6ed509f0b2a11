package dev.mediagen.examples.campaign;

import dev.mediagen.core.download.Downloader;
import java.util.concurrent.CompletableFuture;

/** One asset of the campaign: which vendor makes it, what kind it is, and how to start it. */
public interface AssetJob {
    /** The vendor's short name (vap, agentmedia, videogen, apex, rynjer). */
    String vendor();

    /** The kind of asset, which also names its files (hero-image, square-variant, ugc-video, ...). */
    String kind();

    /** The prompt or script sent to the vendor. */
    String prompt();

    /** The vendor client's downloader, used for the job's result files. */
    Downloader downloader();

    /** Submits the job and completes when it finished (or fails with the vendor's error). Must not block. */
    CompletableFuture<JobOutcome> start(StatusSink sink);
}
