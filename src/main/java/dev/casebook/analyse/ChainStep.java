package dev.casebook.analyse;

import dev.casebook.model.Channel;

import java.util.Optional;

/**
 * One step of a referral chain: the event, its part in the chain, who introduced the two people it joins (if
 * anyone in the chain did), and how long after the previous step it came, each as honest as the log allows.
 */
public record ChainStep(PlacedEvent placed, Role role, Optional<String> introducedBy, Elapsed elapsed) {

    /** What a step does in the chain. */
    public enum Role {
        /** The first contact of the chain, with no introducer. */
        ORIGIN,
        /** An introduction or referral: a new link. */
        INTRODUCTION,
        /** Two linked people getting to know each other (follows, conversations, meetings, lagniappes). */
        CONTACT,
        /** The business at the end. */
        OUTCOME
    }

    /** Who acts in this step (the event's {@code from}). */
    public String who() {
        return placed.event().from();
    }

    /** Towards whom (the event's {@code to}). */
    public String toWhom() {
        return placed.event().to();
    }

    public Optional<Channel> channel() {
        return placed.event().via();
    }

    /** When it happened, as the timeline says it. */
    public String when() {
        return placed.when();
    }
}
