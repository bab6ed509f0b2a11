package dev.mediagen.core;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A string enumeration that never breaks on values the SDK does not know yet.
 *
 * <p>Subclasses declare their known constants and a static {@code of(String)} factory; an unknown string
 * becomes an instance with {@link #isKnown()} {@code false} whose {@link #asString()} is the vendor's raw value.
 */
public abstract class ExtensibleEnum {
    private final String value;
    private final boolean known;

    /** Creates a constant; {@code known} is true only for the values the SDK declares. */
    protected ExtensibleEnum(String value, boolean known) {
        this.value = Objects.requireNonNull(value, "value");
        this.known = known;
    }

    /** The vendor's string for this value, exactly as sent or received. */
    @JsonValue
    public final String asString() {
        return value;
    }

    /** Whether the SDK knows this value (false for values a vendor added later). */
    public final boolean isKnown() {
        return known;
    }

    /** Indexes known constants by their string, for a subclass's {@code of} factory. */
    @SafeVarargs
    protected static <E extends ExtensibleEnum> Map<String, E> index(E... constants) {
        return Stream.of(constants).collect(Collectors.toUnmodifiableMap(ExtensibleEnum::asString, Function.identity()));
    }

    /** Looks a string up among the known constants, or wraps it as an unknown value. */
    protected static <E extends ExtensibleEnum> E lookup(Map<String, E> known, String value, Function<String, E> unknown) {
        Objects.requireNonNull(value, "value");
        E constant = known.get(value);
        return constant != null ? constant : unknown.apply(value);
    }

    /** Looks a possibly-null string up; empty when null. */
    protected static <E extends ExtensibleEnum> Optional<E> lookupNullable(Map<String, E> known, String value,
                                                                        Function<String, E> unknown) {
        return value == null ? Optional.empty() : Optional.of(lookup(known, value, unknown));
    }

    @Override
    public final boolean equals(Object o) {
        return o != null && o.getClass() == getClass() && ((ExtensibleEnum) o).value.equals(value);
    }

    @Override
    public final int hashCode() {
        return value.hashCode();
    }

    @Override
    public final String toString() {
        return value;
    }
}
