package dev.mediagen.benchmarks.server;

import dev.mediagen.benchmarks.fixtures.VendorFixture;
import dev.mediagen.benchmarks.support.Args;
import dev.mediagen.benchmarks.support.ChildJvm;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The per-call benchmarks' server: a raw-socket HTTP/1.1 keep-alive server (a thread per connection) that answers
 * every vendor's job-get and create with canned bytes, so its own cost is as small and as constant as possible.
 * Responses carry the headers the vendor sends (request id; rate-limit headers where the vendor has them).
 */
public final class CannedHttpServer implements AutoCloseable {
    private final ServerSocket socket;
    private final List<Route> routes = new ArrayList<>();
    private final Thread acceptor;
    private volatile boolean running = true;
    private final java.util.concurrent.atomic.AtomicInteger accepted = new java.util.concurrent.atomic.AtomicInteger();

    private record Route(String method, String path, boolean prefix, byte[] response) {
    }

    private CannedHttpServer(int port) throws IOException {
        for (VendorFixture f : VendorFixture.values()) {
            routes.add(new Route("GET", f.basePath() + f.getPrefix(), true, response(f, 200, f.jobJson())));
            routes.add(new Route("POST", f.basePath() + f.createPath(), false, response(f, f.createStatus(), f.createJson())));
        }
        this.socket = new ServerSocket(port, 1024, InetAddress.getLoopbackAddress());
        this.acceptor = new Thread(this::acceptLoop, "canned-acceptor");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** Starts the server on {@code port} (0 = any). */
    public static CannedHttpServer start(int port) throws IOException {
        return new CannedHttpServer(port);
    }

    /** Runs the server in its own JVM (see {@link ChildJvm}). */
    public static void main(String[] argv) throws IOException {
        Args args = Args.parse(argv);
        CannedHttpServer server = start(args.integer("port", 0));
        ChildJvm.announceAndWaitForParent(server.port(), server::close);
    }

    /** Connections accepted so far (a client that reuses connections keeps this small). */
    public int connectionsAccepted() {
        return accepted.get();
    }

    /** The bound port. */
    public int port() {
        return socket.getLocalPort();
    }

    private static byte[] response(VendorFixture f, int status, byte[] body) {
        StringBuilder head = new StringBuilder(256);
        head.append("HTTP/1.1 ").append(status).append(status == 201 ? " Created" : " OK").append("\r\n");
        head.append("Content-Type: application/json; charset=utf-8\r\n");
        head.append("Content-Length: ").append(body.length).append("\r\n");
        head.append("X-Request-Id: req_01HZX3Q8V2K7M4").append("\r\n");
        if (f == VendorFixture.VAP || f == VendorFixture.APEX) {
            head.append("X-RateLimit-Limit: 1000000\r\nX-RateLimit-Remaining: 999999\r\nX-RateLimit-Reset: 4102444800\r\n");
        }
        head.append("\r\n");
        byte[] h = head.toString().getBytes(StandardCharsets.US_ASCII);
        byte[] out = new byte[h.length + body.length];
        System.arraycopy(h, 0, out, 0, h.length);
        System.arraycopy(body, 0, out, h.length, body.length);
        return out;
    }

    private void acceptLoop() {
        while (running) {
            try {
                Socket client = socket.accept();
                accepted.incrementAndGet();
                client.setTcpNoDelay(true);
                Thread t = new Thread(() -> serve(client), "canned-conn");
                t.setDaemon(true);
                t.start();
            } catch (IOException e) {
                if (!running) {
                    return;
                }
            }
        }
    }

    private void serve(Socket client) {
        try (client) {
            InputStream in = new BufferedInputStream(client.getInputStream(), 16 * 1024);
            OutputStream out = client.getOutputStream();
            ByteArrayOutputStream line = new ByteArrayOutputStream(256);
            while (running) {
                String requestLine = readLine(in, line);
                if (requestLine == null) {
                    return;
                }
                if (requestLine.isEmpty()) {
                    continue;
                }
                long contentLength = 0;
                String header;
                while ((header = readLine(in, line)) != null && !header.isEmpty()) {
                    int colon = header.indexOf(':');
                    if (colon > 0 && header.substring(0, colon).trim().toLowerCase(Locale.ROOT).equals("content-length")) {
                        contentLength = Long.parseLong(header.substring(colon + 1).trim());
                    }
                }
                if (header == null) {
                    return;
                }
                in.skipNBytes(contentLength);
                String[] parts = requestLine.split(" ");
                out.write(route(parts[0], parts.length > 1 ? parts[1] : "/"));
                out.flush();
            }
        } catch (IOException | RuntimeException e) {
            // client went away
        }
    }

    private byte[] route(String method, String target) {
        int q = target.indexOf('?');
        String path = q < 0 ? target : target.substring(0, q);
        for (Route r : routes) {
            if (r.method.equals(method) && (r.prefix ? path.startsWith(r.path) : path.equals(r.path))) {
                return r.response;
            }
        }
        return ("HTTP/1.1 404 Not Found\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}")
                .getBytes(StandardCharsets.US_ASCII);
    }

    private static String readLine(InputStream in, ByteArrayOutputStream buffer) throws IOException {
        buffer.reset();
        int c;
        while ((c = in.read()) >= 0) {
            if (c == '\n') {
                int size = buffer.size();
                String s = buffer.toString(StandardCharsets.US_ASCII);
                return size > 0 && s.charAt(size - 1) == '\r' ? s.substring(0, size - 1) : s;
            }
            buffer.write(c);
        }
        return buffer.size() == 0 ? null : buffer.toString(StandardCharsets.US_ASCII);
    }

    @Override
    public void close() {
        running = false;
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing
        }
    }
}
