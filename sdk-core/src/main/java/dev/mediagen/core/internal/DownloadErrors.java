package dev.mediagen.core.internal;

import dev.mediagen.core.ApiException;
import dev.mediagen.core.ConnectionException;
import dev.mediagen.core.ErrorDetails;
import dev.mediagen.core.Headers;
import dev.mediagen.core.MediaGenException;
import dev.mediagen.core.NotFoundException;
import dev.mediagen.core.ServerException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;

/** Turns download failures into the SDK's exceptions; every message carries the redacted URL only. */
final class DownloadErrors {
    private DownloadErrors() {
    }

    /** A non-2xx response: 404 is {@link NotFoundException}, 5xx {@link ServerException}, anything else {@link ApiException}. */
    static ApiException forStatus(int status, Headers headers, String safeUrl) {
        String message = "Download of " + safeUrl + " failed with HTTP " + status;
        ErrorDetails details = ErrorDetails.builder().statusCode(status).headers(headers).build();
        if (status == 404) {
            return new NotFoundException(message, details, null);
        }
        if (status >= 500 && status <= 599) {
            return new ServerException(message, details, null);
        }
        return new ApiException(message, details, null);
    }

    /** A network failure before or during the body. */
    static ConnectionException network(IOException e, String safeUrl, boolean requestSent) {
        boolean timeout = e instanceof SocketTimeoutException
                || (e instanceof InterruptedIOException && "timeout".equals(e.getMessage()));
        String what = timeout ? "timed out" : "failed: " + e.getClass().getSimpleName();
        return new ConnectionException("Download of " + safeUrl + " " + what, e, timeout, requestSent);
    }

    /** A network failure that happened before any response. */
    static ConnectionException beforeResponse(IOException e, String safeUrl) {
        boolean neverSent = e instanceof ConnectException || e instanceof UnknownHostException;
        return network(e, safeUrl, !neverSent);
    }

    /** A failure writing to the local destination (disk full, permissions, the caller's stream). */
    static MediaGenException localWrite(IOException e, String safeUrl, String destination) {
        return new MediaGenException("Could not write the download of " + safeUrl + " to " + destination + ": " + e, e);
    }
}
