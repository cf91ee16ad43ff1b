package dev.casebook.analyse;

import dev.casebook.model.Event;
import dev.casebook.model.Gap;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How long passed between two steps of a chain, as honestly as the log allows: a span in words ("about 5
 * months", "a few weeks", "unknown"), how it is known, and the range in days when it was measured.
 */
public record Elapsed(String span, Basis basis, Optional<Long> minDays, Optional<Long> maxDays) {

    /** Where an elapsed time comes from, from firmest to weakest. */
    public enum Basis {
        /** Measured from the two events' dates (exact or partial, propagated through {@code after}). */
        DATES,
        /** Measured from numeric gaps on the {@code after} links between them ("3 weeks"). */
        GAPS,
        /** The story's own words ("a few weeks"): shown, never turned into a number. */
        WORDS,
        /** Only the order is known. */
        UNKNOWN,
        /** The first step of a chain: nothing before it. */
        NONE
    }

    /** The first step's: nothing to measure from. */
    public static final Elapsed NONE = new Elapsed("", Basis.NONE, Optional.empty(), Optional.empty());

    private static final int MAX_LINKS = 64;

    /** The reader's phrase: "about 5 months later", "a few weeks later", "later (how long is not known)", or "". */
    public String phrase() {
        return switch (basis) {
            case NONE -> "";
            case UNKNOWN -> "later (how long is not known)";
            default -> span.equals("the same day") ? span : span + " later";
        };
    }

    /**
     * The time from {@code previous} to {@code next} in one timeline: from their date windows when both are
     * bounded, else from the gaps on the {@code after} links that lead from {@code next} back to {@code previous}.
     */
    public static Elapsed between(PlacedEvent previous, PlacedEvent next, Timeline timeline) {
        Optional<long[]> days = next.window().daysAfter(previous.window());
        if (days.isPresent()) return measured(days.get()[0], days.get()[1], Basis.DATES);
        List<Gap> gaps = new ArrayList<>();
        boolean reached = false;
        Event e = next.event();
        for (int links = 0; links < MAX_LINKS && e.after().isPresent(); links++) {
            e.gap().ifPresentOrElse(gaps::add, () -> gaps.add(null));
            Optional<PlacedEvent> anchor = timeline.find(e.after().get());
            if (anchor.isEmpty()) break;
            e = anchor.get().event();
            if (e.id().equals(previous.event().id())) {
                reached = true;
                break;
            }
        }
        if (!reached || gaps.isEmpty()) return unknown();
        if (gaps.stream().allMatch(g -> g != null && g.numeric())) {
            long min = gaps.stream().mapToLong(g -> g.minDays().get()).sum();
            long max = gaps.stream().mapToLong(g -> g.maxDays().get()).sum();
            return measured(min, max, Basis.GAPS);
        }
        List<String> words = gaps.stream().filter(g -> g != null).map(Gap::text).toList();
        if (words.isEmpty()) return unknown();
        String span = String.join(", then ", words);
        return new Elapsed(gaps.size() == words.size() ? span : "at least " + span, Basis.WORDS, Optional.empty(), Optional.empty());
    }

    private static Elapsed unknown() {
        return new Elapsed("unknown", Basis.UNKNOWN, Optional.empty(), Optional.empty());
    }

    private static Elapsed measured(long min, long max, Basis basis) {
        return new Elapsed(describe(min, max), basis, Optional.of(min), Optional.of(max));
    }

    /** "the same day", "about 5 months", "up to 3 weeks", "between 2 and 14 months". */
    public static String describe(long minDays, long maxDays) {
        if (maxDays == 0) return "the same day";
        if (minDays == 0 && maxDays > 3) return "up to " + amount(maxDays);
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
