package dev.mediagen.benchmarks.scale;

/** One way of waiting for many jobs: the SDK's JobWaiter, or the thread-per-job loop users write today. */
interface WaitDriver extends AutoCloseable {

    /** Receives the end of one wait. */
    interface Sink {
        /** A wait ended: the job as last seen (status, done_at) or the error. */
        void completed(int index, String id, String status, long doneAt, Throwable error);
    }

    /** A short label for tables. */
    String label();

    /** Thread-name prefixes of the threads this design owns. */
    String[] threadPrefixes();

    /** Submits {@code n} jobs to the server (gate closed) and returns their ids. */
    String[] create(int n) throws Exception;

    /**
     * Starts waiting for every job; ends of waits are reported to {@code sink}. Returns how many waits were
     * actually started (fewer than {@code ids.length} only when the design ran out of a resource).
     */
    int startWaits(String[] ids, Sink sink);

    /** Why fewer waits were started, or null. */
    default String startFailure() {
        return null;
    }

    /** Whether no status request is in flight or queued right now (so a heap measurement sees waits only). */
    boolean quiet();

    @Override
    void close();
}
