package dev.casebook.analyse;

import java.util.Optional;

/** Says how long passed between two steps: the story's own gap words, a range from the dates, or "unknown". */
public final class Elapsed {

    private Elapsed() {
    }

    public static String between(PlacedEvent previous, PlacedEvent next) {
        if (next.event().after().map(previous.event().id()::equals).orElse(false)) {
            return next.event().gap().map(g -> g.text() + " later").orElse("later (how long is not known)");
        }
        Optional<long[]> days = next.window().daysAfter(previous.window());
        return days.map(d -> describe(d[0], d[1])).orElse("unknown");
    }

    /** "the same day", "about 5 months", "between 2 and 14 months". */
    public static String describe(long minDays, long maxDays) {
        if (maxDays == 0) return "the same day";
        if (maxDays - minDays <= Math.max(3, maxDays / 5)) return "about " + amount((minDays + maxDays) / 2);
        return "between " + amount(minDays) + " and " + amount(maxDays);
    }

    static String amount(long days) {
        if (days < 14) return plural(days, "day");
        if (days < 60) return plural(Math.round(days / 7.0), "week");
        if (days < 730) return plural(Math.round(days / 30.44), "month");
        return plural(Math.round(days / 365.25), "year");
    }

    private static String plural(long n, String unit) {
        return n + " " + unit + (n == 1 ? "" : "s");
    }
}
