package dev.casebook.analyse;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A log's events in an order that satisfies every date and {@code after} link. */
public record Timeline(String logId, List<PlacedEvent> events) {
    public Timeline {
        events = List.copyOf(events);
    }

    public Map<String, PlacedEvent> byId() {
        return events.stream().collect(Collectors.toMap(p -> p.event().id(), Function.identity()));
    }

    public Optional<PlacedEvent> find(String eventId) {
        return events.stream().filter(p -> p.event().id().equals(eventId)).findFirst();
    }
}
