package dev.mediagen.testkit;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** The simulator's actor library: a dozen actors with portraits served by the simulator itself. */
final class AgentMediaSimActors {
    private final List<Map<String, Object>> actors = new ArrayList<>();
    private final Supplier<String> mediaBaseUrl;

    AgentMediaSimActors(Supplier<String> mediaBaseUrl) {
        this.mediaBaseUrl = mediaBaseUrl;
        add("Emma", "emma", "female", "26-35", "Young Adult", "EXAVITQu4vr4xnSDxMaL", "active");
        add("Emily", "emily", "female", "18-25", "Young Adult", "cgSgspJ2msm6clMCkdW9", "active");
        add("Sofia", "sofia", "female", "26-35", "Professional", "XB0fDUnXU5powFXDhCwa", "active");
        add("Grace", "grace", "female", "46-60", "Mature", "oWAxZDx7w5VEj9dCyTzz", "active");
        add("Mia", "mia", "female", "18-25", "Gen Z", "pFZP5JQG7iQjIQuC4Bku", "active");
        add("Olivia", "olivia", "female", "36-45", "Parent", "XrExE9yKIg1WjnnlVkGX", "pending");
        add("Liam", "liam", "male", "18-25", "Young Adult", "TX3LPaxmHKxFdv7VOQHJ", "active");
        add("Chris", "chris", "male", "26-35", "Professional", "iP95p4xoKVk53GoZ742B", "active");
        add("James", "james", "male", "36-45", "Professional", "ZQe5CZNOzWyzPSCn5a3c", "active");
        add("Noah", "noah", "male", "26-35", "Young Adult", "bIHbv24MWmeRgasZH58o", "active");
        add("Henry", "henry", "male", "46-60", "Mature", "nPczCjzI2devNBz1zQrb", "active");
        add("Lucas", "lucas", "male", "18-25", "Gen Z", "onwK4e9ZLuTAKqWW03F9", "inactive");
    }

    private void add(String name, String slug, String gender, String ageRange, String type, String voice,
                     String status) {
        Map<String, Object> actor = new LinkedHashMap<>();
        actor.put("id", UUID.nameUUIDFromBytes(("actor:" + slug).getBytes(StandardCharsets.UTF_8)).toString());
        actor.put("name", name);
        actor.put("slug", slug);
        actor.put("gender", gender);
        actor.put("age_range", ageRange);
        actor.put("actor_type", type);
        actor.put("portrait_url", "/actors/" + slug + "/portrait.png");
        actor.put("voice_id", voice);
        actor.put("status", status);
        actors.add(actor);
    }

    List<Map<String, Object>> list(Optional<String> gender, Optional<String> ageRange, Optional<String> type,
                                   Optional<String> search) {
        return actors.stream()
                .filter(a -> gender.map(g -> g.equalsIgnoreCase((String) a.get("gender"))).orElse(true))
                .filter(a -> ageRange.map(r -> r.equals(a.get("age_range"))).orElse(true))
                .filter(a -> type.map(t -> t.equalsIgnoreCase((String) a.get("actor_type"))).orElse(true))
                .filter(a -> search.map(s -> ((String) a.get("name")).toLowerCase(Locale.ROOT)
                        .contains(s.toLowerCase(Locale.ROOT))).orElse(true))
                .map(this::view)
                .collect(Collectors.toList());
    }

    Optional<Map<String, Object>> bySlug(String slug) {
        return actors.stream().filter(a -> a.get("slug").equals(slug)).findFirst().map(this::view);
    }

    private Map<String, Object> view(Map<String, Object> actor) {
        Map<String, Object> copy = new LinkedHashMap<>(actor);
        copy.put("portrait_url", mediaBaseUrl.get() + actor.get("portrait_url"));
        return copy;
    }

    Optional<Map<String, Object>> activeBySlug(String slug) {
        return bySlug(slug).filter(a -> "active".equals(a.get("status")));
    }

    boolean hasSlug(String slug) {
        return bySlug(slug).isPresent();
    }

    /** The "Actor 'x' not found." message with up to three active slugs within edit distance 2. */
    String notFoundMessage(String slug) {
        List<String> similar = actors.stream()
                .filter(a -> "active".equals(a.get("status")))
                .map(a -> (String) a.get("slug"))
                .filter(s -> distance(slug, s) > 0 && distance(slug, s) <= 2)
                .sorted(Comparator.comparingInt(s -> distance(slug, s)))
                .limit(3)
                .collect(Collectors.toList());
        String hint = similar.isEmpty() ? "" : " Did you mean: " + String.join(", ", similar) + "?";
        return "Actor '" + slug + "' not found." + hint + " Run 'agent-media actor list' to browse actors.";
    }

    private static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
            }
        }
        return d[a.length()][b.length()];
    }
}
