package dev.casebook.model;

import java.util.Objects;
import java.util.Optional;

/**
 * One thing that happened between two people. {@code from} acts towards {@code to}; for introductions and
 * referrals {@code introduces} is the person introduced (the log's subject when the file leaves it out).
 * An event has a date, an anchor ({@code after}, with an optional gap), both (the anchor is then checked
 * against the date), or neither (date unknown).
 */
public record Event(String id, EventType type, String from, String to, Optional<String> introduces,
                    Optional<Channel> via, Optional<PartialDate> date, Optional<String> after, Optional<Gap> gap,
                    Optional<String> note, Optional<String> value, SourcePos pos) {
    public Event {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(introduces, "introduces");
        Objects.requireNonNull(via, "via");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(gap, "gap");
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(pos, "pos");
        if (gap.isPresent() && after.isEmpty()) throw new IllegalArgumentException("gap without after");
    }

    /** Whether the event involves this person in any role. */
    public boolean involves(String personId) {
        return from.equals(personId) || to.equals(personId) || introduces.map(personId::equals).orElse(false);
    }
}
