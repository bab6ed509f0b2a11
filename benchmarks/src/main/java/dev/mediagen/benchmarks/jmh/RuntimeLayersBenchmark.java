package dev.mediagen.benchmarks.jmh;

import com.fasterxml.jackson.databind.ObjectReader;
import dev.mediagen.benchmarks.fixtures.BaselineCalls;
import dev.mediagen.benchmarks.fixtures.BaselineHttp;
import dev.mediagen.benchmarks.fixtures.BaselineModels;
import dev.mediagen.benchmarks.fixtures.VendorFixture;
import dev.mediagen.benchmarks.server.CannedHttpServer;
import dev.mediagen.benchmarks.support.ChildJvm;
import dev.mediagen.core.ClientBuilder;
import dev.mediagen.core.RequestOptions;
import dev.mediagen.core.internal.ApiRequest;
import dev.mediagen.core.internal.ApiRuntime;
import dev.mediagen.core.internal.Json;
import dev.mediagen.core.internal.ResponseHandler;
import dev.mediagen.core.internal.VendorProfile;
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
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Where the SDK's per-call time goes: VAP's task get with the <em>same</em> JSON binding (a plain ObjectReader into
 * the user's class) through {@code ApiRuntime.call} (completes on the client's callback executor: the path of every
 * public method), {@code ApiRuntime.send} (completes on the OkHttp thread), OkHttp's {@code enqueue} and OkHttp's
 * {@code execute}. The steps between them are the runtime's layers and each thread hand-off.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(value = 3, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class RuntimeLayersBenchmark {
    private static final VendorFixture VAP = VendorFixture.VAP;

    private AutoCloseable server;
    private ApiRuntime runtime;
    private ResponseHandler<Object> handler;
    private ApiRequest get;
    private BaselineCalls okhttp;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        int port;
        if (Boolean.getBoolean(CallOverheadBenchmark.IN_PROCESS_SERVER)) {
            CannedHttpServer local = CannedHttpServer.start(0);
            server = local;
            port = local.port();
        } else {
            ChildJvm child = ChildJvm.start(CannedHttpServer.class, List.of("-Xmx256m", "-XX:+UseSerialGC"), List.of());
            server = child;
            port = child.port();
        }
        String url = "http://127.0.0.1:" + port;
        runtime = new Builder().baseUrl(url + VAP.basePath()).apiKey("sk_bench_0123456789abcdef").build();
        ObjectReader reader = BaselineHttp.MAPPER.readerFor(BaselineModels.job(VAP));
        handler = response -> reader.readValue(response.body());
        get = ApiRequest.get(VAP.getPath(VendorFixture.JOB_ID)).endpointClass("read").build();
        okhttp = new BaselineCalls(VAP, url);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
        runtime.close();
        okhttp.close();
        server.close();
    }

    @Benchmark
    public Object runtimeCall() {
        return runtime.call(get, RequestOptions.none(), handler).join();
    }

    @Benchmark
    public Object runtimeSend() {
        return runtime.send(get, RequestOptions.none(), handler).join();
    }

    @Benchmark
    public Object okhttpEnqueue() {
        return okhttp.getAsync(VendorFixture.JOB_ID).join();
    }

    @Benchmark
    public Object okhttpExecute() throws IOException {
        return okhttp.get(VendorFixture.JOB_ID);
    }

    private static final class Builder extends ClientBuilder<Builder> {
        Builder() {
            super("http://127.0.0.1", "BENCH");
        }

        ApiRuntime build() {
            return ApiRuntime.create(VendorProfile.builder("vap").json(Json.snakeCase()).build(), options());
        }
    }
}
