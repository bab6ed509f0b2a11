package dev.mediagen.apex;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The parameters of one {@code POST /api/generate/*} call. Each subclass checks every documented constraint in its
 * builder's {@code build()}, so an instance is always valid.
 */
public abstract class GenerationRequest {
    GenerationRequest() {
    }

    /** The kind of job this request creates. */
    public abstract JobKind kind();

    /** The endpoint path, e.g. {@code /api/generate/image}. */
    public abstract String path();

    /** The documented price of this request. */
    public CreditCost cost() {
        return ApexCosts.standard().of(kind());
    }

    /** The JSON body (camelCase names, absent fields left out). */
    abstract Map<String, Object> body();

    /** A body map that drops null values. */
    static final class Body {
        private final Map<String, Object> map = new LinkedHashMap<>();

        Body put(String name, Object value) {
            if (value instanceof Enum<?>) {
                value = value.toString();
            }
            if (value != null) {
                map.put(name, value);
            }
            return this;
        }

        Map<String, Object> build() {
            map.values().removeIf(Objects::isNull);
            return map;
        }
    }
}
