package dev.mediagen.vap;

import java.math.BigDecimal;
import java.util.Optional;

/** {@code task.refunded}: the reservation of a failed task went back to the balance. */
public final class TaskRefundedEvent extends WebhookEvent {
    private BigDecimal refundAmount;
    private BigDecimal newBalance;

    private TaskRefundedEvent() {
    }

    /** The amount returned. */
    public Optional<BigDecimal> refundAmount() {
        return Optional.ofNullable(refundAmount);
    }

    /** The balance after the refund. */
    public Optional<BigDecimal> newBalance() {
        return Optional.ofNullable(newBalance);
    }
}
