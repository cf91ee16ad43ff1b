package dev.casebook.site;

import dev.casebook.model.EventType;
import dev.casebook.render.svg.NetworkDrawing;
import dev.casebook.render.svg.NetworkLayout;
import dev.casebook.render.svg.TimelineDrawing;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The SVG drawings on their own: honest dates on the timeline, and a network layout that is fixed and readable. */
class DrawingsTest {

    static TimelineDrawing.Row row(String id, String dating, LocalDate from, LocalDate to, String anchor) {
        return new TimelineDrawing.Row(id, EventType.MEETING, "A meets B", "when", "email", "email", dating,
                Optional.ofNullable(from), Optional.ofNullable(to), Optional.ofNullable(anchor), anchor == null ? "" : "the " + anchor);
    }

    @Test
    void timelinePlacesEachDateAsHonestlyAsItIsKnown() {
        String svg = TimelineDrawing.draw("T", List.of(
                row("a", "exact", LocalDate.of(2010, 4, 17), LocalDate.of(2010, 4, 17), null),
                row("b", "partial", LocalDate.of(2010, 5, 1), LocalDate.of(2010, 5, 31), null),
                row("c", "relative", null, null, "b"),
                row("d", "unknown", null, null, null)), "#event-");
        Document d = Jsoup.parse(svg, "", Parser.xmlParser());
        assertEquals(1, d.select("circle.date-dot.exact").size(), "an exact date is a dot");
        assertEquals(1, d.select("rect.date-span.partial").size(), "a month is a span");
        assertEquals("#event-b", d.selectFirst("a.anchor-link").attr("href"), "a relative date links to its anchor");
        assertEquals(1, d.select("circle.unknown-ring").size(), "an unknown date is marked");
        assertTrue(d.select("text.lane-note").text().contains("? date unknown"));
    }

    @Test
    void networkLayoutIsTheSameEveryTime() {
        List<int[]> edges = List.of(new int[]{0, 1}, new int[]{1, 2}, new int[]{2, 3}, new int[]{3, 0}, new int[]{4, 5});
        double[][] a = NetworkLayout.of(6, edges);
        double[][] b = NetworkLayout.of(6, edges);
        for (int i = 0; i < 6; i++) assertArrayEquals(a[i], b[i]);
    }

    @Test
    void twoHundredPeopleStayApartAndInsideTheCanvas() {
        int n = 200;
        List<int[]> edges = new ArrayList<>();
        for (int i = 1; i < n; i++) edges.add(new int[]{i, (i * 7) % i});
        for (int i = 0; i + 3 < n; i += 3) edges.add(new int[]{i, i + 3});
        double[][] pos = NetworkLayout.of(n, edges);
        double closest = Double.MAX_VALUE;
        for (int i = 0; i < n; i++) {
            assertTrue(pos[i][0] >= 0 && pos[i][0] <= 1 && pos[i][1] >= 0 && pos[i][1] <= 1, "inside the canvas");
            for (int j = i + 1; j < n; j++) closest = Math.min(closest, Math.hypot(pos[i][0] - pos[j][0], pos[i][1] - pos[j][1]));
        }
        double canvas = 110 * Math.sqrt(n);
        assertTrue(closest * canvas > 20, "no two of 200 nodes overlap: closest centres are " + closest * canvas + " units apart");

        List<NetworkDrawing.Node> nodes = new ArrayList<>();
        for (int i = 0; i < n; i++) nodes.add(new NetworkDrawing.Node("p" + i, "Person " + i, "person/p" + i + ".html", 1, false));
        List<NetworkDrawing.Edge> lines = edges.stream().map(e -> new NetworkDrawing.Edge("p" + e[0], "p" + e[1], "met", "x")).toList();
        String svg = NetworkDrawing.draw(nodes, lines, "");
        Document d = Jsoup.parse(svg, "", Parser.xmlParser());
        assertEquals(n, d.select("a.net-node").size());
        assertEquals(svg, NetworkDrawing.draw(nodes, lines, ""), "same input, same bytes");
    }
}
