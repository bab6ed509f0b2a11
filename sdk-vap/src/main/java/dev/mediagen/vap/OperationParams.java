package dev.mediagen.vap;

import dev.mediagen.core.ValidationException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * What {@code POST /v3/operations} applies to existing media (Tier 1+). Created with one factory per operation, each
 * checking that operation's documented constraints.
 */
public final class OperationParams {
    /** The most extra reference images an {@code ai_edit} takes. */
    public static final int MAX_ADDITIONAL_IMAGES = 2;

    private final OperationType operation;
    private final String mediaUrl;
    private final String prompt;
    private final String maskUrl;
    private final Integer scale;
    private final Number startTime;
    private final Number endTime;
    private final List<String> mediaUrls;
    private final List<String> additionalImages;

    private OperationParams(OperationType operation, String mediaUrl, String prompt, String maskUrl, Integer scale,
                            Number startTime, Number endTime, List<String> mediaUrls, List<String> additionalImages) {
        this.operation = operation;
        this.mediaUrl = Check.url(mediaUrl, "media_url");
        this.prompt = prompt;
        this.maskUrl = Check.optionalUrl(maskUrl, "mask_url");
        this.scale = scale;
        this.startTime = startTime;
        this.endTime = endTime;
        this.mediaUrls = mediaUrls;
        this.additionalImages = additionalImages;
    }

    /** Edits the area of {@code mediaUrl} that {@code maskUrl} marks white (null: VAP picks one) per {@code prompt}. */
    public static OperationParams inpaint(String mediaUrl, String prompt, String maskUrl) {
        return new OperationParams(OperationType.INPAINT, mediaUrl, Check.text(prompt, "prompt"), maskUrl, null, null,
                null, null, null);
    }

    /** Edits the image at {@code mediaUrl} following {@code prompt}. */
    public static OperationParams aiEdit(String mediaUrl, String prompt) {
        return aiEdit(mediaUrl, prompt, List.of());
    }

    /** Edits the image at {@code mediaUrl} following {@code prompt}, with up to two extra reference images. */
    public static OperationParams aiEdit(String mediaUrl, String prompt, List<String> additionalImages) {
        List<String> extra = Check.urls(additionalImages, "additional_images");
        if (extra.size() > MAX_ADDITIONAL_IMAGES) {
            throw new ValidationException("ai_edit takes at most " + MAX_ADDITIONAL_IMAGES
                    + " additional_images, got " + extra.size());
        }
        return new OperationParams(OperationType.AI_EDIT, mediaUrl, Check.text(prompt, "prompt"), null, null, null, null,
                null, extra.isEmpty() ? null : extra);
    }

    /** Removes the background of the image at {@code mediaUrl}. */
    public static OperationParams backgroundRemove(String mediaUrl) {
        return new OperationParams(OperationType.BACKGROUND_REMOVE, mediaUrl, null, null, null, null, null, null, null);
    }

    /** Upscales the image at {@code mediaUrl} by {@code scale}, which must be 2 or 4. */
    public static OperationParams upscale(String mediaUrl, int scale) {
        if (scale != 2 && scale != 4) {
            throw new ValidationException("upscale scale must be 2 or 4, got " + scale);
        }
        return new OperationParams(OperationType.UPSCALE, mediaUrl, null, null, scale, null, null, null, null);
    }

    /** Cuts the video at {@code mediaUrl} to the range from {@code startSeconds} to {@code endSeconds}. */
    public static OperationParams videoTrim(String mediaUrl, double startSeconds, double endSeconds) {
        if (!Double.isFinite(startSeconds) || !Double.isFinite(endSeconds) || startSeconds < 0) {
            throw new ValidationException("video_trim times must be finite and start_time must be >= 0");
        }
        if (startSeconds >= endSeconds) {
            throw new ValidationException("video_trim start_time (" + startSeconds + ") must be before end_time ("
                    + endSeconds + ")");
        }
        return new OperationParams(OperationType.VIDEO_TRIM, mediaUrl, null, null, null, seconds(startSeconds),
                seconds(endSeconds), null, null);
    }

    /** Joins the clips in order; needs at least two. The first clip is also sent as {@code media_url}. */
    public static OperationParams videoMerge(List<String> clipUrls) {
        List<String> clips = Check.urls(clipUrls, "media_urls");
        if (clips.size() < 2) {
            throw new ValidationException("video_merge needs at least 2 media_urls, got " + clips.size());
        }
        return new OperationParams(OperationType.VIDEO_MERGE, clips.get(0), null, null, null, null, null, clips, null);
    }

    private static Number seconds(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? (Number) (long) value : (Number) value;
    }

    /** Which operation this is. */
    public OperationType operation() {
        return operation;
    }

    /** The source media. */
    public String mediaUrl() {
        return mediaUrl;
    }

    /** The edit instruction (inpaint, ai_edit). */
    public Optional<String> prompt() {
        return Optional.ofNullable(prompt);
    }

    /** The inpaint mask (white = edit, black = keep). */
    public Optional<String> maskUrl() {
        return Optional.ofNullable(maskUrl);
    }

    /** The upscale factor. */
    public OptionalInt scale() {
        return scale == null ? OptionalInt.empty() : OptionalInt.of(scale);
    }

    /** The trim start in seconds. */
    public OptionalDouble startTime() {
        return startTime == null ? OptionalDouble.empty() : OptionalDouble.of(startTime.doubleValue());
    }

    /** The trim end in seconds. */
    public OptionalDouble endTime() {
        return endTime == null ? OptionalDouble.empty() : OptionalDouble.of(endTime.doubleValue());
    }

    /** The clips of a merge, in order. */
    public List<String> mediaUrls() {
        return mediaUrls == null ? List.of() : mediaUrls;
    }

    /** The extra reference images of an ai_edit. */
    public List<String> additionalImages() {
        return additionalImages == null ? List.of() : additionalImages;
    }

    /** The {@code options} object of the request, or null when the operation takes none. */
    OperationBody.Options options() {
        if (scale == null && startTime == null && endTime == null && mediaUrls == null && additionalImages == null) {
            return null;
        }
        return new OperationBody.Options(scale, startTime, endTime, mediaUrls, additionalImages);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof OperationParams)) {
            return false;
        }
        OperationParams other = (OperationParams) o;
        return operation.equals(other.operation) && mediaUrl.equals(other.mediaUrl) && Objects.equals(prompt, other.prompt)
                && Objects.equals(maskUrl, other.maskUrl) && Objects.equals(scale, other.scale)
                && Objects.equals(startTime, other.startTime) && Objects.equals(endTime, other.endTime)
                && Objects.equals(mediaUrls, other.mediaUrls) && Objects.equals(additionalImages, other.additionalImages);
    }

    @Override
    public int hashCode() {
        return Objects.hash(operation, mediaUrl, prompt, maskUrl, scale, startTime, endTime, mediaUrls, additionalImages);
    }

    @Override
    public String toString() {
        return "OperationParams{operation=" + operation + ", mediaUrl=" + mediaUrl + ", prompt=" + prompt + "}";
    }
}
