package dev.mediagen.testkit;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How a simulated job moves through its vendor's statuses over time: a list of timed phases followed by a
 * terminal status. {@code Progression.start(t0).then("queued", 2s).then("processing", 10s).end("completed")}.
 */
public final class Progression {
    private final Instant start;
    private final List<String> phases;
    private final List<Duration> lengths;
    private final String terminal;

    private Progression(Instant start, List<String> phases, List<Duration> lengths, String terminal) {
        this.start = start;
        this.phases = List.copyOf(phases);
        this.lengths = List.copyOf(lengths);
        this.terminal = terminal;
    }

    /** Begins a progression at {@code start}. */
    public static Builder start(Instant start) {
        return new Builder(start);
    }

    /** The status at {@code now}. */
    public String statusAt(Instant now) {
        Duration elapsed = Duration.between(start, now);
        for (int i = 0; i < phases.size(); i++) {
            if (elapsed.compareTo(lengths.get(i)) < 0) {
                return phases.get(i);
            }
            elapsed = elapsed.minus(lengths.get(i));
        }
        return terminal;
    }

    /** Whether the terminal status has been reached at {@code now}. */
    public boolean isFinished(Instant now) {
        return !now.isBefore(finishedAt());
    }

    /** When the terminal status is reached. */
    public Instant finishedAt() {
        Instant at = start;
        for (Duration length : lengths) {
            at = at.plus(length);
        }
        return at;
    }

    /** Progress in percent at {@code now}: linear over the whole progression, 100 at the end. */
    public int percentAt(Instant now) {
        long total = Duration.between(start, finishedAt()).toMillis();
        if (total <= 0) {
            return 100;
        }
        long elapsed = Math.max(0, Duration.between(start, now).toMillis());
        return (int) Math.min(100, elapsed * 100 / total);
    }

    /** The terminal status. */
    public String terminal() {
        return terminal;
    }

    /** When the job started. */
    public Instant startedAt() {
        return start;
    }

    /** Builds a {@link Progression}. */
    public static final class Builder {
        private final Instant start;
        private final List<String> phases = new ArrayList<>();
        private final List<Duration> lengths = new ArrayList<>();

        private Builder(Instant start) {
            this.start = Objects.requireNonNull(start);
        }

        /** Adds a phase with its length. */
        public Builder then(String status, Duration length) {
            phases.add(status);
            lengths.add(length);
            return this;
        }

        /** Ends with the terminal status. */
        public Progression end(String terminal) {
            return new Progression(start, phases, lengths, terminal);
        }
    }
}
