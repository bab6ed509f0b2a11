package dev.mediagen.vap;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.mediagen.core.ExtensibleEnum;
import java.util.Map;

/**
 * The state of a deposit.
 * Unknown values are kept ({@link #isKnown()} false), never an error.
 */
public final class DepositStatus extends ExtensibleEnum {
    /** Waiting for the payment. */
    public static final DepositStatus AWAITING = new DepositStatus("awaiting", true);

    private static final Map<String, DepositStatus> KNOWN = index(AWAITING);

    private DepositStatus(String value, boolean known) {
        super(value, known);
    }

    /** The constant for {@code value}, or an unknown value that keeps the string. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static DepositStatus of(String value) {
        return lookup(KNOWN, value, v -> new DepositStatus(v, false));
    }
}
