package dev.casebook.analyse;

import java.util.Optional;

/**
 * One step of a referral chain: the event, its part in the chain, who introduced the two people it joins (if
 * anyone), when it happened and how long after the previous step, each as honest as the dates allow.
 */
public record ChainStep(PlacedEvent placed, Role role, Optional<String> introducedBy, String elapsed) {

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
}
