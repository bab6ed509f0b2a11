package dev.mediagen.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** Immutable, case-insensitive HTTP header multimap. */
public final class Headers {
    private static final Headers EMPTY = new Headers(new TreeMap<>(String.CASE_INSENSITIVE_ORDER));
    private static final Set<String> SECRET_HEADERS = Set.of("authorization", "proxy-authorization", "cookie", "set-cookie", "x-api-key");

    private final TreeMap<String, List<String>> values;

    private Headers(TreeMap<String, List<String>> values) {
        this.values = values;
    }

    /** Headers with no entries. */
    public static Headers empty() {
        return EMPTY;
    }

    /** Copies a map of header names to values. */
    public static Headers of(Map<String, ? extends List<String>> map) {
        TreeMap<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        map.forEach((name, list) -> {
            if (name != null) {
                copy.computeIfAbsent(name, k -> new ArrayList<>()).addAll(list);
            }
        });
        copy.replaceAll((k, v) -> List.copyOf(v));
        return new Headers(copy);
    }

    /** Builds headers from alternating name/value pairs. */
    public static Headers of(String... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("expected name/value pairs");
        }
        TreeMap<String, List<String>> map = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (int i = 0; i < namesAndValues.length; i += 2) {
            map.computeIfAbsent(namesAndValues[i], k -> new ArrayList<>()).add(namesAndValues[i + 1]);
        }
        map.replaceAll((k, v) -> List.copyOf(v));
        return new Headers(map);
    }

    /** The first value of the header, if present. */
    public Optional<String> first(String name) {
        List<String> list = values.get(name);
        return list == null || list.isEmpty() ? Optional.empty() : Optional.of(list.get(0));
    }

    /** Every value of the header, in order; empty when absent. */
    public List<String> all(String name) {
        return values.getOrDefault(name, List.of());
    }

    /** The header names. */
    public Set<String> names() {
        return Collections.unmodifiableSet(values.keySet());
    }

    /** The headers as an unmodifiable map. */
    public Map<String, List<String>> asMap() {
        return Collections.unmodifiableMap(values);
    }

    /** Whether there are no headers. */
    public boolean isEmpty() {
        return values.isEmpty();
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("{");
        values.forEach((name, list) -> {
            if (sb.length() > 1) {
                sb.append(", ");
            }
            boolean secret = SECRET_HEADERS.contains(name.toLowerCase(Locale.ROOT));
            sb.append(name).append('=').append(secret ? "[redacted]" : list);
        });
        return sb.append('}').toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Headers && ((Headers) o).values.equals(values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }
}
