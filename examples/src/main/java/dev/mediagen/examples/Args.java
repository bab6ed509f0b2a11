package dev.mediagen.examples;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A small command-line parser: {@code --flag}, {@code --option value} / {@code --option=value}, positionals. */
public final class Args {
    private final Map<String, String> options = new LinkedHashMap<>();
    private final List<String> positionals = new ArrayList<>();

    private Args() {
    }

    /**
     * Parses {@code args}; {@code flags} take no value, {@code valued} take one. Anything else starting with
     * {@code --} is a usage error.
     */
    public static Args parse(List<String> args, Set<String> flags, Set<String> valued) {
        Args parsed = new Args();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--")) {
                parsed.positionals.addAll(args.subList(i + 1, args.size()));
                break;
            }
            if (arg.startsWith("--")) {
                String name = arg.substring(2);
                String value = null;
                int eq = name.indexOf('=');
                if (eq >= 0) {
                    value = name.substring(eq + 1);
                    name = name.substring(0, eq);
                }
                if (flags.contains(name) && value == null) {
                    parsed.options.put(name, "true");
                } else if (valued.contains(name)) {
                    if (value == null) {
                        if (i + 1 >= args.size()) {
                            throw new UsageException("--" + name + " needs a value");
                        }
                        value = args.get(++i);
                    }
                    parsed.options.put(name, value);
                } else {
                    throw new UsageException("unknown option --" + name);
                }
            } else {
                parsed.positionals.add(arg);
            }
        }
        return parsed;
    }

    /** Whether a flag was given. */
    public boolean flag(String name) {
        return options.containsKey(name);
    }

    /** An option's value. */
    public Optional<String> option(String name) {
        return Optional.ofNullable(options.get(name));
    }

    /** The output directory of {@code --out}, or {@code defaultDir}. */
    public Path outDir(String defaultDir) {
        return Path.of(option("out").orElse(defaultDir));
    }

    /** Positional arguments in order. */
    public List<String> positionals() {
        return List.copyOf(positionals);
    }

    /** A bad command line: printed with the usage, exit code 2. */
    public static final class UsageException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        /** Creates the exception. */
        public UsageException(String message) {
            super(message);
        }
    }
}
