package dev.mediagen.core.internal;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/** Names threads after the client that owns them and makes them daemons, so a CLI exits promptly. */
public final class DaemonThreads {
    private DaemonThreads() {
    }

    /** A factory of daemon threads named {@code prefix-N}. */
    public static ThreadFactory named(String prefix) {
        AtomicInteger counter = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + "-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
