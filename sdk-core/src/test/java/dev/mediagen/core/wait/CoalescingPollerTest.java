package dev.mediagen.core.wait;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mediagen.core.time.VirtualScheduler;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class CoalescingPollerTest {
    private final VirtualScheduler scheduler = VirtualScheduler.manual(Instant.parse("2026-03-01T00:00:00Z"));
    private final List<String> singles = new CopyOnWriteArrayList<>();
    private final List<Collection<String>> batches = new CopyOnWriteArrayList<>();

    private final JobPoller<String> single = id -> {
        singles.add(id);
        return CompletableFuture.completedFuture(JobSnapshot.of("single:" + id));
    };

    private BatchPoller<String> listingReturning(int max) {
        return ids -> {
            batches.add(List.copyOf(ids));
            Map<String, String> found = new HashMap<>();
            ids.stream().limit(max).forEach(id -> found.put(id, "listed:" + id));
            return CompletableFuture.completedFuture(found);
        };
    }

    @Test
    void fewPollsGoOneByOne() {
        CoalescingPoller<String> poller = new CoalescingPoller<>(single, listingReturning(100), 5, scheduler,
                Duration.ofSeconds(1));
        CompletableFuture<JobSnapshot<String>> a = poller.poll("a");
        CompletableFuture<JobSnapshot<String>> b = poller.poll("b");
        assertThat(a).isNotDone();

        scheduler.advance(Duration.ofSeconds(1));

        assertThat(a.join().job()).isEqualTo("single:a");
        assertThat(b.join().job()).isEqualTo("single:b");
        assertThat(batches).isEmpty();
    }

    @Test
    void manyPollsInOneWindowShareOneListingAndMissingOnesFallBack() {
        CoalescingPoller<String> poller = new CoalescingPoller<>(single, listingReturning(8), 5, scheduler,
                Duration.ofSeconds(1));
        List<CompletableFuture<JobSnapshot<String>>> polls = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            polls.add(poller.poll("j" + i));
        }
        polls.add(poller.poll("j0"));

        scheduler.advance(Duration.ofSeconds(1));

        assertThat(batches).hasSize(1);
        assertThat(batches.get(0)).hasSize(10);
        assertThat(polls.get(0).join().job()).isEqualTo("listed:j0");
        assertThat(polls.get(10).join().job()).isEqualTo("listed:j0");
        assertThat(singles).containsExactlyInAnyOrder("j8", "j9");
        assertThat(polls).allMatch(CompletableFuture::isDone);
    }
}
