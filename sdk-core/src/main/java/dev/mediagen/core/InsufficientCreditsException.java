package dev.mediagen.core;

import java.math.BigDecimal;
import java.util.Optional;

/** The account lacks the balance or credits for this work (HTTP 402 or a vendor credits code). Never retried. */
public class InsufficientCreditsException extends ApiException {
    private static final long serialVersionUID = 1L;

    private final BigDecimal required;
    private final BigDecimal available;

    /** Creates the exception; {@code required} and {@code available} may be null when the vendor did not say. */
    public InsufficientCreditsException(String message, ErrorDetails details, Throwable cause,
                                        BigDecimal required, BigDecimal available) {
        super(message, details, cause);
        this.required = required;
        this.available = available;
    }

    /** Creates the exception without amounts. */
    public InsufficientCreditsException(String message, ErrorDetails details, Throwable cause) {
        this(message, details, cause, null, null);
    }

    /** The credits or money the work needs, when the vendor said. */
    public Optional<BigDecimal> required() {
        return Optional.ofNullable(required);
    }

    /** The credits or money available, when the vendor said. */
    public Optional<BigDecimal> available() {
        return Optional.ofNullable(available);
    }
}
