package dev.casebook.analyse;

import dev.casebook.model.Event;

/**
 * An event at its place in a timeline: its position (0-based), what is known of its date (propagated through
 * {@code after} links) and how to say when it happened, as honestly as its source.
 */
public record PlacedEvent(Event event, int index, DateWindow window, Dating dating, String when) {
}
