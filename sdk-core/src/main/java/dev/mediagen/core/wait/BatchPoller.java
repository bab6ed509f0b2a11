package dev.mediagen.core.wait;

import java.util.Collection;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** Fetches many jobs with one request (a vendor's list endpoint). */
@FunctionalInterface
public interface BatchPoller<J> {
    /** The jobs found, by id; ids the listing did not return are simply absent. */
    CompletableFuture<Map<String, J>> pollMany(Collection<String> jobIds);
}
