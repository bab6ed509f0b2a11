package dev.mediagen.testkit;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** The simulated catalogs: TTS voices, avatar presenters and languages. */
final class VideoGenSimResources {
    /** A voice that text-to-speech accepts. */
    static final String NARRATOR_VOICE = "vg_voic_sim0narrator";
    /** The spec's example voice: listed, but not usable for direct tool runs. */
    static final String WORKFLOW_ONLY_VOICE = "vg_voic_7t1wdka3tmk";
    /** A deprecated voice, listed only with {@code includeDeprecatedVoices=true}. */
    static final String DEPRECATED_VOICE = "vg_voic_sim0legacy";
    /** The spec's example presenter. */
    static final String PRESENTER = "vg_pres_a1ua8slxzfi";

    private static final List<Object[]> VOICES = List.of(
            new Object[] {NARRATOR_VOICE, "en-US", "Aria", "FEMALE", "american", true, false, false},
            new Object[] {"vg_voic_sim0host00", "en-GB", "Marcus", "MALE", "british", true, true, false},
            new Object[] {WORKFLOW_ONLY_VOICE, "en-US", "Matilda", "FEMALE", "american", false, true, false},
            new Object[] {"vg_voic_sim0lucia0", "es-ES", "Lucía", "FEMALE", null, true, false, false},
            new Object[] {DEPRECATED_VOICE, "en-US", "Old Tom", "MALE", null, true, false, true});

    private static final List<Object[]> PRESENTERS = List.of(
            new Object[] {PRESENTER, "FEMALE"},
            new Object[] {"vg_pres_sim0james0", "MALE"},
            new Object[] {"vg_pres_sim0robin0", "NEUTRAL"});

    private static final List<String[]> LANGUAGES = List.of(
            new String[] {"en-US", "English (US)"}, new String[] {"en-GB", "English (UK)"},
            new String[] {"es-ES", "Spanish (Spain)"}, new String[] {"fr-FR", "French"},
            new String[] {"de-DE", "German"}, new String[] {"ja-JP", "Japanese"});

    private final Supplier<String> baseUrl;

    VideoGenSimResources(Supplier<String> baseUrl) {
        this.baseUrl = baseUrl;
    }

    List<ObjectNode> voices(boolean includeDeprecated) {
        return VOICES.stream().filter(v -> includeDeprecated || !(Boolean) v[7]).map(v -> {
            ObjectNode voice = JsonNodeFactory.instance.objectNode();
            voice.put("voiceId", (String) v[0]);
            voice.put("languageCode", (String) v[1]);
            voice.put("displayName", (String) v[2]);
            voice.put("displayGender", (String) v[3]);
            voice.set("accent", VideoGenSimFiles.textOrNull((String) v[4]));
            voice.put("description", "A simulated " + ((String) v[3]).toLowerCase(java.util.Locale.ROOT) + " voice.");
            voice.put("supportsDirectToolExecution", (Boolean) v[5]);
            voice.put("supportsAllLanguages", (Boolean) v[6]);
            voice.put("isDeprecated", (Boolean) v[7]);
            return voice;
        }).collect(Collectors.toList());
    }

    /** Whether text-to-speech accepts the voice: listed and supporting direct tool runs. */
    static boolean directVoice(String voiceId) {
        return VOICES.stream().anyMatch(v -> v[0].equals(voiceId) && (Boolean) v[5]);
    }

    static boolean voiceExists(String voiceId) {
        return VOICES.stream().anyMatch(v -> v[0].equals(voiceId));
    }

    List<ObjectNode> presenters() {
        return PRESENTERS.stream().map(p -> {
            ObjectNode presenter = JsonNodeFactory.instance.objectNode();
            String id = (String) p[0];
            presenter.put("avatarPresenterId", id);
            presenter.put("displayableGender", (String) p[1]);
            presenter.put("imageUrl", baseUrl.get() + "/public/presenters/" + id + "/image.png");
            presenter.put("thumbnailUrl", baseUrl.get() + "/public/presenters/" + id + "/thumbnail.png");
            presenter.put("previewVideoUrl", baseUrl.get() + "/public/presenters/" + id + "/preview.mp4");
            return presenter;
        }).collect(Collectors.toList());
    }

    static boolean presenterExists(String presenterId) {
        return PRESENTERS.stream().anyMatch(p -> p[0].equals(presenterId));
    }

    List<ObjectNode> languages() {
        return LANGUAGES.stream().map(l -> {
            ObjectNode language = JsonNodeFactory.instance.objectNode();
            language.put("languageCode", l[0]);
            language.put("name", l[1]);
            return language;
        }).collect(Collectors.toList());
    }

    static boolean languageExists(String code) {
        return LANGUAGES.stream().anyMatch(l -> l[0].equalsIgnoreCase(code) || l[0].startsWith(code + "-"));
    }

    SimResponse presenterMedia(SimRequest request) {
        String id = request.pathParam("presenterId");
        if (!presenterExists(id)) {
            return SimResponse.empty(404);
        }
        String name = request.pathParam("name");
        return name.endsWith(".mp4") ? SimResponse.bytes(200, MediaFiles.mp4(id.hashCode()), "video/mp4")
                : SimResponse.bytes(200, MediaFiles.png(48, 48, id.hashCode()), "image/png");
    }
}
