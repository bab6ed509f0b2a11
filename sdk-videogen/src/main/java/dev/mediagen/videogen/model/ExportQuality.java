package dev.mediagen.videogen.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.mediagen.core.ExtensibleEnum;
import java.util.Map;

/** The resolution of a project export. Unknown values are kept, never rejected. */
public final class ExportQuality extends ExtensibleEnum {
    /** {@code STANDARD}. */
    public static final ExportQuality STANDARD = new ExportQuality("STANDARD", true);
    /** {@code HIGH}. */
    public static final ExportQuality HIGH = new ExportQuality("HIGH", true);
    /** {@code FULL_HIGH}. */
    public static final ExportQuality FULL_HIGH = new ExportQuality("FULL_HIGH", true);
    /** {@code ULTRA_HIGH}. */
    public static final ExportQuality ULTRA_HIGH = new ExportQuality("ULTRA_HIGH", true);

    private static final Map<String, ExportQuality> KNOWN = index(STANDARD, HIGH, FULL_HIGH, ULTRA_HIGH);

    private ExportQuality(String value, boolean known) {
        super(value, known);
    }

    /** The constant for {@code value}, or an unknown value that keeps the string. */
    @JsonCreator
    public static ExportQuality of(String value) {
        return lookup(KNOWN, value, v -> new ExportQuality(v, false));
    }
}
