package dev.casebook.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/** How two people were in touch: twitter, email, in-person... A slug, with a reader's label for the known ones. */
public record Channel(String id) {

    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("in-person", "in person"),
            Map.entry("twitter", "Twitter"),
            Map.entry("facebook", "Facebook"),
            Map.entry("linkedin", "LinkedIn"),
            Map.entry("email", "email"),
            Map.entry("phone", "phone"),
            Map.entry("blog", "blog"),
            Map.entry("active-rain", "Active Rain"),
            Map.entry("plaxo", "Plaxo"),
            Map.entry("website", "website"),
            Map.entry("letter", "letter"),
            Map.entry("event", "event"));

    /** The channels Casebook knows by name, sorted. */
    public static final List<String> KNOWN = LABELS.keySet().stream().sorted().toList();

    public Channel {
        Objects.requireNonNull(id, "id");
    }

    public boolean known() {
        return LABELS.containsKey(id);
    }

    /** What a reader sees: "Twitter", "in person", or the slug as written for channels Casebook does not know. */
    public String label() {
        return LABELS.getOrDefault(id, id);
    }
}
