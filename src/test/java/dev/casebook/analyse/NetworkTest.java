package dev.casebook.analyse;

import dev.casebook.model.Log;
import dev.casebook.model.Project;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dev.casebook.analyse.LogBuilder.log;
import static dev.casebook.model.EventType.BUSINESS;
import static dev.casebook.model.EventType.INTRODUCTION;
import static dev.casebook.model.EventType.MET;
import static dev.casebook.model.EventType.REFERRAL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NetworkTest {

    private static Casebook analyse(Log... logs) {
        return Analysis.of(LogBuilder.project(List.of(logs), List.of("referrals"))).casebook();
    }

    @Test
    void aHubThatIntroducedTwoPairsLiesOnEveryPathBetweenTheirMembers() {
        Casebook c = analyse(log("star").event("i1", INTRODUCTION, "h", "a").introduces("b")
                .event("i2", INTRODUCTION, "h", "c").introduces("d").build());
        Map<String, PersonLinks> p = c.network().people();
        // star h-{a,b,c,d}: every one of the C(4,2) = 6 pairs of leaves goes through h
        assertEquals(6.0, p.get("h").betweenness(), 1e-9);
        assertEquals(0.0, p.get("a").betweenness(), 1e-9);
        assertEquals(4, p.get("h").degree());
        assertEquals(2, p.get("a").degree());
        assertEquals(List.of("h"), c.network().connectors());
        assertTrue(c.network().exactBetweenness());
    }

    @Test
    void onALineBothInnerPeopleCarryTwoPaths() {
        // b introduces a to c; c introduces b to d: the introduction graph is the line a-b-c-d
        Casebook c = analyse(log("line").event("i1", INTRODUCTION, "b", "c").introduces("a")
                .event("i2", REFERRAL, "c", "d").introduces("b").after("i1").build());
        Map<String, PersonLinks> p = c.network().people();
        assertEquals(2.0, p.get("b").betweenness(), 1e-9);
        assertEquals(2.0, p.get("c").betweenness(), 1e-9);
        assertEquals(0.0, p.get("a").betweenness(), 1e-9);
        assertEquals(List.of("a", "c", "d"), p.get("b").contacts());
        assertEquals(3, p.get("b").degree());
        assertEquals(List.of(new EventRef("line", "i1")), p.get("b").introductionsMade());
        assertEquals(List.of(new EventRef("line", "i2")), p.get("b").introductionsReceived());
        assertEquals(List.of(new EventRef("line", "i1")), p.get("a").introductionsReceived());
        // c and b first shared i1 (b introduced a to c); that stays their first contact
        assertEquals(new EventRef("line", "i1"), p.get("c").firstContacts().get("b"));
        assertEquals(new EventRef("line", "i2"), p.get("c").firstContacts().get("d"));
        assertEquals(List.of("b", "c"), c.network().connectors());
    }

    @Test
    void edgesAreTypedAndDirectedWhereTheEventIs() {
        Casebook c = analyse(log("l").event("m", MET, "x", "y").via("email")
                .event("i", INTRODUCTION, "x", "z").introduces("y").via("twitter").after("m").build());
        List<Link> links = c.network().links();
        assertEquals(4, links.size());
        assertEquals(new Link("x", "y", MET, java.util.Optional.of(new dev.casebook.model.Channel("email")), new EventRef("l", "m"), true), links.get(0));
        Link created = links.get(3);
        assertEquals("z", created.from());
        assertEquals("y", created.to());
        assertEquals(false, created.directed());
        assertEquals(INTRODUCTION, created.type());
    }

    @Test
    void everyoneOnATracedChainEnabledItsOutcome() {
        Casebook c = analyse(log("l").event("m", MET, "r", "p")
                .event("i", INTRODUCTION, "r", "c").introduces("p").after("m")
                .event("deal", BUSINESS, "c", "p").after("i")
                .event("other", MET, "p", "q").after("deal").build());
        Map<String, PersonLinks> p = c.network().people();
        for (String id : List.of("r", "p", "c")) assertEquals(List.of(new EventRef("l", "deal")), p.get(id).outcomesEnabled(), id);
        assertTrue(p.get("q").outcomesEnabled().isEmpty());
        assertEquals(List.of("story-l"), p.get("q").stories());
    }

    @Test
    void firstContactAcrossLogsPrefersAKnownEarlierDate() {
        Log late = log("a-late").event("m1", MET, "x", "y").date("2012").build();
        Log early = log("b-early").event("m2", MET, "x", "y").date("2009").build();
        Log unknown = log("c-unknown").event("m3", MET, "x", "y").build();
        Project project = LogBuilder.project(List.of(late, early, unknown), List.of());
        PersonLinks x = Analysis.of(project).casebook().network().people().get("x");
        assertEquals(new EventRef("b-early", "m2"), x.firstContacts().get("y"));
    }
}
