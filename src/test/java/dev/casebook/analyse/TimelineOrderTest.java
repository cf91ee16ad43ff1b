package dev.casebook.analyse;

import dev.casebook.model.Diagnostic;
import dev.casebook.model.Log;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static dev.casebook.analyse.LogBuilder.NAMES;
import static dev.casebook.analyse.LogBuilder.log;
import static dev.casebook.model.EventType.BUSINESS;
import static dev.casebook.model.EventType.CONVERSATION;
import static dev.casebook.model.EventType.MET;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TimelineOrderTest {

    private static TimelineOrder.Result order(Log log) {
        return TimelineOrder.of(log, NAMES);
    }

    private static List<String> ids(TimelineOrder.Result r) {
        return r.timeline().events().stream().map(p -> p.event().id()).toList();
    }

    private static DateWindow window(TimelineOrder.Result r, String id) {
        return r.timeline().find(id).orElseThrow().window();
    }

    private static DateWindow days(String earliest, String latest) {
        return new DateWindow(Optional.ofNullable(earliest).map(LocalDate::parse), Optional.ofNullable(latest).map(LocalDate::parse));
    }

    @Test
    void exactAndPartialDatesSortByTheirEarliestDay() {
        var r = order(log("l").event("a", MET, "x", "y").date("2011")
                .event("b", MET, "x", "y").date("2010-04")
                .event("c", MET, "x", "y").date("2010-04-17").build());
        assertEquals(List.of("b", "c", "a"), ids(r));
        assertEquals(days("2010-04-01", "2010-04-30"), window(r, "b"));
        assertEquals(days("2011-01-01", "2011-12-31"), window(r, "a"));
        assertEquals(List.of("April 2010", "17 April 2010", "2011"), r.timeline().events().stream().map(PlacedEvent::when).toList());
        assertEquals(List.of(Dating.PARTIAL, Dating.EXACT, Dating.PARTIAL), r.timeline().events().stream().map(PlacedEvent::dating).toList());
        assertTrue(r.problems().isEmpty());
    }

    @Test
    void numericGapNarrowsTheFollowerForwards() {
        var r = order(log("l").event("a", MET, "x", "y").date("2010-04-17")
                .event("b", CONVERSATION, "x", "y").after("a", "3 weeks")
                .event("c", CONVERSATION, "x", "y").after("b", "about 2 months").build());
        assertEquals(days("2010-05-08", "2010-05-08"), window(r, "b"));
        // about 2 months: 42 to 78 days
        assertEquals(days("2010-06-19", "2010-07-25"), window(r, "c"));
        assertEquals("3 weeks after the first meeting of X and Y", r.timeline().find("b").orElseThrow().when());
        assertEquals(Dating.RELATIVE, r.timeline().find("b").orElseThrow().dating());
    }

    @Test
    void aDatedFollowerBoundsItsUndatedAnchorAndThroughItTheOtherFollowers() {
        var r = order(log("l").event("a", MET, "x", "y")
                .event("b", CONVERSATION, "x", "y").after("a", "1 week").date("2010-03-10")
                .event("c", CONVERSATION, "x", "y").after("a", "3 days").build());
        assertEquals(days("2010-03-03", "2010-03-03"), window(r, "a"));
        assertEquals(days("2010-03-06", "2010-03-06"), window(r, "c"));
        assertEquals(List.of("a", "c", "b"), ids(r));
        assertEquals("date unknown", r.timeline().find("a").orElseThrow().when());
    }

    @Test
    void aVerbalGapOnlyOrdersItNeverBecomesANumber() {
        var r = order(log("l").event("a", MET, "x", "y").date("2010-04")
                .event("b", CONVERSATION, "x", "y").after("a", "a few weeks").build());
        assertEquals(days("2010-04-01", null), window(r, "b"));
        assertEquals("a few weeks after the first meeting of X and Y", r.timeline().find("b").orElseThrow().when());
    }

    @Test
    void undatedEventsStayBesideTheirFileNeighbours() {
        var r = order(log("l").event("x", MET, "p", "q").date("2012")
                .event("u", MET, "p", "r")
                .event("y", MET, "q", "r").date("2010").build());
        assertEquals(List.of("y", "x", "u"), ids(r));
        assertEquals(DateWindow.UNKNOWN, window(r, "u"));
        assertEquals("date unknown", r.timeline().find("u").orElseThrow().when());
    }

    @Test
    void anUndatedAnchorMovesUpToItsDatedFollowerSoDatesStayInOrder() {
        var r = order(log("l").event("p", MET, "x", "y").date("2011")
                .event("a", MET, "x", "z")
                .event("q", MET, "y", "z").date("2012")
                .event("b", CONVERSATION, "x", "z").after("a").date("2010").build());
        assertEquals(List.of("a", "b", "p", "q"), ids(r));
        assertEquals(days(null, "2010-12-31"), window(r, "a"));
        assertTrue(r.problems().isEmpty());
    }

    @Test
    void dateAndAfterTogetherAreCheckedAndBothNarrow() {
        var r = order(log("l").event("a", MET, "x", "y").date("2010-04")
                .event("b", CONVERSATION, "x", "y").after("a").date("2010-04-20").build());
        assertTrue(r.problems().isEmpty());
        assertEquals(days("2010-04-01", "2010-04-20"), window(r, "a"));
        assertEquals("20 April 2010", r.timeline().find("b").orElseThrow().when());
        assertEquals(Dating.EXACT, r.timeline().find("b").orElseThrow().dating());
    }

    @Test
    void anAfterThatPointsForwardInTimeIsAnErrorNamingBothEvents() {
        var r = order(log("l").event("a", MET, "x", "y").date("2012")
                .event("m", CONVERSATION, "x", "y").after("a")
                .event("c", CONVERSATION, "x", "y").after("m").date("2010").build());
        assertEquals(1, r.problems().size(), r.problems().toString());
        Diagnostic d = r.problems().get(0);
        assertTrue(d.isError());
        assertEquals(30, d.pos().line());
        assertEquals("the dates of 'a' (line 10, dated 2012) and 'c' (line 30, dated 2010) contradict each other: "
                + "'c' is placed after 'a', but its date is earlier", d.message());
        assertEquals(3, r.timeline().events().size());
    }

    @Test
    void aMeasuredGapLongerThanTheDatesAllowIsAnError() {
        var r = order(log("l").event("a", MET, "x", "y").date("2010-04-01")
                .event("b", CONVERSATION, "x", "y").after("a", "3 weeks").date("2010-04-10").build());
        assertEquals(1, r.problems().size());
        assertTrue(r.problems().get(0).message().contains("'b' is placed after 'a' by at least 3 weeks, but its date is earlier"),
                r.problems().get(0).message());
    }

    @Test
    void aMeasuredGapShorterThanTheDatesAllowIsAnError() {
        var r = order(log("l").event("a", MET, "x", "y").date("2010-01-01")
                .event("b", CONVERSATION, "x", "y").after("a", "1 week").date("2010-03").build());
        assertEquals(1, r.problems().size(), r.problems().toString());
        Diagnostic d = r.problems().get(0);
        assertEquals(20, d.pos().line());
        assertTrue(d.message().contains("'b' is placed at most 1 week after 'a', but their dates are further apart"), d.message());
    }

    @Test
    void aLoopOfAfterIsOneErrorListingEveryEventAndLine() {
        var r = order(log("l").event("a", MET, "x", "y").after("c")
                .event("b", MET, "x", "y").after("a")
                .event("c", MET, "x", "y").after("b")
                .event("d", BUSINESS, "x", "y").build());
        assertEquals(1, r.problems().size());
        Diagnostic d = r.problems().get(0);
        assertEquals(10, d.pos().line());
        assertEquals("these events are each placed 'after' the next in a loop: 'a' (line 10, no date of its own) after "
                + "'c' (line 30, no date of its own) after 'b' (line 20, no date of its own) after 'a'", d.message());
        assertEquals(4, r.timeline().events().size());
    }

    @Test
    void followersComeAfterAnchorsDeclaredLaterInTheFile() {
        var r = order(log("l").event("b", CONVERSATION, "x", "y").after("a")
                .event("a", MET, "x", "y").build());
        assertEquals(List.of("a", "b"), ids(r));
    }
}
