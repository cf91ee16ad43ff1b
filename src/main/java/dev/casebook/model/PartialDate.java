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
        StringBuilder sb = new StringBuilder(10);
        if (year < 1000) sb.append('0');
        if (year < 100) sb.append('0');
        if (year < 10) sb.append('0');
        sb.append(year);
        month.ifPresent(m -> twoDigits(sb.append('-'), m));
        day.ifPresent(d -> twoDigits(sb.append('-'), d));
        return sb.toString();
    }

    private static void twoDigits(StringBuilder sb, int n) {
        if (n < 10) sb.append('0');
        sb.append(n);
    }

    private static final String[] MONTHS = new String[12];

    static {
        for (Month m : Month.values()) MONTHS[m.ordinal()] = m.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    /** Reader's form in English, as honest as the source: "17 April 2010", "April 2010", "2010". */
    public String display() {
        if (month.isEmpty()) return Integer.toString(year);
        String name = MONTHS[month.get() - 1];
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
