package dev.mediagen.videogen;

import dev.mediagen.core.time.VirtualScheduler;
import dev.mediagen.testkit.SimClock;
import dev.mediagen.testkit.VideoGenSimulator;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** A client and a simulator sharing one virtual clock, for scenario tests that never sleep. */
final class SimulatedVideoGen implements AutoCloseable {
    static final Instant START = Instant.parse("2026-07-01T09:00:00Z");

    final VirtualScheduler scheduler;
    final VideoGenSimulator simulator;
    final VideoGenClient client;

    private SimulatedVideoGen(VirtualScheduler scheduler) {
        this.scheduler = scheduler;
        this.simulator = new VideoGenSimulator(SimClock.following(scheduler.clock())).start();
        this.client = VideoGenClient.builder().apiKey(VideoGenSimulator.API_KEY).baseUrl(simulator.baseUrl())
                .scheduler(scheduler).callbackExecutor(Runnable::run).build();
    }

    /** Time jumps to each scheduled task as soon as it is the earliest: a ten-minute wait takes milliseconds. */
    static SimulatedVideoGen automatic() {
        return new SimulatedVideoGen(VirtualScheduler.automatic(START));
    }

    /** Time moves only when the test advances it. */
    static SimulatedVideoGen manual() {
        return new SimulatedVideoGen(VirtualScheduler.manual(START));
    }

    /** Lets {@code amount} of virtual time pass (on an automatic scheduler) and returns once it has. */
    void passTime(Duration amount) throws Exception {
        CompletableFuture<Void> passed = new CompletableFuture<>();
        scheduler.schedule(() -> passed.complete(null), amount);
        passed.get(5, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        client.close();
        simulator.close();
        scheduler.close();
    }
}
