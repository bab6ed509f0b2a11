package dev.mediagen.benchmarks.rate;

import dev.mediagen.core.time.Scheduler;
import dev.mediagen.core.time.VirtualScheduler;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.PriorityQueue;
import java.util.function.BooleanSupplier;

/**
 * Virtual time against a real (loopback) server: the clock jumps to the next scheduled task only when nothing is
 * happening for real — every submission is either finished or waiting for a scheduled task — so the server, which
 * reads the same clock, sees each request at the virtual instant it was sent. 400 s of pacing run in a second.
 */
final class QuiescentVirtualTime implements Scheduler {
    private final VirtualScheduler virtual;
    private final PriorityQueue<Tracked> due = new PriorityQueue<>();
    private long sequence;

    QuiescentVirtualTime(Instant start) {
        this.virtual = VirtualScheduler.manual(start);
    }

    @Override
    public Clock clock() {
        return virtual.clock();
    }

    @Override
    public Cancellable schedule(Runnable task, Duration delay) {
        Tracked tracked;
        synchronized (due) {
            tracked = new Tracked(virtual.now().plus(delay.isNegative() ? Duration.ZERO : delay), sequence++);
            due.add(tracked);
        }
        Cancellable inner = virtual.schedule(() -> {
            forget(tracked);
            task.run();
        }, delay);
        return () -> {
            forget(tracked);
            inner.cancel();
        };
    }

    /** Tasks waiting on the virtual clock. */
    int pending() {
        synchronized (due) {
            return due.size();
        }
    }

    /**
     * Runs until {@code finished} holds: whenever {@code quiescent} holds, moves the clock to the next due task and
     * runs it. Fails after {@code realTimeout} of real time.
     */
    void drive(BooleanSupplier quiescent, BooleanSupplier finished, Duration realTimeout) throws InterruptedException {
        long deadline = System.nanoTime() + realTimeout.toNanos();
        while (!finished.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("virtual-time run did not finish within " + realTimeout);
            }
            if (!quiescent.getAsBoolean()) {
                Thread.sleep(0, 200_000);
                continue;
            }
            Instant next;
            synchronized (due) {
                Tracked head = due.peek();
                next = head == null ? null : head.due;
            }
            if (next == null) {
                Thread.sleep(1);
                continue;
            }
            Duration step = Duration.between(virtual.now(), next);
            virtual.advance(step.isNegative() ? Duration.ZERO : step);
        }
    }

    private void forget(Tracked tracked) {
        synchronized (due) {
            due.remove(tracked);
        }
    }

    private static final class Tracked implements Comparable<Tracked> {
        final Instant due;
        final long sequence;

        Tracked(Instant due, long sequence) {
            this.due = due;
            this.sequence = sequence;
        }

        @Override
        public int compareTo(Tracked o) {
            int c = due.compareTo(o.due);
            return c != 0 ? c : Long.compare(sequence, o.sequence);
        }
    }
}
