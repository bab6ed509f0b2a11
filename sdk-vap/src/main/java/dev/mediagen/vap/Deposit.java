package dev.mediagen.vap;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

/**
 * A started deposit ({@code POST /v3/deposits/init}). Pay it as {@link #instructions()} says: a manual deposit with
 * {@link #paymentReference()}, crypto to {@link #paymentAddress()}, a card at {@link #paymentUrl()}.
 */
public final class Deposit {
    private String depositId;
    private DepositStatus status;
    private DepositProvider provider;
    private BigDecimal amount;
    private String currency;
    private String paymentReference;
    private String paymentAddress;
    private String paymentUrl;
    private String instructions;
    private Instant expiresAt;

    private Deposit() {
    }

    /** The deposit's id (a UUID). */
    public String id() {
        return depositId;
    }

    /** The status ({@code awaiting} until paid). */
    public Optional<DepositStatus> status() {
        return Optional.ofNullable(status);
    }

    /** How it is paid. */
    public Optional<DepositProvider> provider() {
        return Optional.ofNullable(provider);
    }

    /** The amount. */
    public Optional<BigDecimal> amount() {
        return Optional.ofNullable(amount);
    }

    /** The currency (USD). */
    public String currency() {
        return currency == null ? "USD" : currency;
    }

    /** The reference to quote with the payment (e.g. {@code DEP-8E76A91E}). */
    public Optional<String> paymentReference() {
        return Optional.ofNullable(paymentReference);
    }

    /** Where to send a crypto payment. */
    public Optional<String> paymentAddress() {
        return Optional.ofNullable(paymentAddress);
    }

    /** Where to pay by card. */
    public Optional<String> paymentUrl() {
        return Optional.ofNullable(paymentUrl);
    }

    /** VAP's payment instructions. */
    public Optional<String> instructions() {
        return Optional.ofNullable(instructions);
    }

    /** When the deposit expires unpaid. */
    public Optional<Instant> expiresAt() {
        return Optional.ofNullable(expiresAt);
    }

    boolean isValid() {
        return depositId != null && !depositId.isBlank();
    }

    @Override
    public String toString() {
        return "Deposit{id=" + depositId + ", status=" + status + ", provider=" + provider + ", amount=" + amount + " "
                + currency() + ", reference=" + paymentReference + "}";
    }
}
