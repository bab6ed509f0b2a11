package dev.mediagen.benchmarks.support;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A tiny {@code --name value} / {@code --flag} parser for the harness main classes. */
public final class Args {
    private final Map<String, String> values = new LinkedHashMap<>();

    private Args() {
    }

    /** Parses {@code --name value}, {@code --name=value} and bare {@code --flag} (value "true"). */
    public static Args parse(String[] argv) {
        Args args = new Args();
        for (int i = 0; i < argv.length; i++) {
            String a = argv[i];
            if (!a.startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument: " + a);
            }
            String name = a.substring(2);
            int eq = name.indexOf('=');
            if (eq >= 0) {
                args.values.put(name.substring(0, eq), name.substring(eq + 1));
            } else if (i + 1 < argv.length && !argv[i + 1].startsWith("--")) {
                args.values.put(name, argv[++i]);
            } else {
                args.values.put(name, "true");
            }
        }
        return args;
    }

    /** A string value. */
    public String string(String name, String dflt) {
        return values.getOrDefault(name, dflt);
    }

    /** An int value (accepts 10k, 100_000). */
    public int integer(String name, int dflt) {
        String v = values.get(name);
        return v == null ? dflt : parseCount(v);
    }

    /** A comma-separated list of ints. */
    public List<Integer> integers(String name, String dflt) {
        List<Integer> out = new ArrayList<>();
        for (String part : values.getOrDefault(name, dflt).split(",")) {
            if (!part.isBlank()) {
                out.add(parseCount(part.trim()));
            }
        }
        return out;
    }

    /** A comma-separated list of strings. */
    public List<String> strings(String name, String dflt) {
        List<String> out = new ArrayList<>();
        for (String part : values.getOrDefault(name, dflt).split(",")) {
            if (!part.isBlank()) {
                out.add(part.trim());
            }
        }
        return out;
    }

    /** A boolean flag. */
    public boolean flag(String name) {
        return Boolean.parseBoolean(values.getOrDefault(name, "false"));
    }

    /** A duration written as 500ms, 5s, 2m or plain milliseconds. */
    public Duration duration(String name, String dflt) {
        return parseDuration(values.getOrDefault(name, dflt));
    }

    /** Parses 500ms, 5s, 2m, or plain milliseconds. */
    public static Duration parseDuration(String text) {
        String t = text.trim().toLowerCase();
        if (t.endsWith("ms")) {
            return Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2)));
        }
        if (t.endsWith("s")) {
            return Duration.ofMillis(Math.round(Double.parseDouble(t.substring(0, t.length() - 1)) * 1000));
        }
        if (t.endsWith("m")) {
            return Duration.ofMillis(Math.round(Double.parseDouble(t.substring(0, t.length() - 1)) * 60_000));
        }
        return Duration.ofMillis(Long.parseLong(t));
    }

    private static int parseCount(String v) {
        String t = v.trim().toLowerCase().replace("_", "");
        if (t.endsWith("k")) {
            return Integer.parseInt(t.substring(0, t.length() - 1)) * 1000;
        }
        return Integer.parseInt(t);
    }
}
