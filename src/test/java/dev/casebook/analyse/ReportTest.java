package dev.casebook.analyse;

import dev.casebook.model.Log;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static dev.casebook.analyse.LogBuilder.log;
import static dev.casebook.model.EventType.BUSINESS;
import static dev.casebook.model.EventType.FOLLOWED;
import static dev.casebook.model.EventType.INTRODUCTION;
import static dev.casebook.model.EventType.LAGNIAPPE;
import static dev.casebook.model.EventType.MET;
import static dev.casebook.model.EventType.REFERRAL;
import static org.junit.jupiter.api.Assertions.assertEquals;

class ReportTest {

    private static Report report() {
        // one: met on Twitter 1 Jan, lagniappe, referral, business 1 Apr (90 days, exact at both ends)
        Log one = log("one").event("f", FOLLOWED, "p", "r").via("twitter").date("2010-01-01")
                .event("gift", LAGNIAPPE, "p", "r").date("2010-01-15")
                .event("ref", REFERRAL, "r", "c").introduces("p").date("2010-02-01")
                .event("deal", BUSINESS, "c", "p").date("2010-04-01").build();
        // two: met in person in 2010 (partial), introduction, business in March 2011: 60 to 454 days
        Log two = log("two").event("m", MET, "p2", "s").via("in-person").date("2010")
                .event("i", INTRODUCTION, "s", "c2").introduces("p2").after("m")
                .event("deal", BUSINESS, "c2", "p2").date("2011-03").build();
        // three: an introduction with no lagniappe, and an untraced business
        Log three = log("three").event("i", INTRODUCTION, "u", "v").introduces("w")
                .event("deal", BUSINESS, "v", "z").build();
        return Analysis.of(LogBuilder.project(List.of(one, two, three), List.of("referrals", "twitter"))).casebook().report();
    }

    @Test
    void countsOutcomesAndTheChannelsTheirChainsStartOn() {
        Report r = report();
        assertEquals(3, r.outcomes());
        assertEquals(2, r.traced());
        assertEquals(List.of(new EventRef("three", "deal")), r.untraced());
        assertEquals(List.of(new Report.Count("Twitter", 1), new Report.Count("in person", 1)), r.startingChannels());
    }

    @Test
    void countsReferralsThatFollowedALagniappe() {
        Report r = report();
        assertEquals(3, r.referrals());
        assertEquals(1, r.afterLagniappe());
        assertEquals(1 / 3.0, r.lagniappeShare(), 1e-9);
    }

    @Test
    void timeFromFirstContactToBusinessSaysHowItIsKnown() {
        Report.TimeToBusiness t = report().timeToBusiness();
        assertEquals(2, t.chains());
        assertEquals(2, t.measured());
        assertEquals(1, t.exact());
        // spans: 90..90 (middle 90) and 31 Dec 2010 .. 1 Mar 2011 = 60 to 1 Jan 2010 .. 31 Mar 2011 = 454 (middle 257)
        assertEquals(Optional.of(173L), t.medianDays());
        assertEquals(Optional.of(60L), t.shortestDays());
        assertEquals(Optional.of(454L), t.longestDays());
        assertEquals("roughly 6 months", t.median());
        assertEquals("2 of 2 traced chains measured, 1 from exact dates at both ends, the rest from partial dates or measured gaps", t.basis());
    }

    @Test
    void saysItAllInPlainSentences() {
        List<String> findings = report().findings(LogBuilder.NAMES);
        assertEquals("2 of 3 business outcomes can be traced back to a first contact; 1 cannot.", findings.get(0));
        assertEquals("Chains that ended in business started on Twitter (1), in person (1).", findings.get(1));
        assertEquals("1 of 3 introductions and referrals came after a lagniappe between the introducer and one of the people introduced (33%).", findings.get(2));
        assertEquals("Time from first contact to business: roughly 6 months (median), from 2 months to 15 months; 2 of 2 traced chains "
                + "measured, 1 from exact dates at both ends, the rest from partial dates or measured gaps.", findings.get(3));
        assertEquals("Top connectors: R (1 introduction), S (1 introduction), U (1 introduction).", findings.get(4));
    }

    @Test
    void countsEventTypesThemesAndConnectors() {
        Report r = report();
        assertEquals(Map.of("followed", 1, "lagniappe", 1, "referral", 1, "business", 3, "met", 1, "introduction", 2), r.eventTypes());
        assertEquals(Map.of("referrals", 3, "twitter", 3), r.themes());
        assertEquals(List.of("r", "s", "u"), r.topConnectors().stream().map(Report.Connector::personId).toList());
        assertEquals(new Report.Connector("r", 1.0, 1, 1), r.topConnectors().get(0));
    }
}
