package dev.casebook.render.svg;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bar charts: every value is written in full inside the drawing, with its unit in the right number. */
class ReportChartsTest {

    @Test
    void unitsAreSingularForExactlyOne() {
        assertEquals("1 story", ReportCharts.valueText(1, "stories"));
        assertEquals("2 stories", ReportCharts.valueText(2, "stories"));
        assertEquals("1 introduction", ReportCharts.valueText(1, "introductions"));
        assertEquals("1 step", ReportCharts.valueText(1, "steps"));
        assertEquals("1 betweenness", ReportCharts.valueText(1, "betweenness"));
        assertEquals("1.5 steps", ReportCharts.valueText(1.5, "steps"));
        assertEquals("0 events", ReportCharts.valueText(0, "events"));
    }

    @Test
    void theLongestValueFitsInTheDrawing() {
        for (String unit : List.of("steps", "introductions", "betweenness", "outcomes")) {
            List<ReportCharts.Bar> bars = List.of(new ReportCharts.Bar("Ann Archer", 12345, "person/ann.html"),
                    new ReportCharts.Bar("Bo", 1, ""), new ReportCharts.Bar("Cy", 600, ""));
            Document svg = Jsoup.parse(ReportCharts.bars("c", "T", "D", bars, unit, "../"), "", Parser.xmlParser());
            for (Element value : svg.select("text.bar-value")) {
                double end = Double.parseDouble(value.attr("x")) + ReportCharts.VALUE_CHAR_W * value.text().length();
                assertTrue(end <= ReportCharts.WIDTH, value.text() + " ends at " + end);
            }
            assertEquals("1 " + ReportCharts.valueText(1, unit).substring(2), svg.select("text.bar-value").get(1).text());
        }
    }
}
