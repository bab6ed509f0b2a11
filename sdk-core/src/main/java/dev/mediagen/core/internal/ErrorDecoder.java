package dev.mediagen.core.internal;

/** A vendor's reading of its error bodies. Must never throw: an unreadable body yields {@link VendorError#EMPTY}. */
@FunctionalInterface
public interface ErrorDecoder {
    /** Decodes the error body of a non-2xx response. */
    VendorError decode(HttpResponse response);
}
