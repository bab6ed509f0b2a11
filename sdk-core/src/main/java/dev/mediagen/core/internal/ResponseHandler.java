package dev.mediagen.core.internal;

/** Turns a successful response into the caller's value; throws a MediaGenException for in-body errors. */
@FunctionalInterface
public interface ResponseHandler<T> {
    /** Reads the value. */
    T handle(HttpResponse response) throws Exception;
}
