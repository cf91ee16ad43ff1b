package dev.casebook.analyse;

import dev.casebook.model.Log;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static dev.casebook.analyse.LogBuilder.NAMES;
import static dev.casebook.analyse.LogBuilder.log;
import static dev.casebook.model.EventType.BUSINESS;
import static dev.casebook.model.EventType.CONVERSATION;
import static dev.casebook.model.EventType.FOLLOWED;
import static dev.casebook.model.EventType.INTRODUCTION;
import static dev.casebook.model.EventType.MEETING;
import static dev.casebook.model.EventType.MET;
import static dev.casebook.model.EventType.REFERRAL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReferralChainsTest {

    private static ReferralChains.Result chains(Log log) {
        return ReferralChains.of(log, TimelineOrder.of(log, NAMES).timeline());
    }

    private static List<String> stepIds(ReferralChain c) {
        return c.steps().stream().map(s -> s.placed().event().id()).toList();
    }

    private static List<ChainStep.Role> roles(ReferralChain c) {
        return c.steps().stream().map(ChainStep::role).toList();
    }

    /** The wine story's shape, dated so that elapsed times can be measured. */
    private static Log datedWine() {
        return log("wine").subject("kathleen")
                .event("knows", MET, "kathleen", "tina").via("in-person").date("2010-01-10")
                .event("intro1", INTRODUCTION, "tina", "rebecca").introduces("kathleen").via("twitter").date("2010-06-10")
                .event("follow", FOLLOWED, "kathleen", "rebecca").via("twitter").after("intro1", "2 days")
                .event("talk", CONVERSATION, "kathleen", "rebecca").via("twitter").after("follow")
                .event("menu", MEETING, "kristine", "rebecca").after("talk", "a few weeks")
                .event("intro2", INTRODUCTION, "rebecca", "kristine").via("email").after("menu")
                .event("gig", BUSINESS, "kristine", "kathleen").after("intro2").value("paid tasting").build();
    }

    @Test
    void walksBackFromTheBusinessThroughEachIntroducerToTheFirstContact() {
        ReferralChain c = chains(datedWine()).chains().get(0);
        assertTrue(c.traced());
        assertEquals(List.of("knows", "intro1", "follow", "talk", "menu", "intro2", "gig"), stepIds(c));
        assertEquals(List.of(ChainStep.Role.ORIGIN, ChainStep.Role.INTRODUCTION, ChainStep.Role.CONTACT, ChainStep.Role.CONTACT,
                ChainStep.Role.CONTACT, ChainStep.Role.INTRODUCTION, ChainStep.Role.OUTCOME), roles(c));
        assertEquals(List.of("tina", "rebecca"), c.introducers());
        assertEquals(Optional.of("tina"), c.steps().get(2).introducedBy());
        assertEquals(Optional.empty(), c.steps().get(4).introducedBy());
        assertEquals(Optional.of("rebecca"), c.steps().get(5).introducedBy());
        assertEquals("knows → intro1 → intro2 → gig", c.path());
        assertTrue(c.alternatives().isEmpty());
    }

    @Test
    void elapsedTimesAreAsPreciseAsTheirSource() {
        List<Elapsed> e = chains(datedWine()).chains().get(0).steps().stream().map(ChainStep::elapsed).toList();
        assertEquals(Elapsed.NONE, e.get(0));
        // 10 January to 10 June: 151 days
        assertEquals("about 5 months", e.get(1).span());
        assertEquals(Elapsed.Basis.DATES, e.get(1).basis());
        assertEquals(Optional.of(151L), e.get(1).minDays());
        assertEquals("about 2 days", e.get(2).span());
        assertEquals("about 2 days later", e.get(2).phrase());
        assertEquals("up to 7 days", Elapsed.describe(0, 7));
        assertEquals("up to 3 weeks", Elapsed.describe(0, 21));
        assertEquals("a few weeks", e.get(4).span());
        assertEquals(Elapsed.Basis.WORDS, e.get(4).basis());
        assertEquals("a few weeks later", e.get(4).phrase());
        assertEquals("unknown", e.get(6).span());
        assertEquals("later (how long is not known)", e.get(6).phrase());
    }

    @Test
    void tellsTheChainAsTheFormatBriefDoes() {
        Log wine = datedWine();
        ReferralChain c = chains(wine).chains().get(0);
        assertEquals(List.of("Tina (in person)", "about 5 months later", "Rebecca (Twitter introduction)", "about 2 days later",
                        "follows and conversations (Twitter)", "a few weeks later", "Kristine (email introduction by Rebecca)",
                        "paid tasting (business)"),
                ChainTelling.of(c, wine, NAMES));
    }

    @Test
    void ofSeveralCompletePathsTheEarliestIsToldAndTheOthersKept() {
        Log l = log("two").event("r2meets", MET, "r2", "p").date("2010-01")
                .event("r1meets", MET, "r1", "p").date("2010-03")
                .event("r1intro", INTRODUCTION, "r1", "c").introduces("p").date("2010-05")
                .event("r2intro", REFERRAL, "r2", "c").introduces("p").date("2010-06")
                .event("deal", BUSINESS, "c", "p").date("2010-08").build();
        ReferralChain c = chains(l).chains().get(0);
        assertEquals("r2meets → r2intro → deal", c.path());
        assertEquals(1, c.alternatives().size());
        ReferralChain alt = c.alternatives().get(0);
        assertEquals("r1meets → r1intro → deal", alt.path());
        assertTrue(alt.traced());
        assertEquals(List.of("r1"), alt.introducers());
    }

    @Test
    void whenTheIntroducerIsNotKnownToThePaidPersonTheClientSideIsFollowed() {
        Log l = log("ref").event("kn", MET, "kathy", "nannette")
                .event("refers", REFERRAL, "nannette", "kathy").introduces("john").after("kn")
                .event("buys", BUSINESS, "kathy", "john").after("refers").build();
        ReferralChain c = chains(l).chains().get(0);
        assertTrue(c.traced());
        assertEquals("kn → refers → buys", c.path());
    }

    @Test
    void aFirstContactAfterAnIntroductionIsNotAnOrigin() {
        Log l = log("l").event("intro", INTRODUCTION, "r", "c").introduces("p")
                .event("follow", FOLLOWED, "c", "p").after("intro")
                .event("deal", BUSINESS, "c", "p").after("follow").build();
        var result = chains(l);
        ReferralChain c = result.chains().get(0);
        assertFalse(c.traced());
        assertEquals(List.of("intro", "follow", "deal"), stepIds(c));
        assertEquals(1, result.problems().size());
        assertEquals("business 'deal' has no traceable origin: the chain stops at 'intro' (line 10); nothing shows how 'r' "
                + "came to know 'c' or 'p'", result.problems().get(0).message());
        assertEquals(30, result.problems().get(0).pos().line());
    }

    @Test
    void aBusinessWithNothingBehindItIsFlaggedAndWarned() {
        var result = chains(log("l").event("deal", BUSINESS, "c", "p").value("logo").build());
        ReferralChain c = result.chains().get(0);
        assertFalse(c.traced());
        assertEquals(List.of("deal"), stepIds(c));
        assertFalse(result.problems().get(0).isError());
        assertTrue(result.problems().get(0).message().startsWith("business 'deal' has no traceable origin: nothing in the log shows how 'c' and 'p'"));
    }

    @Test
    void directBusinessIsItsFirstContactThenTheOutcome() {
        ReferralChain c = chains(log("l").event("m", MET, "eric", "bob").via("in-person")
                .event("hire", BUSINESS, "eric", "bob").after("m").build()).chains().get(0);
        assertTrue(c.traced());
        assertEquals(List.of(ChainStep.Role.ORIGIN, ChainStep.Role.OUTCOME), roles(c));
        assertTrue(c.introducers().isEmpty());
    }

    @Test
    void eachBusinessOnlyLooksAtWhatHappenedBeforeIt() {
        Log l = log("l").event("deal", BUSINESS, "c", "p").date("2010")
                .event("m", MET, "c", "p").date("2011").build();
        assertFalse(chains(l).chains().get(0).traced());
    }
}
