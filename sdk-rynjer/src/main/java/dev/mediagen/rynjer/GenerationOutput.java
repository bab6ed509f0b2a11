package dev.mediagen.rynjer;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.Objects;
import java.util.Optional;

/** One output file of a finished generation: its URL and media type. */
public final class GenerationOutput {
    private String url;
    private String type;

    private GenerationOutput() {
    }

    /** Reads an output sent as a bare URL string. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static GenerationOutput fromUrl(String url) {
        return of(url, null);
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
