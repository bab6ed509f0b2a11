package dev.mediagen.core.internal;

import dev.mediagen.core.Headers;
import dev.mediagen.core.download.DownloadListener;
import dev.mediagen.core.download.DownloadResult;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Handles one download's response on OkHttp's thread and completes its future on the callback executor. */
final class DownloadCallback implements Callback {
    private static final Logger LOG = LoggerFactory.getLogger(DownloadCallback.class);

    private final CompletableFuture<DownloadResult> future;
    private final DownloadSink sink;
    private final DownloadListener listener;
    private final String safeUrl;
    private final Clock clock;
    private final Instant start;
    private final Executor callbackExecutor;

    DownloadCallback(CompletableFuture<DownloadResult> future, DownloadSink sink, DownloadListener listener,
            String safeUrl, Clock clock, Executor callbackExecutor) {
        this.future = future;
        this.sink = sink;
        this.listener = listener;
        this.safeUrl = safeUrl;
        this.clock = clock;
        this.start = clock.instant();
        this.callbackExecutor = callbackExecutor;
    }

    @Override
    public void onFailure(Call call, IOException e) {
        fail(DownloadErrors.beforeResponse(e, safeUrl));
    }

    @Override
    public void onResponse(Call call, Response response) {
        try (response) {
            if (future.isDone()) {
                return;
            }
            if (!response.isSuccessful()) {
                fail(DownloadErrors.forStatus(response.code(), Headers.of(response.headers().toMultimap()), safeUrl));
                return;
            }
            succeed(transfer(response));
        } catch (IOException e) {
            fail(DownloadErrors.localWrite(e, safeUrl, sink.describe()));
        } catch (RuntimeException | Error e) {
            fail(e);
        }
    }

    private DownloadResult transfer(Response response) throws IOException {
        ResponseBody body = response.body();
        long length = body.contentLength();
        OptionalLong total = length >= 0 ? OptionalLong.of(length) : OptionalLong.empty();
        BodyCopier copier = new BodyCopier(listener, total, future::isCancelled, safeUrl);
        try {
            BodyCopier.Copied copied = copier.copy(body.byteStream(), sink.open());
            if (future.isCancelled()) {
                throw new CancellationException("Download cancelled");
            }
            Path path = sink.commit();
            Duration elapsed = Duration.between(start, clock.instant());
            return DownloadResult.of(path, copied.bytes(), response.header("Content-Type"), copied.sha256(), elapsed);
        } catch (Throwable t) {
            sink.abort();
            throw t;
        }
    }

    private void succeed(DownloadResult result) {
        LOG.debug("Downloaded {} bytes from {} in {}", result.bytes(), safeUrl, result.elapsed());
        complete(() -> future.complete(result));
    }

    private void fail(Throwable failure) {
        if (future.isCancelled()) {
            LOG.debug("Download of {} cancelled", safeUrl);
            return;
        }
        LOG.debug("Download of {} failed", safeUrl, failure);
        complete(() -> future.completeExceptionally(failure));
    }

    private void complete(Runnable completion) {
        try {
            callbackExecutor.execute(completion);
        } catch (RejectedExecutionException e) {
            completion.run();
        }
    }
}
