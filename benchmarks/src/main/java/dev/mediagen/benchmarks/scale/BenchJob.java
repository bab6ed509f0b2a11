package dev.mediagen.benchmarks.scale;

/** The job server's model as the SDK side reads it (bound through fields by the SDK's snake_case mapper). */
public final class BenchJob {
    private String id;
    private String status;
    private long doneAt;

    /** For Jackson. */
    BenchJob() {
    }

    /** The job's id. */
    public String id() {
        return id;
    }

    /** running or succeeded. */
    public String status() {
        return status;
    }

    /** When the server marks it done (epoch millis), 0 while unknown. */
    public long doneAt() {
        return doneAt;
    }
}
