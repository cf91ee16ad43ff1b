package dev.casebook.model;

import java.util.Objects;
import java.util.Optional;

/**
 * How long after its anchor an event happened, in the story's own words. When the words are a number and a
 * unit ("3 weeks") the gap also has a length in days used for ordering and bounds; a verbal gap ("a few
 * weeks") has none: it is shown, never turned into a number.
 */
public record Gap(String text, Optional<Integer> minDays, Optional<Integer> maxDays) {
    public Gap {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(minDays, "minDays");
        Objects.requireNonNull(maxDays, "maxDays");
    }

    public static Gap verbal(String text) {
        return new Gap(text, Optional.empty(), Optional.empty());
    }

    public boolean numeric() {
        return minDays.isPresent();
    }
}
