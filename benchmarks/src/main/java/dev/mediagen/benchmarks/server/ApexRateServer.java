package dev.mediagen.benchmarks.server;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A server enforcing Apex Studio's documented submission limit — {@code permits} per {@code window} per API key on
 * {@code POST /api/generate/*}, as a fixed window aligned to the epoch — answering like Apex: the {@code {data: ...}}
 * envelope on success; on excess HTTP 429 with {@code {"error":"Rate limit exceeded","code":"RATE_LIMITED"}} and
 * {@code Retry-After}; {@code X-RateLimit-Limit}, {@code -Remaining} and {@code -Reset} (Unix seconds) on every
 * response. Its time comes from a {@link Clock}, so it can run on a virtual clock.
 */
public final class ApexRateServer implements AutoCloseable {
    private final HttpServer server;
    private final ExecutorService executor;
    private final Clock clock;
    private final int permits;
    private final long windowMillis;
    private final Map<String, long[]> windows = new HashMap<>();
    private final List<Long> acceptedAt = new ArrayList<>();
    private int rejected;

    private ApexRateServer(Clock clock, int permits, Duration window) throws IOException {
        this.clock = clock;
        this.permits = permits;
        this.windowMillis = window.toMillis();
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 1024);
        this.executor = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "apex-rate-server");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    /** Starts a server allowing {@code permits} submissions per {@code window} per key. */
    public static ApexRateServer start(Clock clock, int permits, Duration window) throws IOException {
        return new ApexRateServer(clock, permits, window);
    }

    /** The base URL. */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The server-clock instants (epoch millis) of accepted submissions, in order. */
    public synchronized List<Long> acceptedAt() {
        return List.copyOf(acceptedAt);
    }

    /** Submissions answered with 429. */
    public synchronized int rejected() {
        return rejected;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            drain(exchange.getRequestBody());
            String path = exchange.getRequestURI().getPath();
            if (!exchange.getRequestMethod().equals("POST") || !path.startsWith("/api/generate/")) {
                send(exchange, 404, "{\"error\":\"Not found\",\"code\":\"NOT_FOUND\"}");
                return;
            }
            String key = String.valueOf(exchange.getRequestHeaders().getFirst("Authorization"));
            long now = clock.millis();
            long index = Math.floorDiv(now, windowMillis);
            long resetMillis = (index + 1) * windowMillis;
            boolean accepted;
            int remaining;
            synchronized (this) {
                long[] window = windows.computeIfAbsent(key, k -> new long[] {index, 0});
                if (window[0] != index) {
                    window[0] = index;
                    window[1] = 0;
                }
                accepted = window[1] < permits;
                if (accepted) {
                    window[1]++;
                    acceptedAt.add(now);
                } else {
                    rejected++;
                }
                remaining = (int) Math.max(0, permits - window[1]);
            }
            exchange.getResponseHeaders().set("X-RateLimit-Limit", Integer.toString(permits));
            exchange.getResponseHeaders().set("X-RateLimit-Remaining", Integer.toString(remaining));
            exchange.getResponseHeaders().set("X-RateLimit-Reset", Long.toString(Math.floorDiv(resetMillis + 999, 1000)));
            if (accepted) {
                send(exchange, 200, "{\"data\":{\"jobId\":\"" + UUID.randomUUID()
                        + "\",\"status\":\"queued\",\"message\":\"Image generation started\"}}");
            } else {
                long retryAfter = Math.max(1, (resetMillis - now + 999) / 1000);
                exchange.getResponseHeaders().set("Retry-After", Long.toString(retryAfter));
                send(exchange, 429, "{\"error\":\"Rate limit exceeded\",\"code\":\"RATE_LIMITED\"}");
            }
        }
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static void drain(InputStream in) throws IOException {
        byte[] buffer = new byte[1024];
        while (in.read(buffer) >= 0) {
            // discard
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
