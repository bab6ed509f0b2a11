package dev.mediagen.core;

import dev.mediagen.core.download.Downloader;
import dev.mediagen.core.internal.ApiRuntime;
import java.util.Objects;

/** The base of every vendor client: it owns the runtime (threads, pools, scheduler) and the downloader. */
public abstract class VendorClient implements AutoCloseable {
    private final ApiRuntime runtime;

    /** Creates a client over its runtime. */
    protected VendorClient(ApiRuntime runtime) {
        this.runtime = Objects.requireNonNull(runtime, "runtime");
    }

    /** The runtime the vendor's services send through. */
    protected final ApiRuntime runtime() {
        return runtime;
    }

    /** Streams result files to disk or a stream on separate connections; no API credentials are sent. */
    public Downloader downloads() {
        return runtime.downloader();
    }

    /** Stops the threads and connection pools this client owns (a user-supplied scheduler or executor keeps running). */
    @Override
    public void close() {
        runtime.close();
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "{baseUrl=" + runtime.options().baseUrl() + "}";
    }
}
