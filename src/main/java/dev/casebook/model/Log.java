package dev.casebook.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A relationship log: the people of one case and what happened between them, in file order. */
public record Log(String id, SourcePos pos, Optional<String> subject, List<Person> people, List<Event> events) {
    public Log {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(pos, "pos");
        Objects.requireNonNull(subject, "subject");
        people = List.copyOf(people);
        events = List.copyOf(events);
    }

    public Optional<Event> event(String eventId) {
        return events.stream().filter(e -> e.id().equals(eventId)).findFirst();
    }
}
