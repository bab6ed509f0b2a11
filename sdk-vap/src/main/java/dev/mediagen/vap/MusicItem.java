package dev.mediagen.vap;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/** One track of a music result. */
public final class MusicItem {
    private String audioUrl;
    private String imageUrl;
    private String title;
    private Double duration;
    @JsonAnySetter
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    private final Map<String, Object> otherFields = new LinkedHashMap<>();

    private MusicItem() {
    }

    /** The audio file. */
    public Optional<String> audioUrl() {
        return Optional.ofNullable(audioUrl);
    }

    /** The cover image, when the provider made one. */
    public Optional<String> imageUrl() {
        return Optional.ofNullable(imageUrl);
    }

    /** The track's title. */
    public Optional<String> title() {
        return Optional.ofNullable(title);
    }

    /** The track's length in seconds. */
    public OptionalDouble durationSeconds() {
        return duration == null ? OptionalDouble.empty() : OptionalDouble.of(duration);
    }

    /** Track fields the SDK has no getter for. */
    public Map<String, Object> otherFields() {
        return Collections.unmodifiableMap(otherFields);
    }

    @Override
    public String toString() {
        return "MusicItem{audioUrl=" + audioUrl + ", title=" + title + "}";
    }
}
