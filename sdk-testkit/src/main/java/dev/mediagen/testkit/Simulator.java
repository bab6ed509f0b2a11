package dev.mediagen.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import okio.ByteString;

/**
 * The base of every vendor simulator: an embedded HTTP server on loopback with a route table, a controllable
 * {@link SimClock}, fault injection (error bursts, 429s, dropped responses) and a log of what it received.
 * Subclasses register their vendor's routes in their constructor.
 */
public abstract class Simulator implements AutoCloseable {
    private final MockWebServer server = new MockWebServer();
    private final List<Route> routes = new ArrayList<>();
    private final Deque<Fault> faults = new ConcurrentLinkedDeque<>();
    private final List<String> log = new CopyOnWriteArrayList<>();
    private final SimClock clock;
    private volatile boolean started;

    /** Creates a simulator on {@code clock}. */
    protected Simulator(SimClock clock) {
        this.clock = clock;
        server.setServerSocketFactory(new NoDelayServerSockets());
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return toMock(handle(request));
            }
        });
    }

    /** Starts the server on a free loopback port (idempotent); returns this simulator. */
    @SuppressWarnings("unchecked")
    public synchronized <S extends Simulator> S start() {
        if (!started) {
            try {
                server.start(InetAddress.getLoopbackAddress(), 0);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            started = true;
        }
        return (S) this;
    }

    /** The base URL clients point at (no trailing slash), starting the server if needed. */
    public String baseUrl() {
        start();
        String url = server.url("/").toString();
        return url.substring(0, url.length() - 1);
    }

    /** An absolute URL on this simulator. */
    public String url(String path) {
        return baseUrl() + path;
    }

    /** The clock jobs progress on. */
    public SimClock clock() {
        return clock;
    }

    /** Moves the simulator's clock forward. */
    public void advance(Duration amount) {
        clock.advance(amount);
    }

    /** "METHOD /path" of every request received, in order. */
    public List<String> requestLog() {
        return List.copyOf(log);
    }

    /** How many requests matched {@code method} and a path starting with {@code pathPrefix}. */
    public long requestCount(String method, String pathPrefix) {
        String prefix = method + " " + pathPrefix;
        return log.stream().filter(line -> line.startsWith(prefix)).count();
    }

    /** Answers the next {@code count} requests whose path starts with {@code pathPrefix} with {@code response}. */
    public void failNext(int count, String pathPrefix, Function<SimRequest, SimResponse> response) {
        for (int i = 0; i < count; i++) {
            faults.add(new Fault(req -> req.path().startsWith(pathPrefix), response, false));
        }
    }

    /** Answers the next {@code count} matching requests with the vendor's own 429 response. */
    public void rateLimitNext(int count, String pathPrefix, Duration retryAfter) {
        failNext(count, pathPrefix, req -> rateLimited(retryAfter));
    }

    /**
     * Processes the next matching request normally, then drops the connection instead of sending the answer:
     * the client cannot know whether the work was done (the case idempotency keys exist for).
     */
    public void dropResponseOfNext(String method, String pathPrefix) {
        faults.add(new Fault(req -> req.method().equals(method) && req.path().startsWith(pathPrefix), null, true));
    }

    /** The vendor's 429 response, with its documented headers and body. */
    protected abstract SimResponse rateLimited(Duration retryAfter);

    /** The response for a request no route matched. */
    protected SimResponse notFound(SimRequest request) {
        return SimResponse.json(404, Map.of("error", "Not found: " + request.method() + " " + request.path()));
    }

    /** Registers a route; {@code {name}} segments become path parameters. */
    protected void route(String method, String pathPattern, Function<SimRequest, SimResponse> handler) {
        routes.add(new Route(method, pathPattern, handler));
    }

    private SimResponse handle(RecordedRequest recorded) {
        String method = recorded.getMethod();
        String path = recorded.getUrl().encodedPath();
        log.add(method + " " + path);
        Map<String, String> query = new LinkedHashMap<>();
        for (String name : recorded.getUrl().queryParameterNames()) {
            query.put(name, recorded.getUrl().queryParameter(name));
        }
        Map<String, String> headers = new LinkedHashMap<>();
        recorded.getHeaders().forEach(pair -> headers.put(pair.getFirst().toLowerCase(Locale.ROOT), pair.getSecond()));
        ByteString body = recorded.getBody();
        byte[] bytes = body == null ? new byte[0] : body.toByteArray();
        for (Route route : routes) {
            Matcher matcher = route.match(method, path);
            if (matcher != null) {
                Map<String, String> params = new LinkedHashMap<>();
                for (int i = 0; i < route.names.size(); i++) {
                    params.put(route.names.get(i), java.net.URLDecoder.decode(matcher.group(i + 1),
                            java.nio.charset.StandardCharsets.UTF_8));
                }
                SimRequest request = new SimRequest(method, path, params, query, headers, bytes);
                return applyFaults(request, route.handler);
            }
        }
        SimRequest request = new SimRequest(method, path, Map.of(), query, headers, bytes);
        return applyFaults(request, this::notFound);
    }

    private SimResponse applyFaults(SimRequest request, Function<SimRequest, SimResponse> handler) {
        for (Fault fault : faults) {
            if (fault.matches.test(request) && faults.remove(fault)) {
                if (fault.dropAfterProcessing) {
                    return handler.apply(request).droppingConnection();
                }
                return fault.response.apply(request);
            }
        }
        try {
            return handler.apply(request);
        } catch (RuntimeException e) {
            return SimResponse.json(500, Map.of("error", "simulator failure: " + e));
        }
    }

    private static MockResponse toMock(SimResponse response) {
        MockResponse.Builder builder = new MockResponse.Builder().code(response.status);
        response.headers.forEach(builder::setHeader);
        builder.body(new okio.Buffer().write(response.body));
        if (response.dropConnection) {
            builder.onResponseStart(SocketEffect.ShutdownConnection.INSTANCE);
        }
        return builder.build();
    }

    /** Stops the server. */
    @Override
    public void close() {
        server.close();
    }

    private static final class Route {
        private static final Pattern PARAM = Pattern.compile("\\{([a-zA-Z0-9_]+)}");
        final String method;
        final Pattern pattern;
        final List<String> names = new ArrayList<>();
        final Function<SimRequest, SimResponse> handler;

        Route(String method, String pathPattern, Function<SimRequest, SimResponse> handler) {
            this.method = method;
            this.handler = handler;
            Matcher m = PARAM.matcher(pathPattern);
            StringBuilder regex = new StringBuilder();
            int last = 0;
            while (m.find()) {
                regex.append(Pattern.quote(pathPattern.substring(last, m.start()))).append("([^/]+)");
                names.add(m.group(1));
                last = m.end();
            }
            regex.append(Pattern.quote(pathPattern.substring(last)));
            this.pattern = Pattern.compile(regex.toString());
        }

        Matcher match(String requestMethod, String path) {
            if (!method.equals(requestMethod)) {
                return null;
            }
            Matcher m = pattern.matcher(path);
            return m.matches() ? m : null;
        }
    }

    private static final class Fault {
        final Predicate<SimRequest> matches;
        final Function<SimRequest, SimResponse> response;
        final boolean dropAfterProcessing;

        Fault(Predicate<SimRequest> matches, Function<SimRequest, SimResponse> response, boolean dropAfterProcessing) {
            this.matches = matches;
            this.response = response;
            this.dropAfterProcessing = dropAfterProcessing;
        }
    }

    /** A counter of ids for simulated resources. */
    protected static final class Ids {
        private final AtomicInteger next = new AtomicInteger(1);
        private final String prefix;

        /** Ids like {@code prefix000001}. */
        public Ids(String prefix) {
            this.prefix = prefix;
        }

        /** The next id. */
        public String next() {
            return String.format("%s%06d", prefix, next.getAndIncrement());
        }
    }
}
