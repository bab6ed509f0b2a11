package dev.mediagen.apex;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The account's credits and usage: {@code GET /api/usage} ({@code {credits, used: {images: 12, ...}, plan}}). */
public final class Usage {
    private long credits;
    private Map<String, Long> used;
    private String plan;
    private Object billingCycle;

    private Usage() {
    }

    /** The credit balance. */
    public long credits() {
        return credits;
    }

    /** Usage counts by category, e.g. {@code images -> 12}. */
    public Map<String, Long> used() {
        return used == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(used));
    }

    /** The plan, e.g. {@code enterprise}. */
    public Optional<String> plan() {
        return Optional.ofNullable(plan);
    }

    /**
     * The billing cycle as Apex describes it (its shape is not documented): the fields of an object, or a single
     * value under {@code value}; empty when absent.
     */
    public Map<String, Object> billingCycle() {
        if (billingCycle == null) {
            return Map.of();
        }
        if (billingCycle instanceof Map) {
            Map<String, Object> fields = new LinkedHashMap<>();
            ((Map<?, ?>) billingCycle).forEach((k, v) -> fields.put(String.valueOf(k), v));
            return Collections.unmodifiableMap(fields);
        }
        return Map.of("value", billingCycle);
    }

    @Override
    public String toString() {
        return "Usage{credits=" + credits + ", plan=" + plan + ", used=" + used() + "}";
    }
}
