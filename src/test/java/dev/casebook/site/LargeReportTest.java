package dev.casebook.site;

import dev.casebook.bench.SyntheticProject;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A casebook of hundreds of outcomes and introducers: the report's charts draw at most 25 bars, the largest, and
 * say so; the steps chart counts outcomes by chain length; the table of outcomes still lists every one.
 */
class LargeReportTest {

    @TempDir
    Path tmp;

    @Test
    void chartsKeepTheirLargestBarsAndTheOutcomeTableKeepsEveryOutcome() throws IOException {
        Path site = BuiltSite.synthetic(new SyntheticProject.Spec(120, 60, 20, 3), tmp);
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
