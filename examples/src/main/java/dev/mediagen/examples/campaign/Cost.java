package dev.mediagen.examples.campaign;

import java.math.BigDecimal;
import java.util.Objects;

/** What a job cost, in the unit its vendor charges: US dollars or credits. */
public final class Cost {
    /** Dollars. */
    public static final String USD = "USD";
    /** Vendor credits. */
    public static final String CREDITS = "credits";

    private final BigDecimal amount;
    private final String unit;

    private Cost(BigDecimal amount, String unit) {
        this.amount = Objects.requireNonNull(amount, "amount");
        this.unit = Objects.requireNonNull(unit, "unit");
    }

    /** A cost in US dollars. */
    public static Cost usd(BigDecimal amount) {
        return new Cost(amount, USD);
    }

    /** A cost in credits. */
    public static Cost credits(long credits) {
        return new Cost(BigDecimal.valueOf(credits), CREDITS);
    }

    /** The amount. */
    public BigDecimal amount() {
        return amount;
    }

    /** {@link #USD} or {@link #CREDITS}. */
    public String unit() {
        return unit;
    }

    @Override
    public String toString() {
        return unit.equals(USD) ? "$" + amount.toPlainString() : amount.toPlainString() + " credits";
    }
}
