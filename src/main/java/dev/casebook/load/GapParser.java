package dev.casebook.load;

import dev.casebook.model.Gap;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a {@code gap}: the story's words, with a length in days when they are a number and a unit
 * ("3 weeks", "about 2 months"). "about"/"around"/"roughly" widen the range by a quarter each way.
 */
public final class GapParser {

    private static final Pattern NUMERIC = Pattern.compile(
            "(?:(about|around|roughly|approximately|some|~)\\s*)?(\\d{1,4})\\s*(day|week|month|year)s?(?:\\s+later)?");

    private GapParser() {
    }

    public static Gap parse(String text) {
        String s = text.strip().toLowerCase(Locale.ROOT);
        Matcher m = NUMERIC.matcher(s);
        if (!m.matches()) return Gap.verbal(text.strip());
        int n = Integer.parseInt(m.group(2));
        int unitMin;
        int unitMax;
        switch (m.group(3)) {
            case "day" -> { unitMin = 1; unitMax = 1; }
            case "week" -> { unitMin = 7; unitMax = 7; }
            case "month" -> { unitMin = 28; unitMax = 31; }
            default -> { unitMin = 365; unitMax = 366; }
        }
        int min = n * unitMin;
        int max = n * unitMax;
        if (m.group(1) != null) {
            min = (int) Math.floor(min * 0.75);
            max = (int) Math.ceil(max * 1.25);
        }
        return new Gap(text.strip(), Optional.of(min), Optional.of(max));
    }
}
