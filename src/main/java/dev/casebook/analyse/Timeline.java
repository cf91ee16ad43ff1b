package dev.casebook.analyse;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A log's events in an order that satisfies every date and {@code after} link, with a lookup by event id. */
public record Timeline(String logId, List<PlacedEvent> events, Map<String, PlacedEvent> byId) {
    public Timeline {
        events = List.copyOf(events);
        byId = Map.copyOf(byId);
    }

    /** A timeline of these placed events, in this order. */
    public static Timeline of(String logId, List<PlacedEvent> events) {
        Map<String, PlacedEvent> byId = new HashMap<>(events.size() * 2);
        for (PlacedEvent p : events) byId.put(p.event().id(), p);
        return new Timeline(logId, events, byId);
    }

    public Optional<PlacedEvent> find(String eventId) {
        return Optional.ofNullable(byId.get(eventId));
    }
}
