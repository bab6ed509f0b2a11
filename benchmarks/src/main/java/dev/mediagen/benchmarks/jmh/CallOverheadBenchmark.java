package dev.mediagen.benchmarks.jmh;

import dev.mediagen.benchmarks.fixtures.BaselineCalls;
import dev.mediagen.benchmarks.fixtures.OursClient;
import dev.mediagen.benchmarks.fixtures.OursClients;
import dev.mediagen.benchmarks.fixtures.RawSocketClient;
import dev.mediagen.benchmarks.fixtures.VendorFixture;
import dev.mediagen.benchmarks.server.CannedHttpServer;
import dev.mediagen.benchmarks.support.ChildJvm;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Per-call overhead: the same job get (and create) against the same local server, through the SDK's client (sync
 * and async), through a hand-written OkHttp + Jackson ObjectReader call with the same connection settings (sync:
 * {@code execute()} on the caller's thread; async: {@code enqueue()} completing a future), and as a raw JDK socket
 * round trip (the floor). The server runs in its own JVM, so {@code -prof gc}'s allocation per
 * operation is the client's alone. One benchmark thread: this is latency per call, not server throughput.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(value = 3, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class CallOverheadBenchmark {
    @Param({"vap", "agentmedia", "videogen", "apex", "rynjer"})
    public String vendor;

    /** Set to true to run the server inside the benchmark JVM (the smoke test does: starting JVMs is slow). */
    public static final String IN_PROCESS_SERVER = "mediagen.bench.inProcessServer";

    private AutoCloseable server;
    private OursClient ours;
    private BaselineCalls okhttp;
    private RawSocketClient raw;
    private byte[] rawGet;
    private byte[] rawCreate;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        VendorFixture fixture = VendorFixture.of(vendor);
        int port;
        if (Boolean.getBoolean(IN_PROCESS_SERVER)) {
            CannedHttpServer local = CannedHttpServer.start(0);
            server = local;
            port = local.port();
        } else {
            ChildJvm child = ChildJvm.start(CannedHttpServer.class, List.of("-Xmx256m", "-XX:+UseSerialGC"), List.of());
            server = child;
            port = child.port();
        }
        String url = "http://127.0.0.1:" + port;
        ours = OursClients.create(fixture, url);
        okhttp = new BaselineCalls(fixture, url);
        raw = new RawSocketClient(port);
        rawGet = RawSocketClient.request("GET", fixture.basePath() + fixture.getPath(VendorFixture.JOB_ID), port, null);
        rawCreate = RawSocketClient.request("POST", fixture.basePath() + fixture.createPath(), port,
                new String(jsonOf(fixture), java.nio.charset.StandardCharsets.UTF_8));
        // Fail fast if any path is wrong rather than benchmarking errors.
        if (raw.roundTrip(rawGet) / 1_000_000 != 200 || ours.get(VendorFixture.JOB_ID) == null
                || okhttp.get(VendorFixture.JOB_ID) == null || ours.create() == null || okhttp.create() == null) {
            throw new IllegalStateException("the canned server does not answer " + vendor + " as expected");
        }
    }

    private static byte[] jsonOf(VendorFixture fixture) {
        try {
            return dev.mediagen.benchmarks.fixtures.BaselineHttp.MAPPER.writeValueAsBytes(fixture.createBody());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
        ours.close();
        okhttp.close();
        raw.close();
        server.close();
    }

    @Benchmark
    public Object getOursSync() {
        return ours.get(VendorFixture.JOB_ID);
    }

    @Benchmark
    public Object getOursAsync() {
        return ours.getAsync(VendorFixture.JOB_ID).join();
    }

    @Benchmark
    public Object getOkHttp() throws IOException {
        return okhttp.get(VendorFixture.JOB_ID);
    }

    @Benchmark
    public Object getOkHttpAsync() {
        return okhttp.getAsync(VendorFixture.JOB_ID).join();
    }

    @Benchmark
    public long getRawSocket() throws IOException {
        return raw.roundTrip(rawGet);
    }

    @Benchmark
    public Object createOursSync() {
        return ours.create();
    }

    @Benchmark
    public Object createOursAsync() {
        return ours.createAsync().join();
    }

    @Benchmark
    public Object createOkHttp() throws IOException {
        return okhttp.create();
    }

    @Benchmark
    public Object createOkHttpAsync() {
        return okhttp.createAsync().join();
    }

    @Benchmark
    public long createRawSocket() throws IOException {
        return raw.roundTrip(rawCreate);
    }
}
