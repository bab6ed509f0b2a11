package dev.mediagen.videogen.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.mediagen.core.ExtensibleEnum;
import java.util.Map;

/** The displayed gender of a voice or presenter. Unknown values are kept, never rejected. */
public final class Gender extends ExtensibleEnum {
    /** {@code MALE}. */
    public static final Gender MALE = new Gender("MALE", true);
    /** {@code FEMALE}. */
    public static final Gender FEMALE = new Gender("FEMALE", true);
    /** {@code NEUTRAL}. */
    public static final Gender NEUTRAL = new Gender("NEUTRAL", true);

    private static final Map<String, Gender> KNOWN = index(MALE, FEMALE, NEUTRAL);

    private Gender(String value, boolean known) {
        super(value, known);
    }

    /** The constant for {@code value}, or an unknown value that keeps the string. */
    @JsonCreator
    public static Gender of(String value) {
        return lookup(KNOWN, value, v -> new Gender(v, false));
    }
}
