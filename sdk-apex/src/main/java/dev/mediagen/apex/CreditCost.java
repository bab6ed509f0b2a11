package dev.mediagen.apex;

import java.util.OptionalLong;

/** A documented credit price: exact ({@code min == max}) or a range (instant ads cost 500 to 1,250 credits). */
public final class CreditCost {
    private final long min;
    private final long max;

    private CreditCost(long min, long max) {
        if (min < 0 || max < min) {
            throw new IllegalArgumentException("need 0 <= min <= max");
        }
        this.min = min;
        this.max = max;
    }

    /** An exact price. */
    public static CreditCost exactly(long credits) {
        return new CreditCost(credits, credits);
    }

    /** A price range. */
    public static CreditCost between(long min, long max) {
        return new CreditCost(min, max);
    }

    /** The lowest price. */
    public long min() {
        return min;
    }

    /** The highest price (what to reserve for a budget). */
    public long max() {
        return max;
    }

    /** Whether the price is a single number. */
    public boolean isExact() {
        return min == max;
    }

    /** The price when it is exact. */
    public OptionalLong exact() {
        return isExact() ? OptionalLong.of(min) : OptionalLong.empty();
    }

    /** This price times {@code n} (for {@code n} calls). */
    public CreditCost times(long n) {
        return new CreditCost(Math.multiplyExact(min, n), Math.multiplyExact(max, n));
    }

    /** The sum of two prices. */
    public CreditCost plus(CreditCost other) {
        return new CreditCost(Math.addExact(min, other.min), Math.addExact(max, other.max));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CreditCost && ((CreditCost) o).min == min && ((CreditCost) o).max == max;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(min) * 31 + Long.hashCode(max);
    }

    @Override
    public String toString() {
        return isExact() ? min + " credits" : min + "-" + max + " credits";
    }
}
