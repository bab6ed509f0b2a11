package dev.mediagen.core;

/** The request could not be completed on the network: connect failure, reset, or timeout. */
public class ConnectionException extends MediaGenException {
    private static final long serialVersionUID = 1L;

    private final boolean timeout;
    private final boolean requestSent;

    /** Creates the exception. {@code requestSent} is false when the vendor provably never received the request. */
    public ConnectionException(String message, Throwable cause, boolean timeout, boolean requestSent) {
        super(message, ErrorDetails.none(), cause);
        this.timeout = timeout;
        this.requestSent = requestSent;
    }

    /** Whether a timeout ended the call. */
    public boolean isTimeout() {
        return timeout;
    }

    /** False when the request provably never reached the vendor (e.g. connection refused), so resending cannot duplicate work. */
    public boolean isRequestSent() {
        return requestSent;
    }
}
