package dev.casebook.analyse;

import dev.casebook.load.ContentLoader;
import dev.casebook.load.LoadOptions;
import dev.casebook.load.LoadResult;
import dev.casebook.model.Project;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The repository's sample content, loaded from disk and analysed end to end. */
class SampleContentAnalysisTest {

    static Casebook casebook;
    static List<String> problems;

    @BeforeAll
    static void analyse() {
        LoadResult loaded = ContentLoader.load(Path.of("content"), LoadOptions.defaults());
        Project project = loaded.project().orElseThrow(() -> new AssertionError(loaded.diagnostics()));
        Analysis.Result result = Analysis.of(project);
        casebook = result.casebook();
        problems = result.problems().stream().map(d -> d.format()).toList();
    }

    private static ReferralChain chain(String log) {
        List<ReferralChain> chains = casebook.chains().get(log);
        assertEquals(1, chains.size());
        return chains.get(0);
    }

    private static String name(String id) {
        return casebook.project().person(id).map(p -> p.publicName()).orElse(id);
    }

    @Test
    void theSampleHasNoErrorsOrWarnings() {
        assertEquals(List.of(), problems);
    }

    @Test
    void theWineGigChainIsTheFormatBriefsWorkedExample() {
        ReferralChain c = chain("wine-gig");
        assertTrue(c.traced());
        assertEquals("kathleen-knows-tina → tina-introduces-rebecca → rebecca-introduces-kathleen → kathleen-gets-gig", c.path());
        assertEquals(List.of("tina", "rebecca"), c.introducers());
        assertEquals(List.of("Tina (in person)", "Rebecca (Twitter introduction)", "follows and conversations (Twitter)",
                        "a few weeks later", "Kristine Carrick (email introduction by Rebecca)",
                        "paid wine presentation and tasting at the grand opening (business)"),
                ChainTelling.of(c, casebook.project().log("wine-gig").orElseThrow(), SampleContentAnalysisTest::name));
        ChainStep email = c.hops().get(2);
        assertEquals("rebecca", email.who());
        assertEquals("kristine", email.toWhom());
        assertEquals("email", email.channel().orElseThrow().id());
        assertEquals("after the conversation between Kristine Carrick and Rebecca", email.when());
        assertEquals(Elapsed.Basis.UNKNOWN, email.elapsed().basis());
        assertTrue(c.alternatives().isEmpty());
    }

    @Test
    void theWineGigTimelineKeepsTheFileOrderItsAfterLinksGive() {
        Timeline t = casebook.timelines().get("wine-gig");
        assertEquals(List.of("kathleen-knows-tina", "tina-introduces-rebecca", "kathleen-rebecca-follow", "wine-education-talk",
                "grand-opening-menu", "kristine-asks-for-presenter", "rebecca-introduces-kathleen", "kathleen-gets-gig"),
                t.events().stream().map(p -> p.event().id()).toList());
        assertEquals("date unknown", t.events().get(0).when());
        assertEquals("a few weeks after the conversation between Kathleen Rake and Rebecca", t.events().get(4).when());
        assertTrue(t.events().stream().allMatch(p -> p.window().equals(DateWindow.UNKNOWN)));
    }

    @Test
    void theVoiceActorIsHiredStraightFromTheirFirstMeeting() {
        ReferralChain c = chain("lagniappe");
        assertEquals("eric-meets-bob → agency-hires-bob", c.path());
        assertTrue(c.introducers().isEmpty());
    }

    @Test
    void theReportFiguresComeFromTheContent() {
        Report r = casebook.report();
        assertEquals(2, r.outcomes());
        assertEquals(2, r.traced());
        assertEquals(List.of(new Report.Count("in person", 2)), r.startingChannels());
        assertEquals(4, r.referrals());
        assertEquals(0, r.afterLagniappe());
        assertEquals(0, r.timeToBusiness().measured());
        assertEquals("not measurable", r.timeToBusiness().median());
        assertEquals(List.of("rebecca", "john-9inchmarketing", "nannette"), r.topConnectors().stream().map(Report.Connector::personId).toList());
        assertEquals(2.0, r.topConnectors().get(0).betweenness(), 1e-9);
        assertEquals(Map.of("introduction", 3, "meeting", 2, "met", 3, "referral", 1, "business", 2, "followed", 4,
                "lagniappe", 3, "conversation", 3), r.eventTypes());
        assertEquals(3, r.themes().get("twitter"));
        assertEquals(List.of("2 of 2 business outcomes can be traced back to a first contact.",
                "Chains that ended in business started in person (2).",
                "0 of 4 introductions and referrals came after a lagniappe between the introducer and one of the people introduced (0%).",
                "Time from first contact to business: not measurable from the dates given (0 of 2 traced chains measured, 0 from exact dates at both ends).",
                "Top connectors: Rebecca (1 introduction), John (1 introduction), Nannette Saunders (1 introduction)."),
                r.findings(SampleContentAnalysisTest::name));
    }

    @Test
    void peopleKnowTheirStoriesIntroductionsAndOutcomes() {
        PersonLinks rebecca = casebook.network().people().get("rebecca");
        assertEquals(List.of("wine-tasting-gig"), rebecca.stories());
        assertEquals(List.of(new EventRef("wine-gig", "rebecca-introduces-kathleen")), rebecca.introductionsMade());
        assertEquals(List.of(new EventRef("wine-gig", "tina-introduces-rebecca")), rebecca.introductionsReceived());
        assertEquals(List.of(new EventRef("wine-gig", "kathleen-gets-gig")), rebecca.outcomesEnabled());
        assertEquals(new EventRef("wine-gig", "grand-opening-menu"), rebecca.firstContacts().get("kristine"));
        assertEquals(3, rebecca.degree());
    }
}
