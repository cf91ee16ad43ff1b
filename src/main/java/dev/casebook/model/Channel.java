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

    /** One shared value for each known channel: a log of thousands of events names a handful of channels. */
    private static final Map<String, Channel> SHARED = KNOWN.stream().collect(java.util.stream.Collectors.toUnmodifiableMap(id -> id, Channel::new));

    public Channel {
        Objects.requireNonNull(id, "id");
    }

    /** The channel {@code id}: the shared value for a known one, a new one otherwise. Equal either way. */
    public static Channel of(String id) {
        Channel known = SHARED.get(id);
        return known != null ? known : new Channel(id);
    }

    public boolean known() {
        return LABELS.containsKey(id);
    }

    /** What a reader sees: "Twitter", "in person", or the slug as written for channels Casebook does not know. */
    public String label() {
        return LABELS.getOrDefault(id, id);
    }
}
