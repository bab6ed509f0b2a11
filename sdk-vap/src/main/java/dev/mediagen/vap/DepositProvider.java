package dev.mediagen.vap;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.mediagen.core.ExtensibleEnum;
import java.util.Map;

/**
 * How a deposit is paid.
 * Unknown values are kept ({@link #isKnown()} false), never an error.
 */
public final class DepositProvider extends ExtensibleEnum {
    /** Bank transfer with a reference, verified by VAP staff. */
    public static final DepositProvider MANUAL = new DepositProvider("manual", true);
    /** Crypto transfer to the returned payment address, confirmed on chain. */
    public static final DepositProvider CRYPTO = new DepositProvider("crypto", true);
    /** Card payment at the returned payment URL, credited instantly. */
    public static final DepositProvider CARD = new DepositProvider("card", true);

    private static final Map<String, DepositProvider> KNOWN = index(MANUAL, CRYPTO, CARD);

    private DepositProvider(String value, boolean known) {
        super(value, known);
    }

    /** The constant for {@code value}, or an unknown value that keeps the string. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static DepositProvider of(String value) {
        return lookup(KNOWN, value, v -> new DepositProvider(v, false));
    }
}
