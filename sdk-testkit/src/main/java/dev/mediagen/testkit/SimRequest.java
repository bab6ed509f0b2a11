package dev.mediagen.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.Map;
import java.util.Optional;

/** A request as a simulator route sees it: method, path, path parameters, query, headers and body. */
public final class SimRequest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final String method;
    private final String path;
    private final Map<String, String> pathParams;
    private final Map<String, String> query;
    private final Map<String, String> headers;
    private final byte[] body;
    private JsonNode json;

    SimRequest(String method, String path, Map<String, String> pathParams, Map<String, String> query,
               Map<String, String> headers, byte[] body) {
        this.method = method;
        this.path = path;
        this.pathParams = pathParams;
        this.query = query;
        this.headers = headers;
        this.body = body;
    }

    /** The HTTP method. */
    public String method() {
        return method;
    }

    /** The path, without query. */
    public String path() {
        return path;
    }

    /** A path parameter declared as {@code {name}} in the route. */
    public String pathParam(String name) {
        return pathParams.get(name);
    }

    /** A query parameter. */
    public Optional<String> query(String name) {
        return Optional.ofNullable(query.get(name));
    }

    /** A header (names compared case-insensitively). */
    public Optional<String> header(String name) {
        return Optional.ofNullable(headers.get(name.toLowerCase(java.util.Locale.ROOT)));
    }

    /** The bearer token of the Authorization header. */
    public Optional<String> bearerToken() {
        return header("authorization").filter(v -> v.regionMatches(true, 0, "Bearer ", 0, 7))
                .map(v -> v.substring(7).trim());
    }

    /** The raw body. */
    public byte[] body() {
        return body.clone();
    }

    /** The body size in bytes. */
    public int bodySize() {
        return body.length;
    }

    /** The body as text. */
    public String bodyText() {
        return new String(body, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Whether the body is a JSON object. */
    public boolean hasJsonObject() {
        return jsonNode().isObject();
    }

    /** The body parsed as JSON (a missing node when it is not JSON). */
    JsonNode jsonNode() {
        if (json == null) {
            try {
                json = body.length == 0 ? MissingNode.getInstance() : MAPPER.readTree(body);
                if (json == null) {
                    json = MissingNode.getInstance();
                }
            } catch (java.io.IOException e) {
                json = MissingNode.getInstance();
            }
        }
        return json;
    }
}
