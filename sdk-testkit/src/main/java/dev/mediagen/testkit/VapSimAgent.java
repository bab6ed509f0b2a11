package dev.mediagen.testkit;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/** One simulated VAP agent: its key, ledger (reserve, burn, refund), tier, idempotency keys and request window. */
final class VapSimAgent {
    static final String[] TIER_NAMES = {"UNVERIFIED", "DEPOSITED", "ESTABLISHED", "TRUSTED"};
    static final int[] REQUESTS_PER_MINUTE = {10, 60, 300, 1000};
    static final BigDecimal[] DAILY_SPEND_CAP = {BigDecimal.ZERO, new BigDecimal("10"), new BigDecimal("100"),
        new BigDecimal("1000")};
    static final BigDecimal[] MAX_TASK_COST = {BigDecimal.ZERO, new BigDecimal("1"), new BigDecimal("5"),
        new BigDecimal("50")};

    final String id;
    final String name;
    final String apiKey;
    final int tierFloor;
    BigDecimal available;
    BigDecimal reserved = BigDecimal.ZERO;
    BigDecimal deposited = BigDecimal.ZERO;
    int successfulTasks;
    String oauthClientId;
    final Map<String, String> idempotencyKeys = new HashMap<>();
    private final Deque<Instant> recentRequests = new ArrayDeque<>();
    private final Map<LocalDate, BigDecimal> spentPerDay = new HashMap<>();

    VapSimAgent(String id, String name, String apiKey, int tierFloor, BigDecimal balance) {
        this.id = id;
        this.name = name;
        this.apiKey = apiKey;
        this.tierFloor = tierFloor;
        this.available = balance;
    }

    /** Tier 1 after a deposit of at least 1.00; Tier 2 after 100.00 deposited and 50 successful tasks. */
    int tier() {
        int earned = deposited.compareTo(new BigDecimal("100")) >= 0 && successfulTasks >= 50 ? 2
                : deposited.compareTo(BigDecimal.ONE) >= 0 ? 1 : 0;
        return Math.max(earned, tierFloor);
    }

    String tierName() {
        return TIER_NAMES[tier()];
    }

    BigDecimal usable() {
        return available.subtract(reserved);
    }

    BigDecimal dailyCap() {
        return DAILY_SPEND_CAP[tier()];
    }

    BigDecimal maxTaskCost() {
        return MAX_TASK_COST[tier()];
    }

    BigDecimal spentOn(Instant now) {
        return spentPerDay.getOrDefault(LocalDate.ofInstant(now, ZoneOffset.UTC), BigDecimal.ZERO);
    }

    void reserve(BigDecimal cost, Instant now) {
        reserved = reserved.add(cost);
        spentPerDay.merge(LocalDate.ofInstant(now, ZoneOffset.UTC), cost, BigDecimal::add);
    }

    void burn(BigDecimal reservedCost, BigDecimal actualCost) {
        reserved = reserved.subtract(reservedCost);
        available = available.subtract(actualCost);
    }

    void refund(BigDecimal reservedCost, Instant reservedAt) {
        reserved = reserved.subtract(reservedCost);
        spentPerDay.computeIfPresent(LocalDate.ofInstant(reservedAt, ZoneOffset.UTC),
                (day, spent) -> spent.subtract(reservedCost));
    }

    void credit(BigDecimal amount) {
        available = available.add(amount);
        deposited = deposited.add(amount);
    }

    int limitPerMinute() {
        return REQUESTS_PER_MINUTE[tier()];
    }

    /** Records a request at {@code now}; returns the wait until the window has room, or null when it had room. */
    Duration admit(Instant now) {
        Instant windowStart = now.minus(Duration.ofMinutes(1));
        while (!recentRequests.isEmpty() && !recentRequests.peekFirst().isAfter(windowStart)) {
            recentRequests.pollFirst();
        }
        if (recentRequests.size() >= limitPerMinute()) {
            return Duration.between(now, recentRequests.peekFirst().plus(Duration.ofMinutes(1)));
        }
        recentRequests.addLast(now);
        return null;
    }

    int remaining() {
        return Math.max(0, limitPerMinute() - recentRequests.size());
    }

    Instant windowReset(Instant now) {
        Instant oldest = recentRequests.isEmpty() ? now : recentRequests.peekFirst();
        return oldest.plus(Duration.ofMinutes(1));
    }
}
