package dev.mediagen.vap;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * An agent's balance and tier ({@code GET /v3/agents/me/balance}). New work is paid from {@link #usable()};
 * {@link #reserved()} is locked for pending tasks.
 */
public final class Balance {
    private String agentId;
    private BigDecimal availableBalance;
    private BigDecimal reservedBalance;
    private BigDecimal usableBalance;
    private String currency;
    private Integer tier;
    private String tierName;

    private Balance() {
    }

    /** The agent's id. */
    public Optional<String> agentId() {
        return Optional.ofNullable(agentId);
    }

    /** The funds not yet spent (reserved included). */
    public BigDecimal available() {
        return orZero(availableBalance);
    }

    /** The funds locked for pending tasks. */
    public BigDecimal reserved() {
        return orZero(reservedBalance);
    }

    /** The funds available for new work. */
    public BigDecimal usable() {
        return orZero(usableBalance);
    }

    /** The currency (USD). */
    public String currency() {
        return currency == null ? "USD" : currency;
    }

    /** The tier: 0 unverified, 1 deposited (images, operations), 2 established (video, music), 3 trusted. */
    public int tier() {
        return tier == null ? 0 : tier;
    }

    /** The tier's name, e.g. {@code DEPOSITED}. */
    public Optional<String> tierName() {
        return Optional.ofNullable(tierName);
    }

    private static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }

    @Override
    public String toString() {
        return "Balance{available=" + availableBalance + ", reserved=" + reservedBalance + ", usable=" + usableBalance
                + " " + currency() + ", tier=" + tier + " " + tierName + "}";
    }
}
