package dev.mediagen.testkit;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * Delivers a simulator's webhooks: POSTs JSON to the registered URL with the vendor's headers and retries on
 * failure following the vendor's schedule. Every attempt is recorded for assertions.
 */
public final class WebhookSender implements AutoCloseable {
    private static final MediaType JSON = MediaType.get("application/json");

    private final OkHttpClient http = new OkHttpClient.Builder().callTimeout(Duration.ofSeconds(10)).build();
    private final ScheduledExecutorService executor;
    private final List<Attempt> attempts = new CopyOnWriteArrayList<>();

    /** Creates a sender with one daemon thread. */
    public WebhookSender() {
        ScheduledThreadPoolExecutor pool = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread thread = new Thread(runnable, "mediagen-simulator-webhooks");
            thread.setDaemon(true);
            return thread;
        });
        pool.setRemoveOnCancelPolicy(true);
        this.executor = pool;
    }

    /**
     * Sends {@code body} to {@code url} with {@code headers}; on a non-2xx answer or a network error retries after
     * each delay of {@code retrySchedule} (in real time) until one succeeds or the schedule is exhausted.
     */
    public void send(String url, Map<String, String> headers, String body, List<Duration> retrySchedule) {
        executor.execute(() -> attempt(url, headers, body, retrySchedule, 0));
    }

    private void attempt(String url, Map<String, String> headers, String body, List<Duration> schedule, int index) {
        Request.Builder request = new Request.Builder().url(url).post(RequestBody.create(body, JSON));
        headers.forEach(request::header);
        int status;
        try (Response response = http.newCall(request.build()).execute()) {
            status = response.code();
        } catch (IOException | IllegalArgumentException e) {
            status = -1;
        }
        attempts.add(new Attempt(url, body, status));
        if ((status < 200 || status >= 300) && index < schedule.size()) {
            executor.schedule(() -> attempt(url, headers, body, schedule, index + 1),
                    schedule.get(index).toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** Every delivery attempt so far. */
    public List<Attempt> attempts() {
        return List.copyOf(attempts);
    }

    /** Stops sending. */
    @Override
    public void close() {
        executor.shutdownNow();
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }

    /** One delivery attempt: where, what, and the receiver's status (-1 for a network error). */
    public static final class Attempt {
        private final String url;
        private final String body;
        private final int status;

        Attempt(String url, String body, int status) {
            this.url = url;
            this.body = body;
            this.status = status;
        }

        /** The target URL. */
        public String url() {
            return url;
        }

        /** The JSON body. */
        public String body() {
            return body;
        }

        /** The receiver's HTTP status, or -1 on a network error. */
        public int status() {
            return status;
        }
    }
}
