package dev.casebook.model;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;

/** A calendar date known to a year, a month or a day. Always a real date: no month 13, no 31 April. */
public record PartialDate(int year, Optional<Integer> month, Optional<Integer> day) implements Comparable<PartialDate> {

    public PartialDate {
        if (year < 1 || year > 9999) throw new IllegalArgumentException("year out of range: " + year);
        if (day.isPresent() && month.isEmpty()) throw new IllegalArgumentException("a day needs a month");
        month.ifPresent(m -> {
            if (m < 1 || m > 12) throw new IllegalArgumentException("month out of range: " + m);
        });
        if (day.isPresent()) {
            int len = YearMonth.of(year, month.get()).lengthOfMonth();
            if (day.get() < 1 || day.get() > len) throw new IllegalArgumentException("day out of range: " + day.get());
        }
    }

    public static PartialDate ofYear(int year) {
        return new PartialDate(year, Optional.empty(), Optional.empty());
    }

    public static PartialDate ofMonth(int year, int month) {
        return new PartialDate(year, Optional.of(month), Optional.empty());
    }

    public static PartialDate ofDay(int year, int month, int day) {
        return new PartialDate(year, Optional.of(month), Optional.of(day));
    }

    public DatePrecision precision() {
        return day.isPresent() ? DatePrecision.DAY : month.isPresent() ? DatePrecision.MONTH : DatePrecision.YEAR;
    }

    /** The first day this date can mean. */
    public LocalDate earliest() {
        return LocalDate.of(year, month.orElse(1), day.orElse(1));
    }

    /** The last day this date can mean. */
    public LocalDate latest() {
        if (day.isPresent()) return earliest();
        if (month.isPresent()) return YearMonth.of(year, month.get()).atEndOfMonth();
        return LocalDate.of(year, 12, 31);
    }

    /** ISO form as written: 2010, 2010-04 or 2010-04-17. */
    public String iso() {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%04d", year));
        month.ifPresent(m -> sb.append(String.format(Locale.ROOT, "-%02d", m)));
        day.ifPresent(d -> sb.append(String.format(Locale.ROOT, "-%02d", d)));
        return sb.toString();
    }

    /** Reader's form in English, as honest as the source: "17 April 2010", "April 2010", "2010". */
    public String display() {
        if (month.isEmpty()) return Integer.toString(year);
        String name = Month.of(month.get()).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        return day.map(d -> d + " " + name + " " + year).orElse(name + " " + year);
    }

    @Override
    public int compareTo(PartialDate o) {
        int c = earliest().compareTo(o.earliest());
        return c != 0 ? c : latest().compareTo(o.latest());
    }

    @Override
    public String toString() {
        return iso();
    }
}
