package dev.mediagen.agentmedia;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.mediagen.core.ValidationException;
import dev.mediagen.core.internal.Json;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * The parameters of {@code POST /videos}: a {@code script} or a {@code prompt}, and every documented core,
 * advanced, composition and scene option. {@link Builder#build()} checks every documented rule, so an invalid
 * request fails with {@link ValidationException} before anything is sent.
 */
public final class VideoCreateParams {
    /** The largest request body the API accepts, in bytes (1 MB). */
    public static final int MAX_BODY_BYTES = 1_048_576;
    /** The most B-roll image URLs a video may have. */
    public static final int MAX_BROLL_IMAGES = 10;
    /** The most manual scenes a video may have. */
    public static final int MAX_SCENES = 30;

    private static final Pattern BCP47 = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*");

    private final String script;
    private final String prompt;
    private final Integer targetDuration;
    private final Map<String, Object> body;

    private VideoCreateParams(Builder b, Map<String, Object> body) {
        this.script = b.script;
        this.prompt = b.prompt;
        this.targetDuration = b.targetDuration;
        this.body = body;
    }

    /** A builder for a video narrating {@code script} (50 to 3000 characters, at most 37 words). */
    public static Builder script(String script) {
        return new Builder().script(script);
    }

    /** A builder for a video whose script is written from {@code prompt} (1 to 1000 characters; costs 5 credits more). */
    public static Builder prompt(String prompt) {
        return new Builder().prompt(prompt);
    }

    /** An empty builder; set a script or a prompt before {@code build()}. */
    public static Builder builder() {
        return new Builder();
    }

    /** The script, when one was given. */
    public Optional<String> scriptText() {
        return Optional.ofNullable(script);
    }

    /** The script-generation prompt, when one was given. */
    public Optional<String> promptText() {
        return Optional.ofNullable(prompt);
    }

    /** The requested duration in seconds, when one was given. */
    public OptionalInt targetDuration() {
        return targetDuration == null ? OptionalInt.empty() : OptionalInt.of(targetDuration);
    }

    /** The credits this video is expected to cost, computed offline with the API's pricing rules. */
    public CreditEstimate estimateCredits() {
        return CreditEstimate.of(this);
    }

    /** The JSON body, as the API's field names map to values. */
    Map<String, Object> toBody() {
        return body;
    }

    @Override
    public String toString() {
        return "VideoCreateParams" + body;
    }

    /** Builds {@link VideoCreateParams}. */
    public static final class Builder {
        private String script;
        private String prompt;
        private String productUrl;
        private String actorSlug;
        private Integer targetDuration;
        private SubtitleStyle style;
        private Tone tone;
        private Double voiceSpeed;
        private Music music;
        private String cta;
        private AspectRatio aspectRatio;
        private VideoTemplate template;
        private boolean pip;
        private PipOptions pipOptions;
        private Boolean allowBroll;
        private BrollModel brollModel;
        private List<String> brollImages;
        private String productImageUrl;
        private String dubLanguage;
        private List<Scene> scenes;
        private String webhookUrl;
        private String overlayText;

        private Builder() {
        }

        /** The video's script (50 to 3000 characters, at most 37 words); required unless a prompt is given. */
        public Builder script(String script) {
            this.script = script;
            return this;
        }

        /** A prompt from which GPT-4o writes the script (1 to 1000 characters, +5 credits); required unless a script is given. */
        public Builder prompt(String prompt) {
            this.prompt = prompt;
            return this;
        }

        /** A product page URL giving context when the script is generated. */
        public Builder productUrl(String productUrl) {
            this.productUrl = productUrl;
            return this;
        }

        /** The library actor presenting the video (1 to 100 characters; see the actors listing). */
        public Builder actorSlug(String actorSlug) {
            this.actorSlug = actorSlug;
            return this;
        }

        /** The target duration: 5, 10 or 15 seconds (estimated from the script when not set). */
        public Builder targetDuration(int seconds) {
            this.targetDuration = seconds;
            return this;
        }

        /** The subtitle style (default {@code hormozi}). */
        public Builder style(SubtitleStyle style) {
            this.style = style;
            return this;
        }

        /** The delivery tone. */
        public Builder tone(Tone tone) {
            this.tone = tone;
            return this;
        }

        /** The text-to-speech speed multiplier, 0.7 to 1.5. */
        public Builder voiceSpeed(double voiceSpeed) {
            this.voiceSpeed = voiceSpeed;
            return this;
        }

        /** The background music. */
        public Builder music(Music music) {
            this.music = music;
            return this;
        }

        /** The end-screen call to action (at most 100 characters). */
        public Builder cta(String cta) {
            this.cta = cta;
            return this;
        }

        /** The aspect ratio (default 9:16). */
        public Builder aspectRatio(AspectRatio aspectRatio) {
            this.aspectRatio = aspectRatio;
            return this;
        }

        /** The video template. */
        public Builder template(VideoTemplate template) {
            this.template = template;
            return this;
        }

        /** Uses the picture-in-picture layout ({@code composition_mode: "pip"}) with the API's default placement. */
        public Builder pictureInPicture() {
            this.pip = true;
            return this;
        }

        /** Uses the picture-in-picture layout with these options. */
        public Builder pictureInPicture(PipOptions options) {
            this.pip = true;
            this.pipOptions = options;
            return this;
        }

        /** Enables AI-generated B-roll cutaways (default off). */
        public Builder allowBroll(boolean allowBroll) {
            this.allowBroll = allowBroll;
            return this;
        }

        /** The B-roll model. */
        public Builder brollModel(BrollModel brollModel) {
            this.brollModel = brollModel;
            return this;
        }

        /** Image URLs used for B-roll (at most 10). */
        public Builder brollImages(List<String> urls) {
            this.brollImages = urls == null ? null : new ArrayList<>(urls);
            return this;
        }

        /** A product image URL for product-focused videos. */
        public Builder productImageUrl(String productImageUrl) {
            this.productImageUrl = productImageUrl;
            return this;
        }

        /** A BCP-47 language code to dub the video into (e.g. {@code es}; at most 10 characters). */
        public Builder dubLanguage(String dubLanguage) {
            this.dubLanguage = dubLanguage;
            return this;
        }

        /** Manual scene definitions (at most 30). */
        public Builder scenes(List<Scene> scenes) {
            this.scenes = scenes == null ? null : new ArrayList<>(scenes);
            return this;
        }

        /** An HTTPS URL (at most 2048 characters) that receives {@code job.completed} / {@code job.failed}. */
        public Builder webhookUrl(String webhookUrl) {
            this.webhookUrl = webhookUrl;
            return this;
        }

        /** Overlay text (accepted by the API, undocumented). */
        public Builder overlayText(String overlayText) {
            this.overlayText = overlayText;
            return this;
        }

        /** Checks every documented rule and builds the parameters; throws {@link ValidationException} when one fails. */
        public VideoCreateParams build() {
            validate();
            Map<String, Object> body = new LinkedHashMap<>();
            put(body, "script", script);
            put(body, "prompt", prompt);
            put(body, "product_url", productUrl);
            put(body, "actor_slug", actorSlug);
            put(body, "target_duration", targetDuration);
            put(body, "style", style);
            put(body, "tone", tone);
            put(body, "voice_speed", voiceSpeed);
            put(body, "music", music);
            put(body, "cta", cta);
            put(body, "aspect_ratio", aspectRatio);
            put(body, "template", template);
            if (pip) {
                body.put("composition_mode", "pip");
            }
            if (pipOptions != null) {
                body.put("pip_options", pipOptions.toBody());
            }
            put(body, "allow_broll", allowBroll);
            put(body, "broll_model", brollModel);
            if (brollImages != null) {
                body.put("broll_images", List.copyOf(brollImages));
            }
            put(body, "product_image_url", productImageUrl);
            put(body, "dub_language", dubLanguage);
            if (scenes != null) {
                List<Map<String, Object>> sceneBodies = new ArrayList<>();
                scenes.forEach(scene -> sceneBodies.add(scene.toBody()));
                body.put("scenes", sceneBodies);
            }
            put(body, "webhook_url", webhookUrl);
            put(body, "overlay_text", overlayText);
            checkSize(body);
            return new VideoCreateParams(this, Collections.unmodifiableMap(body));
        }

        private void validate() {
            if (isBlank(script) && isBlank(prompt)) {
                throw new ValidationException("Either script or prompt is required");
            }
            if (script != null) {
                Checks.length(script.strip(), 50, 3000, "script");
                if (prompt == null) {
                    int words = Pacing.wordCount(script);
                    if (words > Pacing.MAX_WORDS) {
                        throw new ValidationException("script has " + words + " words; at most " + Pacing.MAX_WORDS
                                + " fit in the longest (15 s) video at " + Pacing.WORDS_PER_SECOND + " words per second");
                    }
                }
            }
            Checks.length(prompt, 1, 1000, "prompt");
            Checks.httpUrl(productUrl, "product_url");
            Checks.length(actorSlug, 1, 100, "actor_slug");
            if (targetDuration != null && !Pacing.DURATIONS.contains(targetDuration)) {
                throw new ValidationException("target_duration must be 5, 10, or 15 (got " + targetDuration + ")");
            }
            if (voiceSpeed != null && !(voiceSpeed >= 0.7 && voiceSpeed <= 1.5)) {
                throw new ValidationException("voice_speed must be between 0.7 and 1.5 (got " + voiceSpeed + ")");
            }
            Checks.length(cta, 0, 100, "cta");
            if (brollImages != null) {
                if (brollImages.size() > MAX_BROLL_IMAGES) {
                    throw new ValidationException("broll_images must have " + MAX_BROLL_IMAGES + " or fewer items (got "
                            + brollImages.size() + ")");
                }
                brollImages.forEach(url -> {
                    if (url == null) {
                        throw new ValidationException("broll_images must not contain null");
                    }
                    Checks.httpUrl(url, "broll_images entry");
                });
            }
            Checks.httpUrl(productImageUrl, "product_image_url");
            if (dubLanguage != null) {
                Checks.length(dubLanguage, 1, 10, "dub_language");
                if (!BCP47.matcher(dubLanguage).matches()) {
                    throw new ValidationException("dub_language must be a BCP-47 language code such as es or pt-BR (got '"
                            + dubLanguage + "')");
                }
            }
            if (scenes != null) {
                if (scenes.size() > MAX_SCENES) {
                    throw new ValidationException("scenes must have " + MAX_SCENES + " or fewer items (got " + scenes.size() + ")");
                }
                if (scenes.contains(null)) {
                    throw new ValidationException("scenes must not contain null");
                }
            }
            Checks.httpsUrl(webhookUrl, "webhook_url", 2048);
        }

        private static void checkSize(Map<String, Object> body) {
            int size;
            try {
                size = Json.snakeCase().writeValueAsBytes(body).length;
            } catch (JsonProcessingException e) {
                throw new ValidationException("the request body cannot be written as JSON: " + e.getOriginalMessage());
            }
            if (size > MAX_BODY_BYTES) {
                throw new ValidationException("the request body is " + size + " bytes; the API accepts at most "
                        + MAX_BODY_BYTES + " (1 MB)");
            }
        }

        private static boolean isBlank(String value) {
            return value == null || value.isBlank();
        }

        private static void put(Map<String, Object> body, String name, Object value) {
            if (value != null) {
                body.put(name, value);
            }
        }
    }

}
