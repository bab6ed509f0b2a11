package dev.mediagen.benchmarks.server;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.mediagen.benchmarks.support.Args;
import dev.mediagen.benchmarks.support.ChildJvm;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The lean job server of the scale harness, on the JDK's built-in HTTP server (it keeps no per-request
 * history, unlike MockWebServer). Jobs complete a random delay after the <em>gate</em> opens (or after their
 * creation, if it is already open), so a harness can hold N waits pending while it measures them.
 *
 * <pre>
 * POST /jobs            -> 201 {"id":"j17","status":"running"}
 * GET  /jobs/{id}       -> {"id":"j17","status":"running"|"succeeded","done_at":epochMillis}  (done_at once known)
 * GET  /jobs?ids=a,b,c  -> {"jobs":[...]}        the listing endpoint of "listing" vendors
 * POST /gate            -> opens the gate: jobs now complete after their delay
 * GET  /stats           -> request counters
 * POST /reset           -> forgets every job and closes the gate
 * </pre>
 *
 * Per-job state is three primitive array slots (ids are {@code j<index>}), so holding 100,000 jobs costs ~2 MB.
 */
public final class JobServer implements AutoCloseable {
    private final HttpServer server;
    private final ExecutorService executor;
    private final int capacity;
    private final long minDelayMs;
    private final long maxDelayMs;
    private final long[] createdAt;
    private final long[] delay;
    private final AtomicIntegerArray singleGets;
    private final AtomicInteger created = new AtomicInteger();
    private final AtomicLong gets = new AtomicLong();
    private final AtomicLong batchRequests = new AtomicLong();
    private final AtomicLong batchIds = new AtomicLong();
    private final AtomicLong notFound = new AtomicLong();
    private volatile long gateAt;
    private volatile SplittableRandom random;

    private JobServer(int port, int threads, int capacity, long minDelayMs, long maxDelayMs, long seed) throws IOException {
        this.capacity = capacity;
        this.minDelayMs = minDelayMs;
        this.maxDelayMs = maxDelayMs;
        this.createdAt = new long[capacity];
        this.delay = new long[capacity];
        this.singleGets = new AtomicIntegerArray(capacity);
        this.random = new SplittableRandom(seed);
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 8192);
        this.executor = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "jobserver-" + r.hashCode());
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    /** Starts a server on {@code port} (0 = any) with {@code threads} handler threads. */
    public static JobServer start(int port, int threads, int capacity, long minDelayMs, long maxDelayMs, long seed)
            throws IOException {
        return new JobServer(port, threads, capacity, minDelayMs, maxDelayMs, seed);
    }

    /** The bound port. */
    public int port() {
        return server.getAddress().getPort();
    }

    /** Runs the server in its own JVM (see {@link ChildJvm}). */
    public static void main(String[] argv) throws IOException {
        Args args = Args.parse(argv);
        JobServer server = start(args.integer("port", 0), args.integer("threads", 4), args.integer("capacity", 200_000),
                args.duration("min-delay", "2s").toMillis(), args.duration("max-delay", "20s").toMillis(),
                Long.parseLong(args.string("seed", "42")));
        ChildJvm.announceAndWaitForParent(server.port(), server::close);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            drain(exchange.getRequestBody());
            String method = exchange.getRequestMethod();
            String path = exchange.getRequestURI().getRawPath();
            String query = exchange.getRequestURI().getRawQuery();
            if (method.equals("GET") && path.startsWith("/jobs/")) {
                gets.incrementAndGet();
                int index = index(path.substring("/jobs/".length()));
                if (index < 0) {
                    notFound.incrementAndGet();
                    send(exchange, 404, "{\"error\":\"not_found\"}");
                    return;
                }
                singleGets.incrementAndGet(index);
                StringBuilder json = new StringBuilder(80);
                appendJob(json, index, System.currentTimeMillis());
                send(exchange, 200, json.toString());
            } else if (method.equals("GET") && path.equals("/jobs") && query != null && query.startsWith("ids=")) {
                batchRequests.incrementAndGet();
                long now = System.currentTimeMillis();
                StringBuilder json = new StringBuilder(4096).append("{\"jobs\":[");
                boolean first = true;
                for (String id : query.substring(4).split("(,|%2C|%2c)")) {
                    int index = index(id);
                    if (index < 0) {
                        continue;
                    }
                    batchIds.incrementAndGet();
                    if (!first) {
                        json.append(',');
                    }
                    first = false;
                    appendJob(json, index, now);
                }
                send(exchange, 200, json.append("]}").toString());
            } else if (method.equals("POST") && path.equals("/jobs")) {
                int index = created.getAndIncrement();
                if (index >= capacity) {
                    created.decrementAndGet();
                    send(exchange, 503, "{\"error\":\"capacity\"}");
                    return;
                }
                long span = maxDelayMs - minDelayMs;
                long d;
                synchronized (this) {
                    d = minDelayMs + (span <= 0 ? 0 : random.nextLong(span + 1));
                }
                delay[index] = d;
                createdAt[index] = System.currentTimeMillis();
                send(exchange, 201, "{\"id\":\"j" + index + "\",\"status\":\"running\"}");
            } else if (method.equals("POST") && path.equals("/gate")) {
                gateAt = System.currentTimeMillis();
                send(exchange, 200, "{\"gate_at\":" + gateAt + "}");
            } else if (method.equals("GET") && path.equals("/stats")) {
                send(exchange, 200, "{\"created\":" + created.get() + ",\"gets\":" + gets.get() + ",\"batch_requests\":"
                        + batchRequests.get() + ",\"batch_ids\":" + batchIds.get() + ",\"max_gets_per_job\":"
                        + maxSingleGets() + ",\"not_found\":" + notFound.get() + ",\"gate_at\":" + gateAt + "}");
            } else if (method.equals("POST") && path.equals("/reset")) {
                reset(query != null && query.startsWith("seed=") ? Long.parseLong(query.substring(5)) : 42);
                send(exchange, 200, "{}");
            } else {
                send(exchange, 404, "{\"error\":\"no route\"}");
            }
        }
    }

    private synchronized void reset(long seed) {
        int n = created.get();
        for (int i = 0; i < n; i++) {
            singleGets.set(i, 0);
        }
        created.set(0);
        gets.set(0);
        batchRequests.set(0);
        batchIds.set(0);
        notFound.set(0);
        gateAt = 0;
        random = new SplittableRandom(seed);
    }

    private int maxSingleGets() {
        int n = created.get();
        int max = 0;
        for (int i = 0; i < n; i++) {
            max = Math.max(max, singleGets.get(i));
        }
        return max;
    }

    private void appendJob(StringBuilder json, int index, long now) {
        long gate = gateAt;
        json.append("{\"id\":\"j").append(index).append("\",\"status\":\"");
        if (gate == 0) {
            json.append("running\"}");
            return;
        }
        long doneAt = Math.max(createdAt[index], gate) + delay[index];
        json.append(now >= doneAt ? "succeeded" : "running").append("\",\"done_at\":").append(doneAt).append('}');
    }

    private int index(String id) {
        if (id.length() < 2 || id.charAt(0) != 'j') {
            return -1;
        }
        try {
            int index = Integer.parseInt(id, 1, id.length(), 10);
            return index >= 0 && index < created.get() ? index : -1;
        } catch (NumberFormatException e) {
            return -1;
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
            // discard the request body
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
