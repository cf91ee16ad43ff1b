package dev.casebook.site;

import dev.casebook.bench.SyntheticProject;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A casebook of hundreds of people and outcomes, built once:
 * <ul>
 * <li>the network page draws its core (at most 150 people, the connectors among them) and lists the relationships
 * drawn, while every person page still lists all of that person's relationships;</li>
 * <li>the report's charts draw at most 25 bars, the largest, and say so; the steps chart counts outcomes by chain
 * length; the table of outcomes still lists every one;</li>
 * <li>the feed holds the 50 newest stories, newest first; the sitemap every story.</li>
 * </ul>
 */
class LargeCasebookTest {

    @TempDir
    static Path tmp;
    static Path site;

    @BeforeAll
    static void build() throws IOException {
        site = BuiltSite.synthetic(new SyntheticProject.Spec(120, 60, 20, 3), tmp);
    }

    @Test
    void theFeedHoldsTheFiftyNewestStoriesAndTheSitemapAll() throws IOException {
        Document feed = Jsoup.parse(java.nio.file.Files.readString(site.resolve("feed.xml")), "", org.jsoup.parser.Parser.xmlParser());
        List<String> updated = feed.select("entry > updated").eachText();
        assertEquals(50, updated.size());
        List<String> newestFirst = new java.util.ArrayList<>(updated);
        newestFirst.sort(java.util.Comparator.reverseOrder());
        assertEquals(newestFirst, updated);
        String sitemap = java.nio.file.Files.readString(site.resolve("sitemap.xml"));
        assertEquals(120, sitemap.split("<loc>story/", -1).length - 1, "the sitemap lists every story");
    }

    @Test
    void theDrawingShowsTheCoreAndPersonPagesKeepEveryRelationship() throws IOException {
        Document network = Jsoup.parse(site.resolve("network.html").toFile(), "UTF-8");
        int people = network.select("#everyone-h ~ .table-wrap tbody tr").size();
        assertTrue(people > 150, "the synthetic network has more people than are drawn: " + people);
        List<Element> nodes = network.select("svg a.net-node");
        assertEquals(150, nodes.size());
        assertTrue(network.select("p.note").text().contains("shows 150 of the " + people + " people"), network.select("p.note").text());

        Set<String> drawn = new HashSet<>(nodes.stream().map(n -> n.attr("data-person")).toList());
        network.select("svg a.net-node.connector").forEach(c -> assertTrue(drawn.contains(c.attr("data-person"))));
        for (Element connector : network.select("ol.connectors a")) {
            String id = connector.attr("href").replaceAll(".*/|\\.html$", "");
            assertTrue(drawn.contains(id), "every listed connector is drawn: " + id);
        }
        // whole neighbourhoods are drawn, not scattered names: everyone drawn is linked to someone drawn (but for
        // at most the last person taken, when the limit cut their neighbourhood off)
        Set<String> linked = new HashSet<>();
        for (Element row : network.select("#rels-h ~ .table-wrap tbody tr")) {
            row.select("td a.person").forEach(a -> linked.add(a.attr("href").replaceAll(".*/|\\.html$", "")));
        }
        assertTrue(drawn.size() - drawn.stream().filter(linked::contains).count() <= 1,
                "drawn but linked to nobody drawn: " + drawn.stream().filter(id -> !linked.contains(id)).toList());
        List<Element> rows = network.select("#rels-h ~ .table-wrap tbody tr");
        assertEquals(network.select("svg g.edge").size(), rows.size(), "the table lists what is drawn");
        assertEquals("The relationships drawn", network.select("#rels-h").text());

        // the least-linked person is not drawn, but their own page lists their relationships
        Element last = network.select("#everyone-h ~ .table-wrap tbody tr").stream()
                .filter(r -> !drawn.contains(r.id().replace("person-", "")) && Integer.parseInt(r.select("td.num").text()) > 0)
                .findFirst().orElseThrow();
        String id = last.id().replace("person-", "");
        int links = Integer.parseInt(last.select("td.num").text());
        Document person = Jsoup.parse(site.resolve("person/" + id + ".html").toFile(), "UTF-8");
        assertFalse(person.select("ul.relationships > li").isEmpty() && links > 0,
                "person page of " + id + " lists relationships");
        assertEquals(links, person.select("ul.relationships > li").size(),
                "one row per relationship on " + id + "'s page");
    }

    @Test
    void chartsKeepTheirLargestBarsAndTheOutcomeTableKeepsEveryOutcome() throws IOException {
        Document report = Jsoup.parse(site.resolve("report.html").toFile(), "UTF-8");

        List<Element> outcomes = report.select("#outcomes-h ~ .table-wrap tbody tr");
        assertTrue(outcomes.size() > 25, "the synthetic casebook has many outcomes: " + outcomes.size());

        // the steps chart: one bar per chain length, and the bars add up to every outcome in the table
        Element steps = report.selectFirst("section[aria-labelledby=chart-steps-h]");
        List<Element> lengths = steps.select("table tbody tr");
        assertTrue(lengths.size() < 10, "a bar per length, not per outcome: " + lengths.size());
        int counted = 0;
        for (Element row : lengths) {
            assertTrue(row.child(0).text().matches("\\d+ steps?"), row.text());
            counted += Integer.parseInt(row.child(1).text());
        }
        assertEquals(outcomes.size(), counted);
        long perLength = outcomes.stream().map(r -> r.child(2).text()).distinct().count();
        assertEquals(perLength, lengths.size());
        assertEquals(lengths.size(), steps.select("svg g.bar").size());

        // introducers: the 25 who made the most introductions, most first, and a note of how many there are
        Element introducers = report.selectFirst("section[aria-labelledby=chart-introducers-h]");
        List<Element> rows = introducers.select("table tbody tr");
        assertEquals(25, rows.size());
        assertEquals(25, introducers.select("svg g.bar").size());
        int previous = Integer.MAX_VALUE;
        for (Element row : rows) {
            int made = Integer.parseInt(row.child(1).text());
            assertTrue(made <= previous, "largest first: " + introducers.text());
            previous = made;
        }
        String note = introducers.selectFirst("p").text();
        assertTrue(note.matches(".* The 25 largest of \\d+ are shown\\."), note);
        int total = Integer.parseInt(note.replaceAll(".* of (\\d+) are shown\\.", "$1"));
        assertTrue(total > 25, note);
    }
}
