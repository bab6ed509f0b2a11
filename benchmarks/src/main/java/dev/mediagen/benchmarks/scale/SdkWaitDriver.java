package dev.mediagen.benchmarks.scale;

import dev.mediagen.core.ClientBuilder;
import dev.mediagen.core.Futures;
import dev.mediagen.core.RequestOptions;
import dev.mediagen.core.internal.ApiRequest;
import dev.mediagen.core.internal.ApiRuntime;
import dev.mediagen.core.internal.Json;
import dev.mediagen.core.internal.ResponseHandler;
import dev.mediagen.core.internal.VendorProfile;
import dev.mediagen.core.wait.BatchPoller;
import dev.mediagen.core.wait.CoalescingPoller;
import dev.mediagen.core.wait.JobClassifier;
import dev.mediagen.core.wait.JobFuture;
import dev.mediagen.core.wait.JobPoller;
import dev.mediagen.core.wait.JobSnapshot;
import dev.mediagen.core.wait.JobState;
import dev.mediagen.core.wait.JobType;
import dev.mediagen.core.wait.PollStrategy;
import dev.mediagen.core.wait.WaitOptions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The SDK side of the scale harness: one {@link ApiRuntime} exactly as a vendor client builds it (a vendor profile,
 * the client's own scheduler, callback pool and OkHttp dispatcher bounded by {@code maxInFlightRequests}) and a
 * {@link JobType} whose poller GETs {@code /jobs/{id}} — or, for vendors with a listing endpoint, a
 * {@link CoalescingPoller} that answers the polls due within a short window from batched {@code GET /jobs?ids=}.
 */
final class SdkWaitDriver implements WaitDriver {
    static final VendorProfile PROFILE = VendorProfile.builder("bench").json(Json.snakeCase()).build();

    private final ApiRuntime runtime;
    private final JobType<BenchJob> type;
    private final WaitOptions waitOptions;
    private final boolean coalescing;
    private final ResponseHandler<BenchJob> jobHandler;

    SdkWaitDriver(String baseUrl, int maxInFlight, Duration pollInterval, boolean coalescing, int batchSize,
                  Duration coalesceWindow, Duration timeout) {
        this.runtime = new Builder().baseUrl(baseUrl).apiKey("bench-key").maxInFlightRequests(maxInFlight).build();
        this.coalescing = coalescing;
        this.jobHandler = runtime.json(BenchJob.class);
        JobPoller<BenchJob> single = id -> runtime.send(
                ApiRequest.get("/jobs/" + ApiRequest.segment(id)).endpointClass("read").build(),
                RequestOptions.none(), jobHandler).thenApply(JobSnapshot::of);
        JobPoller<BenchJob> poller = single;
        if (coalescing) {
            BatchPoller<BenchJob> batch = ids -> listing(ids, batchSize);
            poller = new CoalescingPoller<>(single, batch, 2, runtime.scheduler(), coalesceWindow);
        }
        PollStrategy strategy = PollStrategy.fixed(pollInterval);
        this.type = JobType.of("job", poller, new JobClassifier<>() {
            @Override
            public JobState state(BenchJob job) {
                return "succeeded".equals(job.status()) ? JobState.SUCCEEDED : JobState.PENDING;
            }

            @Override
            public String status(BenchJob job) {
                return job.status();
            }
        }, strategy);
        this.waitOptions = WaitOptions.builder().pollStrategy(strategy).timeout(timeout).build();
    }

    private CompletableFuture<Map<String, BenchJob>> listing(Collection<String> ids, int batchSize) {
        List<CompletableFuture<BenchJob[]>> pages = new ArrayList<>();
        List<String> chunk = new ArrayList<>(batchSize);
        for (String id : ids) {
            chunk.add(id);
            if (chunk.size() == batchSize) {
                pages.add(page(chunk));
                chunk = new ArrayList<>(batchSize);
            }
        }
        if (!chunk.isEmpty()) {
            pages.add(page(chunk));
        }
        return CompletableFuture.allOf(pages.toArray(new CompletableFuture<?>[0])).thenApply(ignored -> {
            Map<String, BenchJob> found = new HashMap<>(ids.size() * 2);
            for (CompletableFuture<BenchJob[]> page : pages) {
                for (BenchJob job : page.join()) {
                    found.put(job.id(), job);
                }
            }
            return found;
        });
    }

    private CompletableFuture<BenchJob[]> page(List<String> ids) {
        ApiRequest request = ApiRequest.get("/jobs").query("ids", String.join(",", ids)).endpointClass("read").build();
        return runtime.send(request, RequestOptions.none(), response -> runtime.profile().json()
                .readValue(response.body(), JobList.class).jobs);
    }

    /** The listing response. */
    static final class JobList {
        private BenchJob[] jobs = new BenchJob[0];
    }

    @Override
    public String label() {
        return coalescing ? "sdk-coalescing" : "sdk";
    }

    @Override
    public String[] threadPrefixes() {
        return new String[] {"mediagen-", "OkHttp"};
    }

    @Override
    public String[] create(int n) {
        String[] ids = new String[n];
        List<CompletableFuture<BenchJob>> batch = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int index = i;
            batch.add(runtime.send(ApiRequest.post("/jobs").json(Map.of("kind", "bench")).paidWork(null).build(),
                    RequestOptions.none(), jobHandler).thenApply(job -> {
                        ids[index] = job.id();
                        return job;
                    }));
            if (batch.size() == 1000 || i == n - 1) {
                Futures.join(CompletableFuture.allOf(batch.toArray(new CompletableFuture<?>[0])));
                batch.clear();
            }
        }
        return ids;
    }

    @Override
    public int startWaits(String[] ids, Sink sink) {
        for (int i = 0; i < ids.length; i++) {
            int index = i;
            String id = ids[i];
            JobFuture<BenchJob> future = runtime.waiter().await(type, id, null, waitOptions);
            future.whenComplete((job, error) -> {
                if (error != null) {
                    sink.completed(index, id, null, 0, error);
                } else {
                    sink.completed(index, job.id(), job.status(), job.doneAt(), null);
                }
            });
        }
        return ids.length;
    }

    @Override
    public boolean quiet() {
        return runtime.inFlight().inFlight() == 0 && runtime.inFlight().queued() == 0;
    }

    @Override
    public void close() {
        runtime.close();
    }

    /** The minimal vendor client: what every vendor module's builder does. */
    static final class Builder extends ClientBuilder<Builder> {
        Builder() {
            super("http://127.0.0.1", "BENCH");
        }

        ApiRuntime build() {
            return ApiRuntime.create(PROFILE, options());
        }
    }
}
