package dev.mediagen.testkit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** A simulator's answer: status, headers and body; or a dropped connection. */
public final class SimResponse {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    final int status;
    final Map<String, String> headers = new LinkedHashMap<>();
    final byte[] body;
    boolean dropConnection;

    private SimResponse(int status, byte[] body, String contentType) {
        this.status = status;
        this.body = body;
        if (contentType != null) {
            headers.put("Content-Type", contentType);
        }
    }

    /** A JSON response of any object Jackson can write (maps, lists, records of plain values). */
    public static SimResponse json(int status, Object body) {
        try {
            return new SimResponse(status, MAPPER.writeValueAsBytes(body), "application/json");
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write simulator body", e);
        }
    }

    /** A response with raw bytes and a content type. */
    public static SimResponse bytes(int status, byte[] body, String contentType) {
        return new SimResponse(status, body, contentType);
    }

    /** A plain-text (or HTML) response. */
    public static SimResponse text(int status, String body, String contentType) {
        return new SimResponse(status, body.getBytes(StandardCharsets.UTF_8), contentType);
    }

    /** An empty response. */
    public static SimResponse empty(int status) {
        return new SimResponse(status, new byte[0], null);
    }

    /** Adds a header. */
    public SimResponse header(String name, Object value) {
        headers.put(name, String.valueOf(value));
        return this;
    }

    /** Processes the request but closes the connection instead of answering (a lost response). */
    public SimResponse droppingConnection() {
        this.dropConnection = true;
        return this;
    }

    /** The status. */
    public int status() {
        return status;
    }
}
