package dev.mediagen.core.internal;

import dev.mediagen.core.Headers;
import java.nio.charset.StandardCharsets;

/** One HTTP response as the runtime hands it to a vendor's body handler: status, headers, bytes. */
public final class HttpResponse {
    private final int statusCode;
    private final Headers headers;
    private final byte[] body;

    /** Creates a response. */
    public HttpResponse(int statusCode, Headers headers, byte[] body) {
        this.statusCode = statusCode;
        this.headers = headers;
        this.body = body == null ? new byte[0] : body;
    }

    /** The HTTP status. */
    public int statusCode() {
        return statusCode;
    }

    /** The headers. */
    public Headers headers() {
        return headers;
    }

    /** The body bytes (never null). */
    public byte[] body() {
        return body;
    }

    /** The body as UTF-8 text. */
    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** Whether the status is 2xx. */
    public boolean isSuccessful() {
        return statusCode >= 200 && statusCode < 300;
    }
}
