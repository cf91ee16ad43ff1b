package dev.casebook.analyse;

import dev.casebook.model.Channel;
import dev.casebook.model.EventType;

import java.util.Optional;

/**
 * One edge of the network: two people joined by an event, typed by its kind and channel. {@code directed} edges
 * go from the one who acts to the one acted on; the link an introduction creates between the two people it
 * introduces has no direction.
 */
public record Link(String from, String to, EventType type, Optional<Channel> via, EventRef event, boolean directed) {
}
