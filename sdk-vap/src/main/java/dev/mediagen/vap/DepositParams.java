package dev.mediagen.vap;

import dev.mediagen.core.ValidationException;
import java.math.BigDecimal;
import java.util.Objects;

/** What {@code POST /v3/deposits/init} starts: an amount in USD (at least 1.00) and a payment provider. */
public final class DepositParams {
    /** The smallest deposit VAP accepts, in USD. */
    public static final BigDecimal MINIMUM = new BigDecimal("1.00");

    private final BigDecimal amount;
    private final DepositProvider provider;

    private DepositParams(BigDecimal amount, DepositProvider provider) {
        if (amount == null) {
            throw new ValidationException("amount is required");
        }
        if (amount.compareTo(MINIMUM) < 0) {
            throw new ValidationException("amount must be at least " + MINIMUM + " USD, got " + amount.toPlainString());
        }
        if (provider == null) {
            throw new ValidationException("provider is required (manual, crypto or card)");
        }
        if (!provider.isKnown()) {
            throw new ValidationException("provider must be manual, crypto or card, got '" + provider + "'");
        }
        this.amount = amount;
        this.provider = provider;
    }

    /**
     * A deposit of {@code amount} USD paid through {@code provider}.
     *
     * @throws ValidationException when the amount is below 1.00 or the provider is not manual, crypto or card
     */
    public static DepositParams of(BigDecimal amount, DepositProvider provider) {
        return new DepositParams(amount, provider);
    }

    /** Like {@link #of(BigDecimal, DepositProvider)} with the amount written as a decimal string, e.g. {@code "5.00"}. */
    public static DepositParams of(String amount, DepositProvider provider) {
        try {
            return of(amount == null ? null : new BigDecimal(amount.trim()), provider);
        } catch (NumberFormatException e) {
            throw new ValidationException("amount is not a decimal number: '" + amount + "'");
        }
    }

    /** The amount in USD. */
    public BigDecimal amount() {
        return amount;
    }

    /** The payment provider. */
    public DepositProvider provider() {
        return provider;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DepositParams && ((DepositParams) o).amount.equals(amount)
                && ((DepositParams) o).provider.equals(provider);
    }

    @Override
    public int hashCode() {
        return Objects.hash(amount, provider);
    }

    @Override
    public String toString() {
        return "DepositParams{amount=" + amount.toPlainString() + ", provider=" + provider + "}";
    }
}
