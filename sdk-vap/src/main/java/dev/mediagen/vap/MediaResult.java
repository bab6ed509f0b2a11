package dev.mediagen.vap;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code result} of a finished task or operation. VAP uses several shapes: images
 * {@code {image_url, output_url}}, videos {@code {video_url | output_url}}, music {@code {items: [{audio_url, ...}]}};
 * {@link #urls()} reads all of them. Fields the SDK does not know are kept in {@link #otherFields()}.
 */
public final class MediaResult {
    private String imageUrl;
    private String videoUrl;
    private String audioUrl;
    private String outputUrl;
    private String resultUrl;
    private List<MusicItem> items;
    @JsonAnySetter
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    private final Map<String, Object> otherFields = new LinkedHashMap<>();

    private MediaResult() {
    }

    /** The image URL (images and image operations). */
    public Optional<String> imageUrl() {
        return Optional.ofNullable(imageUrl);
    }

    /** The video URL (videos and video operations). */
    public Optional<String> videoUrl() {
        return Optional.ofNullable(videoUrl);
    }

    /** A single audio URL, when the result has one at the top level. */
    public Optional<String> audioUrl() {
        return Optional.ofNullable(audioUrl);
    }

    /** The generic output URL. */
    public Optional<String> outputUrl() {
        return Optional.ofNullable(outputUrl);
    }

    /** The tracks of a music result (empty for other results). */
    public List<MusicItem> items() {
        return items == null ? List.of() : Collections.unmodifiableList(items);
    }

    /** Every audio URL: the top-level one and each track's. */
    public List<String> audioUrls() {
        List<String> urls = new ArrayList<>();
        if (audioUrl != null) {
            urls.add(audioUrl);
        }
        items().forEach(item -> item.audioUrl().ifPresent(urls::add));
        return urls;
    }

    /**
     * Every distinct media URL, the main media first: audio, video, image, output and result URLs, then the tracks'
     * cover images.
     */
    public List<String> urls() {
        Set<String> urls = new LinkedHashSet<>(audioUrls());
        addIfPresent(urls, videoUrl);
        addIfPresent(urls, imageUrl);
        addIfPresent(urls, outputUrl);
        addIfPresent(urls, resultUrl);
        items().forEach(item -> item.imageUrl().ifPresent(urls::add));
        return List.copyOf(urls);
    }

    /** The main media URL (the first of {@link #urls()}). */
    public Optional<String> primaryUrl() {
        List<String> urls = urls();
        return urls.isEmpty() ? Optional.empty() : Optional.of(urls.get(0));
    }

    /** Result fields the SDK has no getter for, as VAP sent them. */
    public Map<String, Object> otherFields() {
        return Collections.unmodifiableMap(otherFields);
    }

    private static void addIfPresent(Set<String> urls, String url) {
        if (url != null && !url.isBlank()) {
            urls.add(url);
        }
    }

    @Override
    public String toString() {
        return "MediaResult" + urls();
    }
}
