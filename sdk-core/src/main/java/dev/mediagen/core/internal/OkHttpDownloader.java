package dev.mediagen.core.internal;

import dev.mediagen.core.Futures;
import dev.mediagen.core.ValidationException;
import dev.mediagen.core.download.DownloadListener;
import dev.mediagen.core.download.DownloadResult;
import dev.mediagen.core.download.Downloader;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import okhttp3.Call;
import okhttp3.Request;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A {@link Downloader} on OkHttp: asynchronous calls, streamed bodies, futures completed on the callback executor. */
public final class OkHttpDownloader implements Downloader {
    private static final Logger LOG = LoggerFactory.getLogger(OkHttpDownloader.class);

    private final Call.Factory calls;
    private final Executor callbackExecutor;
    private final Clock clock;

    /** Creates a downloader that sends through {@code calls}, completes futures on {@code callbackExecutor} and times with {@code clock}. */
    public OkHttpDownloader(Call.Factory calls, Executor callbackExecutor, Clock clock) {
        this.calls = Objects.requireNonNull(calls, "calls");
        this.callbackExecutor = Objects.requireNonNull(callbackExecutor, "callbackExecutor");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public CompletableFuture<DownloadResult> toPath(String url, Path target, DownloadListener listener) {
        Objects.requireNonNull(target, "target");
        return start(url, new TempFileSink(target), listener);
    }

    @Override
    public CompletableFuture<DownloadResult> toStream(String url, OutputStream out, DownloadListener listener) {
        return start(url, new StreamSink(out), listener);
    }

    private CompletableFuture<DownloadResult> start(String url, DownloadSink sink, DownloadListener listener) {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(listener, "listener");
        String safeUrl = Redaction.url(url);
        Request request;
        try {
            request = new Request.Builder().url(url).get().build();
        } catch (IllegalArgumentException e) {
            // OkHttp's message may quote the whole URL, so it is not kept as the cause.
            return Futures.failed(new ValidationException("Invalid download URL: " + safeUrl));
        }
        CompletableFuture<DownloadResult> future = new CompletableFuture<>();
        Call call = calls.newCall(request);
        future.whenComplete((result, failure) -> {
            if (future.isCancelled()) {
                call.cancel();
            }
        });
        LOG.debug("Downloading {} to {}", safeUrl, sink.describe());
        call.enqueue(new DownloadCallback(future, sink, listener, safeUrl, clock, callbackExecutor));
        return future;
    }
}
