package dev.mediagen.benchmarks.scale;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.mediagen.benchmarks.fixtures.BaselineHttp;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * What users write today, as in the vendors' own examples: a thread per job that sleeps for the poll interval and
 * GETs the job until it is done (same OkHttp settings and a Jackson ObjectReader).
 */
final class BaselineWaitDriver implements WaitDriver {
    private static final MediaType JSON = MediaType.get("application/json");

    private final String baseUrl;
    private final OkHttpClient client;
    private final ObjectReader reader = BaselineHttp.MAPPER.readerFor(Job.class);
    private final long pollMillis;
    private final int threadCap;
    private final List<Thread> threads = new ArrayList<>();
    private final AtomicLong pollErrors = new AtomicLong();
    private final AtomicInteger inRequest = new AtomicInteger();
    private String startFailure;

    BaselineWaitDriver(String baseUrl, int maxInFlight, Duration pollInterval, int threadCap) {
        this.baseUrl = baseUrl;
        this.client = BaselineHttp.client(maxInFlight);
        this.pollMillis = pollInterval.toMillis();
        this.threadCap = threadCap;
    }

    /** The user's own job class. */
    public static final class Job {
        public String id;
        public String status;
        @JsonProperty("done_at")
        public long doneAt;
    }

    @Override
    public String label() {
        return "baseline";
    }

    @Override
    public String[] threadPrefixes() {
        return new String[] {"baseline-", "OkHttp"};
    }

    @Override
    public String[] create(int n) throws Exception {
        String[] ids = new String[n];
        ExecutorService pool = Executors.newFixedThreadPool(16, r -> new Thread(r, "baseline-create"));
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 16; t++) {
                int start = t;
                done.add(pool.submit(() -> {
                    for (int i = start; i < n; i += 16) {
                        Request request = new Request.Builder().url(baseUrl + "/jobs")
                                .header("Authorization", "Bearer bench-key")
                                .post(RequestBody.create("{\"kind\":\"bench\"}", JSON)).build();
                        try (Response response = client.newCall(request).execute()) {
                            ids[i] = reader.<Job>readValue(response.body().bytes()).id;
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        return ids;
    }

    @Override
    public int startWaits(String[] ids, Sink sink) {
        int started = 0;
        for (int i = 0; i < ids.length; i++) {
            if (started >= threadCap) {
                startFailure = "stopped at the safety cap of " + threadCap + " threads";
                break;
            }
            int index = i;
            String id = ids[i];
            CompletableFuture<Job> future = new CompletableFuture<>();
            future.whenComplete((job, error) -> {
                if (error != null) {
                    sink.completed(index, id, null, 0, error);
                } else {
                    sink.completed(index, job.id, job.status, job.doneAt, null);
                }
            });
            Thread thread = new Thread(() -> pollLoop(id, future), "baseline-job-" + i);
            thread.setDaemon(true);
            try {
                thread.start();
            } catch (OutOfMemoryError e) {
                startFailure = "thread " + started + " could not start: " + e.getMessage();
                break;
            }
            threads.add(thread);
            started++;
        }
        return started;
    }

    /** The loop from the vendors' examples: sleep, GET, stop when done. */
    private void pollLoop(String id, CompletableFuture<Job> future) {
        Request request = new Request.Builder().url(baseUrl + "/jobs/" + id)
                .header("Authorization", "Bearer bench-key").build();
        try {
            while (true) {
                Thread.sleep(pollMillis);
                inRequest.incrementAndGet();
                try (Response response = client.newCall(request).execute()) {
                    Job job = reader.readValue(response.body().bytes());
                    if ("succeeded".equals(job.status)) {
                        future.complete(job);
                        return;
                    }
                } catch (IOException e) {
                    pollErrors.incrementAndGet();
                } finally {
                    inRequest.decrementAndGet();
                }
            }
        } catch (InterruptedException e) {
            future.cancel(false);
        } catch (RuntimeException e) {
            future.completeExceptionally(e);
        }
    }

    @Override
    public String startFailure() {
        return startFailure;
    }

    @Override
    public boolean quiet() {
        return inRequest.get() == 0;
    }

    long pollErrors() {
        return pollErrors.get();
    }

    @Override
    public void close() {
        for (Thread t : threads) {
            t.interrupt();
        }
        BaselineHttp.close(client);
    }
}
