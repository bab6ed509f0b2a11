package dev.mediagen.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/** The checks agent-media's gateway and ugc-video function make on a {@code POST /videos} body. */
final class AgentMediaSimValidation {
    static final Set<String> ALLOWED_FIELDS = Set.of("script", "prompt", "product_url", "actor_slug",
            "target_duration", "style", "tone", "voice_speed", "music", "cta", "aspect_ratio", "template",
            "composition_mode", "pip_options", "allow_broll", "broll_model", "broll_images", "product_image_url",
            "dub_language", "scenes", "overlay_text", "webhook_url");
    static final List<String> TONES = List.of("energetic", "calm", "confident", "dramatic");
    static final List<String> MUSIC = List.of("chill", "energetic", "corporate", "dramatic", "upbeat");
    static final List<String> ASPECT_RATIOS = List.of("9:16", "16:9", "1:1");
    static final List<String> BROLL_MODELS = List.of("kling3", "hailuo2", "wan21");
    static final List<String> STYLES = List.of("hormozi", "minimal", "bold", "karaoke", "clean", "tiktok", "neon",
            "fire", "glow", "pop", "aesthetic", "impact", "pastel", "electric", "boxed", "gradient", "spotlight");
    static final List<String> TEMPLATES = List.of("monologue", "testimonial", "product-review", "problem-solution",
            "saas-review", "before-after", "listicle", "product-demo");
    static final List<String> SCENE_TYPES = List.of("talking_head", "broll");
    static final List<String> PIP_POSITIONS = List.of("bottom-center", "bottom-left", "bottom-right");
    static final List<String> PIP_SIZES = List.of("small", "medium", "large");
    static final List<String> PIP_ANIMATIONS = List.of("slide-up", "slide-left", "slide-right", "fade", "scale");
    static final List<String> PIP_FRAMES = List.of("none", "rounded", "shadow");
    static final Set<String> PIP_KEYS = Set.of("position", "size", "animation", "frame_style");

    private AgentMediaSimValidation() {
    }

    /** Throws the API's 400 for the first rule the body breaks. */
    static void validate(JsonNode body) {
        JsonNode script = body.get("script");
        JsonNode prompt = body.get("prompt");
        if (blank(script) && blank(prompt)) {
            throw new AgentMediaSimError(400, "missing_script", "Either script or prompt is required");
        }
        if (script != null) {
            string(script, "script");
            int length = script.asText().strip().length();
            if (length < 50) {
                fail("script must be at least 50 characters");
            }
            if (length > 3000) {
                fail("script must be 3000 characters or fewer");
            }
        }
        if (prompt != null) {
            lengthBetween(prompt, "prompt", 1, 1000);
        }
        url(body.get("product_url"), "product_url");
        if (body.has("actor_slug")) {
            lengthBetween(body.get("actor_slug"), "actor_slug", 1, 100);
        }
        JsonNode duration = body.get("target_duration");
        if (duration != null && !(duration.isNumber() && List.of(5.0, 10.0, 15.0).contains(duration.asDouble()))) {
            fail("target_duration must be 5, 10, or 15");
        }
        oneOf(body.get("style"), "style", STYLES);
        oneOf(body.get("tone"), "tone", TONES);
        JsonNode speed = body.get("voice_speed");
        if (speed != null) {
            if (!speed.isNumber()) {
                fail("voice_speed must be a number");
            }
            if (speed.asDouble() < 0.7 || speed.asDouble() > 1.5) {
                fail("voice_speed must be between 0.7 and 1.5");
            }
        }
        oneOf(body.get("music"), "music", MUSIC);
        JsonNode cta = body.get("cta");
        if (cta != null && (!cta.isTextual() || cta.asText().length() > 100)) {
            throw new AgentMediaSimError(400, "cta_too_long", "CTA text must be a string of 100 characters or less");
        }
        oneOf(body.get("aspect_ratio"), "aspect_ratio", ASPECT_RATIOS);
        oneOf(body.get("template"), "template", TEMPLATES);
        JsonNode mode = body.get("composition_mode");
        if (mode != null && !"pip".equals(mode.asText(null))) {
            fail("composition_mode must be 'pip'");
        }
        pip(body.get("pip_options"));
        JsonNode allowBroll = body.get("allow_broll");
        if (allowBroll != null && !allowBroll.isBoolean()) {
            fail("allow_broll must be a boolean");
        }
        oneOf(body.get("broll_model"), "broll_model", BROLL_MODELS);
        JsonNode images = body.get("broll_images");
        if (images != null) {
            if (!images.isArray()) {
                fail("broll_images must be an array");
            }
            if (images.size() > 10) {
                fail("broll_images must have 10 or fewer items");
            }
            images.forEach(image -> {
                if (!isHttpUrl(image)) {
                    fail("Each broll_images entry must be a valid URL");
                }
            });
        }
        url(body.get("product_image_url"), "product_image_url");
        JsonNode dub = body.get("dub_language");
        if (dub != null) {
            string(dub, "dub_language");
            if (dub.asText().length() > 10) {
                fail("dub_language must be 10 characters or fewer");
            }
        }
        webhook(body.get("webhook_url"));
        scenes(body.get("scenes"));
    }

    private static void pip(JsonNode pip) {
        if (pip == null) {
            return;
        }
        if (!pip.isObject()) {
            fail("pip_options must be an object");
        }
        Iterator<String> names = pip.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!PIP_KEYS.contains(name)) {
                fail("pip_options contains unknown field: " + name);
            }
        }
        oneOf(pip.get("position"), "pip_options.position", PIP_POSITIONS);
        oneOf(pip.get("size"), "pip_options.size", PIP_SIZES);
        oneOf(pip.get("animation"), "pip_options.animation", PIP_ANIMATIONS);
        oneOf(pip.get("frame_style"), "pip_options.frame_style", PIP_FRAMES);
    }

    private static void webhook(JsonNode url) {
        if (url == null) {
            return;
        }
        string(url, "webhook_url");
        URI uri = parse(url.asText());
        if (uri == null || uri.getScheme() == null || uri.getHost() == null) {
            fail("webhook_url must be a valid URL");
        }
        if (!"https".equalsIgnoreCase(uri.getScheme())) {
            fail("webhook_url must use HTTPS");
        }
        if (url.asText().length() > 2048) {
            fail("webhook_url must be 2048 characters or fewer");
        }
    }

    private static void scenes(JsonNode scenes) {
        if (scenes == null) {
            return;
        }
        if (!scenes.isArray()) {
            fail("scenes must be an array");
        }
        if (scenes.size() > 30) {
            fail("scenes must have 30 or fewer items");
        }
        for (int i = 0; i < scenes.size(); i++) {
            JsonNode scene = scenes.get(i);
            if (!scene.isObject()) {
                fail("scenes[" + i + "] must be an object");
            }
            if (blank(scene.get("text"))) {
                fail("Each scene in scenes_input must have a non-empty text field");
            }
            JsonNode type = scene.get("type");
            if (type != null && !SCENE_TYPES.contains(type.asText())) {
                fail("Invalid scene type '" + type.asText() + "'. Must be 'talking_head' or 'broll'");
            }
            JsonNode image = scene.get("image");
            if (image != null && !isHttpUrl(image)) {
                fail("Each scene image must be a valid HTTP URL");
            }
        }
    }

    private static void oneOf(JsonNode value, String field, List<String> allowed) {
        if (value != null && (!value.isTextual() || !allowed.contains(value.asText()))) {
            fail(field + " must be one of: " + String.join(", ", allowed));
        }
    }

    private static void lengthBetween(JsonNode value, String field, int min, int max) {
        string(value, field);
        int length = value.asText().length();
        if (length < min) {
            fail(field + (min == 1 ? " must not be empty" : " must be at least " + min + " characters"));
        }
        if (length > max) {
            fail(field + " must be " + max + " characters or fewer");
        }
    }

    private static void url(JsonNode value, String field) {
        if (value != null && !isHttpUrl(value)) {
            fail(field + " must be a valid URL");
        }
    }

    private static void string(JsonNode value, String field) {
        if (!value.isTextual()) {
            fail(field + " must be a string");
        }
    }

    private static boolean isHttpUrl(JsonNode value) {
        if (value == null || !value.isTextual()) {
            return false;
        }
        URI uri = parse(value.asText());
        return uri != null && uri.getHost() != null
                && ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()));
    }

    private static URI parse(String text) {
        try {
            return new URI(text);
        } catch (Exception e) {
            return null;
        }
    }

    private static boolean blank(JsonNode value) {
        return value == null || value.isNull() || (value.isTextual() && value.asText().isBlank());
    }

    private static void fail(String message) {
        throw new AgentMediaSimError(400, "validation_error", message);
    }
}
