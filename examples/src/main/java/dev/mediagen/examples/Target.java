package dev.mediagen.examples;

import java.util.Optional;
import java.util.function.Function;

/** Decides where an example runs: the embedded simulator by default, the real vendor when its key is set. */
public final class Target {
    private final Function<String, String> environment;

    /** Reads the process environment. */
    public Target() {
        this(System::getenv);
    }

    /** Reads the given environment (for tests). */
    public Target(Function<String, String> environment) {
        this.environment = environment;
    }

    /** Whether {@code <PREFIX>_API_KEY} is set, so the example should call the real vendor. */
    public boolean live(String envPrefix) {
        String key = environment.apply(envPrefix + "_API_KEY");
        return key != null && !key.isBlank();
    }

    /** An environment variable's value. */
    public Optional<String> env(String name) {
        return Optional.ofNullable(environment.apply(name)).filter(v -> !v.isBlank());
    }

    /** The environment lookup, to hand to a client builder's {@code environment(...)}. */
    public Function<String, String> environment() {
        return environment;
    }
}
