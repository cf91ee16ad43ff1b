package dev.casebook.analyse;

import dev.casebook.model.Log;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static dev.casebook.analyse.LogBuilder.NAMES;
import static dev.casebook.analyse.LogBuilder.log;
import static dev.casebook.model.EventType.CONVERSATION;
import static dev.casebook.model.EventType.MET;
import static org.junit.jupiter.api.Assertions.assertEquals;

class ElapsedTest {

    private static Elapsed between(Log log, String from, String to) {
        Timeline t = TimelineOrder.of(log, NAMES).timeline();
        return Elapsed.between(t.find(from).orElseThrow(), t.find(to).orElseThrow(), t);
    }

    @Test
    void measuredGapsAddUpAlongTheLinks() {
        Log l = log("l").event("a", MET, "x", "y")
                .event("b", CONVERSATION, "x", "y").after("a", "2 weeks")
                .event("c", CONVERSATION, "x", "y").after("b", "3 months").build();
        Elapsed e = between(l, "a", "c");
        assertEquals(Elapsed.Basis.GAPS, e.basis());
        // 14 + 84..93 days
        assertEquals(Optional.of(98L), e.minDays());
        assertEquals(Optional.of(107L), e.maxDays());
        assertEquals("about 3 months", e.span());
    }

    @Test
    void wordsAreKeptAndAnUnmeasuredLinkMakesThemAMinimum() {
        Log l = log("l").event("a", MET, "x", "y")
                .event("b", CONVERSATION, "x", "y").after("a", "a few weeks")
                .event("c", CONVERSATION, "x", "y").after("b").build();
        assertEquals("a few weeks", between(l, "a", "b").span());
        Elapsed e = between(l, "a", "c");
        assertEquals(Elapsed.Basis.WORDS, e.basis());
        assertEquals("at least a few weeks", e.span());
        assertEquals("at least a few weeks later", e.phrase());
    }

    @Test
    void eventsNotLinkedByAfterAndUndatedAreUnknown() {
        Log l = log("l").event("a", MET, "x", "y").event("b", MET, "x", "z").build();
        assertEquals(Elapsed.Basis.UNKNOWN, between(l, "a", "b").basis());
        assertEquals("unknown", between(l, "a", "b").span());
    }

    @Test
    void partialDatesGiveARange() {
        Log l = log("l").event("a", MET, "x", "y").date("2010")
                .event("b", MET, "x", "z").date("2011-06").build();
        Elapsed e = between(l, "a", "b");
        assertEquals(Elapsed.Basis.DATES, e.basis());
        assertEquals("between 5 months and 18 months", e.span());
    }
}
