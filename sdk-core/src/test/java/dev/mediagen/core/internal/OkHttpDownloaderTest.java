package dev.mediagen.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mediagen.core.ApiException;
import dev.mediagen.core.ConnectionException;
import dev.mediagen.core.Futures;
import dev.mediagen.core.MediaGenException;
import dev.mediagen.core.NotFoundException;
import dev.mediagen.core.ServerException;
import dev.mediagen.core.ValidationException;
import dev.mediagen.core.download.DownloadListener;
import dev.mediagen.core.download.DownloadResult;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.OptionalLong;
import java.util.Random;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import okhttp3.Call;
import okhttp3.Dispatcher;
import okhttp3.EventListener;
import okhttp3.OkHttpClient;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(30)
class OkHttpDownloaderTest {
    private static final String SIGNED_QUERY = "?X-Amz-Signature=s3cr3t&X-Amz-Credential=AKIAEXAMPLE";

    @StartStop
    final MockWebServer server = new MockWebServer();

    @TempDir
    Path dir;

    private final ExecutorService okHttpThreads = Executors.newCachedThreadPool();
    private final AtomicInteger cancels = new AtomicInteger();
    private final OkHttpClient client = new OkHttpClient.Builder()
            .dispatcher(new Dispatcher(okHttpThreads))
            .eventListener(new EventListener() {
                @Override
                public void canceled(Call call) {
                    cancels.incrementAndGet();
                }
            })
            .build();
    private final AtomicInteger completions = new AtomicInteger();
    private final OkHttpDownloader downloader = new OkHttpDownloader(client, task -> {
        completions.incrementAndGet();
        task.run();
    }, new SteppingClock());

    @AfterEach
    void stopClient() throws InterruptedException {
        awaitOkHttpThreads();
        client.connectionPool().evictAll();
    }

    /** Waits until every OkHttp callback, including its cleanup, has finished. */
    private void awaitOkHttpThreads() throws InterruptedException {
        okHttpThreads.shutdown();
        assertThat(okHttpThreads.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    }

    private String url(String path) {
        return server.url(path).toString();
    }

    private static byte[] randomBytes(int size) {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        return bytes;
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private static MockResponse ok(byte[] body) {
        return new MockResponse.Builder().body(new Buffer().write(body)).build();
    }

    private List<String> filesIn(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile).map(p -> directory.relativize(p).toString()).sorted()
                    .collect(Collectors.toList());
        }
    }

    @Test
    void writesTheExactBytesWithTheirSha256() throws Exception {
        byte[] body = randomBytes(200_000);
        server.enqueue(new MockResponse.Builder().addHeader("Content-Type", "video/mp4").body(new Buffer().write(body)).build());
        Path target = dir.resolve("out/nested/clip.mp4");

        DownloadResult result = Futures.join(downloader.toPath(url("/clip.mp4"), target));

        assertThat(Files.readAllBytes(target)).isEqualTo(body);
        assertThat(result.path()).contains(target.toAbsolutePath());
        assertThat(result.bytes()).isEqualTo(body.length);
        assertThat(result.sha256()).isEqualTo(sha256(body));
        assertThat(result.contentType()).contains("video/mp4");
        assertThat(result.elapsed()).isEqualTo(Duration.ofSeconds(1));
        awaitOkHttpThreads();
        assertThat(filesIn(dir)).containsExactly("out/nested/clip.mp4");
    }

    @Test
    void missingContentTypeIsEmpty() throws Exception {
        server.enqueue(ok("x".getBytes(StandardCharsets.UTF_8)));

        DownloadResult result = Futures.join(downloader.toPath(url("/x"), dir.resolve("x.bin")));

        assertThat(result.contentType()).isEmpty();
    }

    @Test
    void reportsMonotonicProgressEndingAtTheTotal() {
        byte[] body = randomBytes(300_000);
        server.enqueue(ok(body));
        List<long[]> progress = new CopyOnWriteArrayList<>();
        List<OptionalLong> totals = new CopyOnWriteArrayList<>();

        Futures.join(downloader.toPath(url("/p"), dir.resolve("p.bin"), (soFar, total) -> {
            progress.add(new long[] {soFar});
            totals.add(total);
        }));

        long previous = 0;
        for (long[] step : progress) {
            assertThat(step[0]).isGreaterThan(previous).isLessThanOrEqualTo(previous + BodyCopier.CHUNK_SIZE);
            previous = step[0];
        }
        assertThat(previous).isEqualTo(body.length);
        assertThat(totals).containsOnly(OptionalLong.of(body.length));
    }

    @Test
    void unknownLengthIsReportedAsEmptyTotal() throws Exception {
        byte[] body = randomBytes(100_000);
        server.enqueue(new MockResponse.Builder().chunkedBody(new Buffer().write(body), 4096).build());
        List<OptionalLong> totals = new CopyOnWriteArrayList<>();

        DownloadResult result = Futures.join(downloader.toPath(url("/c"), dir.resolve("c.bin"),
                (soFar, total) -> totals.add(total)));

        assertThat(result.sha256()).isEqualTo(sha256(body));
        assertThat(totals).isNotEmpty().containsOnly(OptionalLong.empty());
    }

    @Test
    void emptyBodyWritesAnEmptyFileAndReportsZeroOnce() throws Exception {
        server.enqueue(ok(new byte[0]));
        List<Long> progress = new CopyOnWriteArrayList<>();

        DownloadResult result = Futures.join(downloader.toPath(url("/e"), dir.resolve("e.bin"),
                (soFar, total) -> progress.add(soFar)));

        assertThat(Files.size(dir.resolve("e.bin"))).isZero();
        assertThat(result.sha256()).isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        assertThat(progress).containsExactly(0L);
    }

    @Test
    void streamsALargeBodyInChunks() throws Exception {
        byte[] body = randomBytes(5 * 1024 * 1024);
        server.enqueue(ok(body));
        AtomicInteger callbacks = new AtomicInteger();
        AtomicLong largestStep = new AtomicLong();
        AtomicLong last = new AtomicLong();

        DownloadResult result = Futures.join(downloader.toPath(url("/big"), dir.resolve("big.bin"), (soFar, total) -> {
            callbacks.incrementAndGet();
            largestStep.accumulateAndGet(soFar - last.getAndSet(soFar), Math::max);
        }));

        assertThat(result.bytes()).isEqualTo(body.length);
        assertThat(result.sha256()).isEqualTo(sha256(body));
        assertThat(Files.size(dir.resolve("big.bin"))).isEqualTo(body.length);
        assertThat(largestStep).hasValue(BodyCopier.CHUNK_SIZE);
        assertThat(callbacks).hasValue(body.length / BodyCopier.CHUNK_SIZE);
    }

    @Test
    void notFoundLeavesNoFileAndNoPartFile() throws Exception {
        server.enqueue(new MockResponse.Builder().code(404).body("no such object").build());
        Path target = dir.resolve("sub/missing.mp4");

        CompletableFuture<DownloadResult> future = downloader.toPath(url("/missing.mp4"), target);

        assertThatThrownBy(() -> Futures.join(future))
                .isExactlyInstanceOf(NotFoundException.class)
                .hasMessageContaining("404")
                .satisfies(e -> assertThat(((NotFoundException) e).statusCode()).hasValue(404));
        awaitOkHttpThreads();
        assertThat(filesIn(dir)).isEmpty();
    }

    @Test
    void serverErrorsAndOtherStatusesAreTyped() {
        server.enqueue(new MockResponse.Builder().code(503).build());
        server.enqueue(new MockResponse.Builder().code(403).addHeader("x-request-id", "req-1").build());

        assertThatThrownBy(() -> Futures.join(downloader.toPath(url("/a"), dir.resolve("a"))))
                .isExactlyInstanceOf(ServerException.class).hasMessageContaining("503");
        assertThatThrownBy(() -> Futures.join(downloader.toPath(url("/b"), dir.resolve("b"))))
                .isExactlyInstanceOf(ApiException.class).hasMessageContaining("403")
                .satisfies(e -> assertThat(((ApiException) e).headers().first("X-Request-Id")).contains("req-1"));
    }

    @Test
    void connectionDropMidBodyLeavesNoPartialFile() throws Exception {
        server.enqueue(new MockResponse.Builder().body(new Buffer().write(randomBytes(1_000_000)))
                .onResponseBody(new SocketEffect.CloseSocket()).build());
        Path target = dir.resolve("dropped.mp4");
        AtomicLong received = new AtomicLong();

        CompletableFuture<DownloadResult> future = downloader.toPath(url("/dropped.mp4" + SIGNED_QUERY), target,
                (soFar, total) -> received.set(soFar));

        assertThatThrownBy(() -> Futures.join(future))
                .isExactlyInstanceOf(ConnectionException.class)
                .hasMessageContaining("/dropped.mp4?[redacted]")
                .hasMessageNotContaining("s3cr3t")
                .satisfies(e -> assertThat(((ConnectionException) e).isRequestSent()).isTrue());
        assertThat(received.get()).as("failed mid-body").isPositive().isLessThan(1_000_000);
        awaitOkHttpThreads();
        assertThat(filesIn(dir)).isEmpty();
    }

    @Test
    void existingTargetIsReplacedOnlyOnSuccess() throws Exception {
        Path target = dir.resolve("result.png");
        Files.writeString(target, "old");
        server.enqueue(new MockResponse.Builder().code(500).build());
        server.enqueue(new MockResponse.Builder().body(new Buffer().write(randomBytes(1_000_000)))
                .onResponseBody(new SocketEffect.CloseSocket()).build());
        server.enqueue(ok("new".getBytes(StandardCharsets.UTF_8)));

        assertThatThrownBy(() -> Futures.join(downloader.toPath(url("/r"), target))).isInstanceOf(ServerException.class);
        assertThat(Files.readString(target)).isEqualTo("old");
        assertThatThrownBy(() -> Futures.join(downloader.toPath(url("/r"), target))).isInstanceOf(ConnectionException.class);
        assertThat(Files.readString(target)).isEqualTo("old");

        Futures.join(downloader.toPath(url("/r"), target));

        assertThat(Files.readString(target)).isEqualTo("new");
        awaitOkHttpThreads();
        assertThat(filesIn(dir)).containsExactly("result.png");
    }

    @Test
    void toStreamWritesIntoTheStreamWithoutClosingIt() throws Exception {
        byte[] body = randomBytes(150_000);
        server.enqueue(new MockResponse.Builder().addHeader("Content-Type", "image/png").body(new Buffer().write(body)).build());
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        AtomicInteger closes = new AtomicInteger();
        OutputStream out = new FilterOutputStream(sink) {
            @Override
            public void close() {
                closes.incrementAndGet();
            }
        };
        List<Long> progress = new CopyOnWriteArrayList<>();

        DownloadResult result = Futures.join(downloader.toStream(url("/img.png"), out, (soFar, total) -> progress.add(soFar)));

        assertThat(sink.toByteArray()).isEqualTo(body);
        assertThat(result.path()).isEmpty();
        assertThat(result.bytes()).isEqualTo(body.length);
        assertThat(result.sha256()).isEqualTo(sha256(body));
        assertThat(result.contentType()).contains("image/png");
        assertThat(progress).last().isEqualTo((long) body.length);
        assertThat(closes).hasValue(0);
    }

    @Test
    void failingOutputStreamIsALocalErrorNotAConnectionError() {
        server.enqueue(ok(randomBytes(10_000)));
        OutputStream broken = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("disk full");
            }
        };

        assertThatThrownBy(() -> Futures.join(downloader.toStream(url("/x" + SIGNED_QUERY), broken)))
                .isExactlyInstanceOf(MediaGenException.class)
                .hasMessageContaining("disk full")
                .hasMessageContaining("/x?[redacted]")
                .hasMessageNotContaining("s3cr3t");
    }

    @Test
    void signedUrlIsRedactedInStatusErrors() {
        server.enqueue(new MockResponse.Builder().code(403).build());

        assertThatThrownBy(() -> Futures.join(downloader.toPath(url("/v.mp4" + SIGNED_QUERY), dir.resolve("v.mp4"))))
                .isInstanceOf(ApiException.class)
                .hasMessageContaining(server.url("/v.mp4") + "?[redacted]")
                .hasMessageNotContaining("s3cr3t")
                .hasMessageNotContaining("AKIAEXAMPLE");
    }

    @Test
    void invalidUrlFailsTheFutureWithoutSendingAnything() {
        CompletableFuture<DownloadResult> future = downloader.toPath("ftp://host/file?token=s3cr3t", dir.resolve("f"));

        assertThatThrownBy(() -> Futures.join(future))
                .isExactlyInstanceOf(ValidationException.class)
                .hasMessageContaining("ftp://host/file?[redacted]")
                .hasMessageNotContaining("s3cr3t");
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void refusedConnectionIsAConnectionExceptionThatWasNeverSent() throws Exception {
        String deadUrl;
        try (MockWebServer dead = new MockWebServer()) {
            dead.start();
            deadUrl = dead.url("/gone").toString();
        }

        assertThatThrownBy(() -> Futures.join(downloader.toPath(deadUrl, dir.resolve("gone"))))
                .isExactlyInstanceOf(ConnectionException.class)
                .satisfies(e -> assertThat(((ConnectionException) e).isRequestSent()).isFalse());
        awaitOkHttpThreads();
        assertThat(filesIn(dir)).isEmpty();
    }

    @Test
    void cancellingCancelsTheCallAndRemovesThePartFile() throws Exception {
        server.enqueue(ok(randomBytes(2_000_000)));
        AtomicReference<CompletableFuture<DownloadResult>> handle = new AtomicReference<>();
        AtomicInteger progressCalls = new AtomicInteger();

        CompletableFuture<DownloadResult> future = downloader.toPath(url("/slow.mp4"), dir.resolve("slow.mp4"),
                (soFar, total) -> {
                    progressCalls.incrementAndGet();
                    CompletableFuture<DownloadResult> self;
                    while ((self = handle.get()) == null) {
                        Thread.onSpinWait();
                    }
                    self.cancel(true);
                });
        handle.set(future);

        assertThatThrownBy(() -> Futures.join(future)).isInstanceOf(CancellationException.class);
        awaitOkHttpThreads();
        assertThat(cancels).hasValue(1);
        assertThat(progressCalls).hasValue(1);
        assertThat(filesIn(dir)).isEmpty();
    }

    @Test
    void listenerFailureAbortsTheDownload() throws Exception {
        server.enqueue(ok(randomBytes(200_000)));

        CompletableFuture<DownloadResult> future = downloader.toPath(url("/l"), dir.resolve("l.bin"), (soFar, total) -> {
            throw new IllegalStateException("listener broke");
        });

        assertThatThrownBy(() -> Futures.join(future)).isExactlyInstanceOf(IllegalStateException.class);
        awaitOkHttpThreads();
        assertThat(filesIn(dir)).isEmpty();
    }

    @Test
    void completesOnTheCallbackExecutor() {
        server.enqueue(ok(new byte[] {1, 2, 3}));
        server.enqueue(new MockResponse.Builder().code(404).build());

        Futures.join(downloader.toPath(url("/a"), dir.resolve("a")));
        assertThat(completions).hasValue(1);
        assertThatThrownBy(() -> Futures.join(downloader.toPath(url("/b"), dir.resolve("b"))))
                .isInstanceOf(NotFoundException.class);
        assertThat(completions).hasValue(2);
    }

    @Test
    void publicApiHasNoOkHttpTypesOutsideTheConstructor() {
        assertThat(Stream.of(dev.mediagen.core.download.Downloader.class, DownloadResult.class, DownloadListener.class)
                .flatMap(c -> Stream.of(c.getMethods()))
                .flatMap(m -> Stream.concat(Stream.of(m.getReturnType()), Stream.of(m.getParameterTypes())))
                .map(Class::getName))
                .noneMatch(name -> name.startsWith("okhttp3") || name.startsWith("com.fasterxml"));
    }

    /** A clock that moves one second forward every time it is read. */
    private static final class SteppingClock extends Clock {
        private final AtomicLong seconds = new AtomicLong();

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return Instant.EPOCH.plusSeconds(seconds.getAndIncrement());
        }
    }
}
