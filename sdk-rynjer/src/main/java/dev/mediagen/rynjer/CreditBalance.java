package dev.mediagen.rynjer;

import com.fasterxml.jackson.annotation.JsonAlias;

/**
 * The account's credit balance ({@code GET /v1/credits/balance}). Rynjer does not document the field name; the SDK
 * reads {@code balance} and also accepts {@code credits}, {@code available}, {@code available_credits} and
 * {@code credit_balance}.
 */
public final class CreditBalance {
    @JsonAlias({"credits", "available", "available_credits", "credit_balance"})
    private Long balance;

    private CreditBalance() {
    }

    /** The credits available to spend. */
    public long credits() {
        return balance;
    }

    /** Whether the response carried a balance at all. */
    boolean isPresent() {
        return balance != null;
    }

    @Override
    public String toString() {
        return "CreditBalance{credits=" + balance + "}";
    }
}
