package dev.mediagen.benchmarks.jmh;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mediagen.benchmarks.fixtures.BaselineCalls;
import dev.mediagen.benchmarks.fixtures.OursClient;
import dev.mediagen.benchmarks.fixtures.OursClients;
import dev.mediagen.benchmarks.fixtures.VendorFixture;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * JSON binding of each vendor's job body: the SDK's vendor model (vendor mapper: lenient instants, BigDecimal money,
 * extensible enums, envelope) against a plain Jackson {@code readTree} and a plain {@code ObjectReader} into the
 * user's own public-field class.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 3, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class JsonParseBenchmark {
    private static final ObjectMapper PLAIN = new ObjectMapper();

    @Param({"vap", "agentmedia", "videogen", "apex", "rynjer"})
    public String vendor;

    private byte[] body;
    private OursClient ours;
    private BaselineCalls baseline;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        VendorFixture fixture = VendorFixture.of(vendor);
        body = fixture.jobJson();
        // Nothing listens there: these clients are only used to bind bodies.
        ours = OursClients.create(fixture, "http://127.0.0.1:9");
        baseline = new BaselineCalls(fixture, "http://127.0.0.1:9");
        ours.parseJob(body);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        ours.close();
        baseline.close();
    }

    @Benchmark
    public Object oursVendorModel() throws Exception {
        return ours.parseJob(body);
    }

    @Benchmark
    public Object jacksonReadTree() throws Exception {
        return PLAIN.readTree(body);
    }

    @Benchmark
    public Object jacksonObjectReaderPojo() throws Exception {
        return baseline.parseJob(body);
    }
}
