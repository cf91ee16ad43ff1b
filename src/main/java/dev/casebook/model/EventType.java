package dev.casebook.model;

import java.util.Locale;
import java.util.Optional;

/** The kinds of event a relationship log records. */
public enum EventType {
    MET("met"),
    FOLLOWED("followed"),
    CONVERSATION("conversation"),
    INTRODUCTION("introduction"),
    MEETING("meeting"),
    REFERRAL("referral"),
    LAGNIAPPE("lagniappe"),
    BUSINESS("business");

    private final String word;

    EventType(String word) {
        this.word = word;
    }

    /** The word used in log files. */
    public String word() {
        return word;
    }

    /** Introductions and referrals connect two people through a third. */
    public boolean connects() {
        return this == INTRODUCTION || this == REFERRAL;
    }

    /** Contact of the two people themselves: a possible first contact in a chain. */
    public boolean isContact() {
        return this == MET || this == FOLLOWED || this == CONVERSATION || this == MEETING;
    }

    public static Optional<EventType> fromWord(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        for (EventType t : values()) {
            if (t.word.equals(w)) return Optional.of(t);
        }
        return Optional.empty();
    }
}
