package dev.mediagen.core.wait;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mediagen.core.ConnectionException;
import dev.mediagen.core.Futures;
import dev.mediagen.core.JobFailedException;
import dev.mediagen.core.NotFoundException;
import dev.mediagen.core.WaitTimeoutException;
import dev.mediagen.core.time.VirtualScheduler;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class JobWaiterTest {
    private static final Instant T0 = Instant.parse("2026-03-01T00:00:00Z");
    private static final Executor DIRECT = Runnable::run;

    /** A fake vendor job: status, progress, and the instant it becomes done. */
    static final class FakeJob {
        final String id;
        final String status;
        final double progress;

        FakeJob(String id, String status, double progress) {
            this.id = id;
            this.status = status;
            this.progress = progress;
        }
    }

    static final JobClassifier<FakeJob> CLASSIFIER = new JobClassifier<>() {
        @Override
        public JobState state(FakeJob job) {
            switch (job.status) {
                case "done":
                    return JobState.SUCCEEDED;
                case "failed":
                    return JobState.FAILED;
                case "cancelled":
                    return JobState.CANCELLED;
                default:
                    return JobState.PENDING;
            }
        }

        @Override
        public String status(FakeJob job) {
            return job.status;
        }

        @Override
        public OptionalDouble progress(FakeJob job) {
            return job.progress < 0 ? OptionalDouble.empty() : OptionalDouble.of(job.progress);
        }

        @Override
        public Optional<String> failureMessage(FakeJob job) {
            return Optional.of("model crashed");
        }

        @Override
        public Optional<String> failureCode(FakeJob job) {
            return Optional.of("E_MODEL");
        }
    };

    /** A server whose jobs run for a fixed virtual time; counts polls. */
    final class FakeServer implements JobPoller<FakeJob> {
        final Map<String, Instant> doneAt = new ConcurrentHashMap<>();
        final Map<String, String> terminal = new ConcurrentHashMap<>();
        final AtomicInteger polls = new AtomicInteger();
        Duration hint;

        void submit(String id, Duration runtime, String endStatus) {
            doneAt.put(id, scheduler.now().plus(runtime));
            terminal.put(id, endStatus);
        }

        @Override
        public CompletableFuture<JobSnapshot<FakeJob>> poll(String id) {
            polls.incrementAndGet();
            Instant done = doneAt.get(id);
            if (done == null) {
                return CompletableFuture.failedFuture(new NotFoundException("no job " + id));
            }
            FakeJob job = scheduler.now().isBefore(done)
                    ? new FakeJob(id, "running", 50)
                    : new FakeJob(id, terminal.get(id), 100);
            return CompletableFuture.completedFuture(JobSnapshot.of(job, hint));
        }
    }

    private final VirtualScheduler scheduler = VirtualScheduler.manual(T0);
    private final JobWaiter waiter = new JobWaiter(scheduler, DIRECT);
    private final FakeServer server = new FakeServer();
    private final List<String> cancelledAtVendor = new CopyOnWriteArrayList<>();
    private final JobType<FakeJob> type = JobType.cancellable("fake", server, CLASSIFIER,
            id -> {
                cancelledAtVendor.add(id);
                return CompletableFuture.completedFuture(null);
            },
            PollStrategy.backoff(Duration.ofSeconds(1), 2.0, Duration.ofSeconds(8)));

    @AfterEach
    void tearDown() {
        scheduler.close();
    }

    @Test
    void completesWithTheJobOnceItSucceedsPollingWithBackoff() {
        server.submit("j1", Duration.ofSeconds(20), "done");

        JobFuture<FakeJob> future = waiter.await(type, "j1", null, WaitOptions.defaults());
        scheduler.advance(Duration.ofSeconds(60));

        assertThat(future).isCompleted();
        assertThat(future.join().status).isEqualTo("done");
        assertThat(future.jobId()).isEqualTo("j1");
        assertThat(scheduler.requestedDelays()).startsWith(Duration.ofSeconds(1), Duration.ofSeconds(2),
                Duration.ofSeconds(4), Duration.ofSeconds(8), Duration.ofSeconds(8));
        assertThat(waiter.pendingCount()).isZero();
        assertThat(scheduler.pendingTasks()).isZero();
    }

    @Test
    void aServerHintWinsOverTheStrategy() {
        server.hint = Duration.ofSeconds(5);
        server.submit("j1", Duration.ofSeconds(12), "done");

        JobFuture<FakeJob> future = waiter.await(type, "j1", null, WaitOptions.defaults());
        scheduler.advance(Duration.ofSeconds(30));

        assertThat(future).isCompleted();
        assertThat(scheduler.requestedDelays()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(5),
                Duration.ofSeconds(5), Duration.ofSeconds(5));
    }

    @Test
    void aFailedJobEndsInJobFailedExceptionCarryingTheJob() {
        server.submit("j1", Duration.ofSeconds(3), "failed");

        JobFuture<FakeJob> future = waiter.await(type, "j1", null, WaitOptions.defaults());
        scheduler.advance(Duration.ofSeconds(10));

        assertThatThrownBy(() -> Futures.join(future)).isInstanceOfSatisfying(JobFailedException.class, e -> {
            assertThat(e.jobId()).isEqualTo("j1");
            assertThat(e.job(FakeJob.class).status).isEqualTo("failed");
            assertThat(e.errorCode()).hasValue("E_MODEL");
            assertThat(e.getMessage()).contains("model crashed");
        });
    }

    @Test
    void theDeadlineEndsTheWaitWithTheLastSeenJobAndNoPollAfterIt() {
        server.submit("j1", Duration.ofHours(1), "done");

        JobFuture<FakeJob> future = waiter.await(type, "j1", null,
                WaitOptions.builder().timeout(Duration.ofSeconds(30)).build());
        scheduler.advance(Duration.ofMinutes(5));

        assertThatThrownBy(() -> Futures.join(future)).isInstanceOfSatisfying(WaitTimeoutException.class, e -> {
            assertThat(e.jobId()).isEqualTo("j1");
            assertThat(e.lastSeen()).isPresent();
        });
        assertThat(scheduler.now()).isEqualTo(T0.plus(Duration.ofMinutes(5)));
        assertThat(scheduler.requestedDelays().stream().reduce(Duration.ZERO, Duration::plus))
                .isEqualTo(Duration.ofSeconds(30));
        assertThat(waiter.pendingCount()).isZero();
    }

    @Test
    void listenersSeeStatusChangesAndProgressInOrder() {
        List<String> updates = new ArrayList<>();
        server.submit("j1", Duration.ofSeconds(3), "done");

        JobFuture<FakeJob> future = waiter.await(type, "j1", new FakeJob("j1", "queued", -1),
                WaitOptions.builder().listener(u -> updates.add(u.previousStatus() + ">" + u.status() + ":"
                        + (u.progress().isPresent() ? (int) u.progress().getAsDouble() : "-"))).build());
        scheduler.advance(Duration.ofSeconds(10));

        assertThat(future).isCompleted();
        assertThat(updates).containsExactly("null>queued:-", "queued>running:50", "running>done:100");
    }

    @Test
    void cancellingStopsPollingAndCancelsTheJobAtTheVendor() {
        server.submit("j1", Duration.ofHours(1), "done");
        JobFuture<FakeJob> future = waiter.await(type, "j1", null, WaitOptions.defaults());
        scheduler.advance(Duration.ofSeconds(3));
        int pollsBefore = server.polls.get();

        assertThat(future.cancel(true)).isTrue();
        scheduler.advance(Duration.ofMinutes(10));

        assertThat(future).isCancelled();
        assertThat(server.polls.get()).isEqualTo(pollsBefore);
        assertThat(cancelledAtVendor).containsExactly("j1");
        assertThat(waiter.pendingCount()).isZero();
        assertThat(scheduler.pendingTasks()).isZero();
    }

    @Test
    void cancellingCanLeaveTheVendorJobRunning() {
        server.submit("j1", Duration.ofHours(1), "done");
        JobFuture<FakeJob> future = waiter.await(type, "j1", null,
                WaitOptions.builder().cancelJobOnCancel(false).build());

        future.cancel(true);

        assertThat(cancelledAtVendor).isEmpty();
    }

    @Test
    void aDeliveryCompletesTheWaitBeforeTheNextPollAndOnlyOnce() {
        server.submit("j1", Duration.ofHours(1), "done");
        JobFuture<FakeJob> future = waiter.await(type, "j1", null, WaitOptions.defaults());
        scheduler.advance(Duration.ofSeconds(1));
        int polls = server.polls.get();

        assertThat(waiter.deliver(type, "j1", new FakeJob("j1", "done", 100))).isTrue();
        assertThat(waiter.deliver(type, "j1", new FakeJob("j1", "failed", 100))).isFalse();
        scheduler.advance(Duration.ofMinutes(1));

        assertThat(future.join().status).isEqualTo("done");
        assertThat(server.polls.get()).isEqualTo(polls);
    }

    @Test
    void pollNowFetchesImmediately() {
        server.submit("j1", Duration.ofSeconds(2), "done");
        JobFuture<FakeJob> future = waiter.await(type, "j1", null,
                WaitOptions.builder().pollStrategy(PollStrategy.fixed(Duration.ofMinutes(5))).build());
        scheduler.advance(Duration.ofSeconds(3));
        assertThat(future).isNotDone();

        assertThat(waiter.pollNow(type, "j1")).isTrue();

        assertThat(future).isCompleted();
    }

    @Test
    void transientPollFailuresAreRetriedAndPermanentOnesEndTheWait() {
        AtomicInteger calls = new AtomicInteger();
        JobPoller<FakeJob> flaky = id -> calls.incrementAndGet() <= 2
                ? CompletableFuture.failedFuture(new ConnectionException("reset", null, false, true))
                : CompletableFuture.completedFuture(JobSnapshot.of(new FakeJob(id, "done", 100)));
        JobFuture<FakeJob> recovered = waiter.await(JobType.of("flaky", flaky, CLASSIFIER, PollStrategy.defaults()),
                "j1", null, WaitOptions.defaults());
        scheduler.advance(Duration.ofMinutes(1));
        assertThat(recovered.join().status).isEqualTo("done");

        JobFuture<FakeJob> missing = waiter.await(type, "nope", null, WaitOptions.defaults());
        scheduler.advance(Duration.ofMinutes(1));
        assertThatThrownBy(() -> Futures.join(missing)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void persistentTransientFailuresEventuallyFailTheWaitInsteadOfDroppingIt() {
        JobPoller<FakeJob> down = id -> CompletableFuture.failedFuture(new ConnectionException("down", null, false, false));
        JobFuture<FakeJob> future = waiter.await(JobType.of("down", down, CLASSIFIER, PollStrategy.defaults()), "j1",
                null, WaitOptions.defaults());
        scheduler.advance(Duration.ofMinutes(5));

        assertThatThrownBy(() -> Futures.join(future)).isInstanceOf(ConnectionException.class);
        assertThat(waiter.pendingCount()).isZero();
    }

    @Test
    void anInitialTerminalJobCompletesWithoutPolling() {
        JobFuture<FakeJob> future = waiter.await(type, "j1", new FakeJob("j1", "done", 100), WaitOptions.defaults());

        assertThat(future).isCompleted();
        assertThat(server.polls.get()).isZero();
    }

    @Test
    void tenThousandWaitsShareTheSchedulerWithoutAThreadPerJob() throws Exception {
        VirtualScheduler auto = VirtualScheduler.automatic(T0);
        try {
            int threadsBefore = Thread.activeCount();
            JobWaiter shared = new JobWaiter(auto, DIRECT);
            Map<String, Integer> pollsLeft = new ConcurrentHashMap<>();
            JobPoller<FakeJob> poller = id -> CompletableFuture.completedFuture(JobSnapshot.of(
                    new FakeJob(id, pollsLeft.merge(id, -1, Integer::sum) <= 0 ? "done" : "running", -1)));
            JobType<FakeJob> many = JobType.of("many", poller, CLASSIFIER, PollStrategy.fixed(Duration.ofSeconds(2)));
            List<JobFuture<FakeJob>> futures = new ArrayList<>();
            for (int i = 0; i < 10_000; i++) {
                pollsLeft.put("j" + i, 1 + i % 5);
                futures.add(shared.await(many, "j" + i, null, WaitOptions.defaults()));
            }
            CompletableFuture.allOf(futures.toArray(new CompletableFuture[0])).get(30, TimeUnit.SECONDS);

            assertThat(futures).allMatch(f -> f.join().status.equals("done"));
            assertThat(Thread.activeCount() - threadsBefore).isLessThanOrEqualTo(1);
            assertThat(shared.pendingCount()).isZero();
        } finally {
            auto.close();
        }
    }

    @Test
    void racingDeliveryAndCancellationEndEveryWaitExactlyOnce() throws Exception {
        VirtualScheduler auto = VirtualScheduler.automatic(T0);
        try {
            JobWaiter racing = new JobWaiter(auto, DIRECT);
            JobType<FakeJob> slow = JobType.of("race", id -> new CompletableFuture<>(), CLASSIFIER,
                    PollStrategy.fixed(Duration.ofHours(1)));
            for (int i = 0; i < 500; i++) {
                String id = "r" + i;
                JobFuture<FakeJob> future = racing.await(slow, id, null, WaitOptions.defaults());
                Thread deliverer = new Thread(() -> racing.deliver(slow, id, new FakeJob(id, "done", 100)));
                deliverer.start();
                boolean cancelled = future.cancel(true);
                deliverer.join();
                assertThat(future).isDone();
                assertThat(cancelled).isEqualTo(future.isCancelled());
                if (!future.isCancelled()) {
                    assertThat(future.join().status).isEqualTo("done");
                }
            }
            assertThat(racing.pendingCount()).isZero();
        } finally {
            auto.close();
        }
    }

    @Test
    void anInitialPendingJobStartsExactlyOnePollChain() throws Exception {
        for (int run = 0; run < 50; run++) {
            VirtualScheduler auto = VirtualScheduler.automatic(T0);
            try {
                AtomicInteger polls = new AtomicInteger();
                JobPoller<FakeJob> counting = id -> CompletableFuture.completedFuture(JobSnapshot.of(
                        new FakeJob(id, polls.incrementAndGet() >= 3 ? "done" : "running", -1)));
                JobWaiter single = new JobWaiter(auto, DIRECT);
                JobFuture<FakeJob> future = single.await(JobType.of("once", counting, CLASSIFIER,
                        PollStrategy.fixed(Duration.ofSeconds(1))), "j", new FakeJob("j", "queued", -1), WaitOptions.defaults());
                future.get(5, TimeUnit.SECONDS);
                assertThat(polls.get()).isEqualTo(3);
            } finally {
                auto.close();
            }
        }
    }

    @Test
    void pollNowDuringAnInFlightPollPollsAgainAsSoonAsItReturns() {
        List<CompletableFuture<JobSnapshot<FakeJob>>> inFlight = new CopyOnWriteArrayList<>();
        JobPoller<FakeJob> manual = id -> {
            CompletableFuture<JobSnapshot<FakeJob>> poll = new CompletableFuture<>();
            inFlight.add(poll);
            return poll;
        };
        JobType<FakeJob> slowPolls = JobType.of("slow", manual, CLASSIFIER, PollStrategy.fixed(Duration.ofMinutes(5)));
        JobFuture<FakeJob> future = waiter.await(slowPolls, "j1", null, WaitOptions.defaults());
        scheduler.advance(Duration.ofMinutes(5));
        assertThat(inFlight).hasSize(1);

        assertThat(waiter.pollNow(slowPolls, "j1")).isTrue();
        inFlight.get(0).complete(JobSnapshot.of(new FakeJob("j1", "running", -1)));
        scheduler.advance(Duration.ZERO);

        assertThat(inFlight).hasSize(2);
        inFlight.get(1).complete(JobSnapshot.of(new FakeJob("j1", "done", 100)));
        assertThat(future).isCompleted();
    }
}
