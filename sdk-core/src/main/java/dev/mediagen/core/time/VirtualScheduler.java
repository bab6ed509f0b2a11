package dev.mediagen.core.time;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A {@link Scheduler} on virtual time, for tests: nothing sleeps for real.
 *
 * <p>In manual mode time moves only when the test calls {@link #advance(Duration)}. In automatic mode
 * ({@link #automatic(Instant)}) a daemon thread runs each task as soon as it is the earliest one queued,
 * jumping the clock to its due time, so a wait for a job that takes ten virtual minutes ends in milliseconds;
 * it never jumps while work registered with {@link #beginWork()} (an HTTP exchange of a client on this scheduler)
 * is open.
 * Every delay ever requested is recorded for assertions ({@link #requestedDelays()}).
 */
public final class VirtualScheduler implements Scheduler, AutoCloseable {
    private static final long MAX_IDLE_WAIT_NANOS = java.util.concurrent.TimeUnit.SECONDS.toNanos(5);
    private final Object lock = new Object();
    private final PriorityQueue<Entry> queue = new PriorityQueue<>();
    private final List<Duration> requestedDelays = new ArrayList<>();
    private final AtomicLong sequence = new AtomicLong();
    private final VirtualClock clock;
    private final Thread runner;
    private volatile boolean closed;
    private int openWork;

    private VirtualScheduler(Instant start, boolean automatic) {
        this.clock = new VirtualClock(start);
        if (automatic) {
            runner = new Thread(this::runAutomatically, "mediagen-virtual-scheduler");
            runner.setDaemon(true);
            runner.start();
        } else {
            runner = null;
        }
    }

    /** A scheduler whose time moves only through {@link #advance(Duration)}. */
    public static VirtualScheduler manual(Instant start) {
        return new VirtualScheduler(start, false);
    }

    /** A scheduler that runs every task as soon as it is the earliest queued, jumping the clock forward. */
    public static VirtualScheduler automatic(Instant start) {
        return new VirtualScheduler(start, true);
    }

    @Override
    public Clock clock() {
        return clock;
    }

    /** The current virtual instant. */
    public Instant now() {
        return clock.instant();
    }

    @Override
    public Cancellable schedule(Runnable task, Duration delay) {
        Duration safeDelay = delay.isNegative() ? Duration.ZERO : delay;
        synchronized (lock) {
            requestedDelays.add(safeDelay);
            Entry entry = new Entry(clock.instant().plus(safeDelay), sequence.getAndIncrement(), task);
            queue.add(entry);
            lock.notifyAll();
            return () -> {
                synchronized (lock) {
                    queue.remove(entry);
                }
            };
        }
    }

    @Override
    public Work beginWork() {
        synchronized (lock) {
            openWork++;
        }
        java.util.concurrent.atomic.AtomicBoolean ended = new java.util.concurrent.atomic.AtomicBoolean();
        return () -> {
            if (ended.compareAndSet(false, true)) {
                synchronized (lock) {
                    openWork--;
                    lock.notifyAll();
                }
            }
        };
    }

    /** Moves time forward by {@code amount}, running every task that falls due, in order, on the calling thread. */
    public void advance(Duration amount) {
        Instant target = clock.instant().plus(amount);
        while (true) {
            Entry next;
            synchronized (lock) {
                next = queue.peek();
                if (next == null || next.due.isAfter(target)) {
                    break;
                }
                queue.poll();
                if (next.due.isAfter(clock.instant())) {
                    clock.set(next.due);
                }
            }
            next.task.run();
        }
        synchronized (lock) {
            if (target.isAfter(clock.instant())) {
                clock.set(target);
            }
        }
    }

    /** Every delay requested so far, in order. */
    public List<Duration> requestedDelays() {
        synchronized (lock) {
            return List.copyOf(requestedDelays);
        }
    }

    /** The number of tasks waiting to run. */
    public int pendingTasks() {
        synchronized (lock) {
            return queue.size();
        }
    }

    private void runAutomatically() {
        while (!closed) {
            Entry next;
            synchronized (lock) {
                while (queue.isEmpty() && !closed) {
                    try {
                        lock.wait();
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                if (closed) {
                    return;
                }
                // Time may only jump when no work is open; a task already due may still run. A bounded real
                // wait keeps a lost handle from freezing virtual time for good.
                long deadline = System.nanoTime() + MAX_IDLE_WAIT_NANOS;
                while (openWork > 0 && queue.peek().due.isAfter(clock.instant()) && !closed) {
                    long left = deadline - System.nanoTime();
                    if (left <= 0) {
                        break;
                    }
                    try {
                        lock.wait(Math.max(1, left / 1_000_000));
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                if (closed) {
                    return;
                }
                next = queue.poll();
                if (next.due.isAfter(clock.instant())) {
                    clock.set(next.due);
                }
            }
            try {
                next.task.run();
            } catch (RuntimeException e) {
                // A failing task must not stop virtual time for everyone else.
            }
        }
    }

    /** Stops the automatic runner. */
    @Override
    public void close() {
        closed = true;
        synchronized (lock) {
            lock.notifyAll();
        }
        if (runner != null) {
            runner.interrupt();
        }
    }

    private static final class Entry implements Comparable<Entry> {
        final Instant due;
        final long sequence;
        final Runnable task;

        Entry(Instant due, long sequence, Runnable task) {
            this.due = due;
            this.sequence = sequence;
            this.task = task;
        }

        @Override
        public int compareTo(Entry other) {
            int byTime = due.compareTo(other.due);
            return byTime != 0 ? byTime : Long.compare(sequence, other.sequence);
        }
    }

    /** A clock that only moves when the scheduler moves it. Also usable on its own by simulators. */
    public static final class VirtualClock extends Clock {
        private volatile Instant now;

        VirtualClock(Instant start) {
            this.now = start;
        }

        void set(Instant instant) {
            this.now = instant;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.fixed(now, zone);
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
