package dev.casebook.analyse;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/** What is known of when an event happened: the earliest and latest day it can have been, each possibly unknown. */
public record DateWindow(Optional<LocalDate> earliest, Optional<LocalDate> latest) {

    public static final DateWindow UNKNOWN = new DateWindow(Optional.empty(), Optional.empty());

    public boolean known() {
        return earliest.isPresent() || latest.isPresent();
    }

    /** Days between the end of {@code before} and this window, as a range, when both are bounded. */
    public Optional<long[]> daysAfter(DateWindow before) {
        if (earliest.isEmpty() || latest.isEmpty() || before.earliest.isEmpty() || before.latest.isEmpty()) return Optional.empty();
        long min = Math.max(0, ChronoUnit.DAYS.between(before.latest.get(), earliest.get()));
        long max = Math.max(0, ChronoUnit.DAYS.between(before.earliest.get(), latest.get()));
        return Optional.of(new long[]{min, max});
    }
}
