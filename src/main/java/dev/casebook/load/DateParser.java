package dev.casebook.load;

import dev.casebook.model.PartialDate;

import java.time.YearMonth;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the date forms of the format: {@code 2010}, {@code 2010-04}, {@code 2010-04-17}; explains every rejection. */
public final class DateParser {

    private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?");
    private static final Pattern SLASHED = Pattern.compile("\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4}");
    private static final Pattern HAS_YEAR = Pattern.compile(".*\\b(\\d{4})\\b.*");

    private DateParser() {
    }

    /** The outcome: a date, or what is wrong and how to write it instead. */
    public sealed interface Result permits Parsed, Rejected {
    }

    public record Parsed(PartialDate date) implements Result {
    }

    public record Rejected(String message, String hint) implements Result {
    }

    public static Result parse(String raw) {
        String s = raw.strip();
        Matcher m = ISO.matcher(s);
        if (m.matches()) {
            int year = Integer.parseInt(m.group(1));
            if (year < 1) return new Rejected("year 0 is not a date", "write a year from 0001 to 9999");
            if (m.group(2) == null) return new Parsed(PartialDate.ofYear(year));
            int month = Integer.parseInt(m.group(2));
            if (month < 1 || month > 12) {
                return new Rejected("month " + month + " does not exist in '" + s + "'", "months run from 01 to 12: write YYYY-MM-DD");
            }
            if (m.group(3) == null) return new Parsed(PartialDate.ofMonth(year, month));
            int day = Integer.parseInt(m.group(3));
            int len = YearMonth.of(year, month).lengthOfMonth();
            if (day < 1 || day > len) {
                String why = month == 2 && day == 29 ? year + " is not a leap year" : YearMonth.of(year, month).getMonth()
                        .getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH) + " " + year + " has " + len + " days";
                return new Rejected("'" + s + "' is not a real date: " + why, "check the day; if only the month is known, write " + String.format(Locale.ROOT, "%04d-%02d", year, month));
            }
            return new Parsed(PartialDate.ofDay(year, month, day));
        }
        if (SLASHED.matcher(s).matches()) {
            return new Rejected("'" + s + "' is ambiguous: day and month could be either way round",
                    "write the date as YYYY-MM-DD, e.g. 2010-04-05 for 5 April 2010");
        }
        Matcher y = HAS_YEAR.matcher(s);
        if (y.matches()) {
            return new Rejected("'" + s + "' is not a date Casebook can place",
                    "write what is known as a partial date (" + y.group(1) + " or " + y.group(1) + "-MM), or use 'after:' with a 'gap:' in your own words");
        }
        return new Rejected("'" + s + "' is not a date", "write YYYY, YYYY-MM or YYYY-MM-DD; for a time known only relative to another event use 'after:' and 'gap:'");
    }
}
