package dev.casebook.analyse;

import dev.casebook.model.Event;

import java.util.function.Function;

/** Short reader's labels for events ("the conversation between Kathleen and Rebecca"), used in dates and chains. */
public final class EventLabels {

    private EventLabels() {
    }

    /** "the conversation between Kathleen and Rebecca", "Tina's introduction of Kathleen to Rebecca". */
    public static String label(Event e, Function<String, String> name, String introduced) {
        String from = name.apply(e.from());
        String to = name.apply(e.to());
        return switch (e.type()) {
            case MET -> "the first meeting of " + from + " and " + to;
            case FOLLOWED -> from + " following " + to;
            case CONVERSATION -> "the conversation between " + from + " and " + to;
            case MEETING -> "the meeting of " + from + " and " + to;
            case INTRODUCTION -> from + "'s introduction of " + introduced + " to " + to;
            case REFERRAL -> from + "'s referral of " + introduced + " to " + to;
            case LAGNIAPPE -> from + "'s lagniappe to " + to;
            case BUSINESS -> "the business between " + from + " and " + to;
        };
    }

    /** A verb phrase for a timeline row: "Tina introduces Kathleen to Rebecca". */
    public static String sentence(Event e, Function<String, String> name, String introduced) {
        String from = name.apply(e.from());
        String to = name.apply(e.to());
        return switch (e.type()) {
            case MET -> from + " and " + to + " meet";
            case FOLLOWED -> from + " follows " + to;
            case CONVERSATION -> from + " talks with " + to;
            case MEETING -> from + " meets " + to;
            case INTRODUCTION -> from + " introduces " + introduced + " to " + to;
            case REFERRAL -> from + " refers " + introduced + " to " + to;
            case LAGNIAPPE -> from + " gives " + to + " a lagniappe";
            case BUSINESS -> from + " does business with " + to;
        };
    }
}
