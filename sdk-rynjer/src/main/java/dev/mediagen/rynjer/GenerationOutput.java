package dev.mediagen.rynjer;

import java.util.Objects;
import java.util.Optional;

/** One output file of a finished generation: its URL and media type. */
public final class GenerationOutput {
    private String url;
    private String type;

    private GenerationOutput() {
    }

    /** Creates an output (for tests and simulators). */
    public static GenerationOutput of(String url, String type) {
        GenerationOutput output = new GenerationOutput();
        output.url = Objects.requireNonNull(url, "url");
        output.type = type;
        return output;
    }

    /** Where the file can be downloaded (no API credentials needed). */
    public String url() {
        return url;
    }

    /** The media type as the vendor names it (e.g. {@code image}). */
    public Optional<String> type() {
        return Optional.ofNullable(type);
    }

    @Override
    public String toString() {
        return "GenerationOutput{type=" + type + ", url=" + url + "}";
    }
}
