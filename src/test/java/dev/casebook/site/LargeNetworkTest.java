package dev.casebook.site;

import dev.casebook.bench.SyntheticProject;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
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
 * A network of hundreds of people: the network page draws its core (at most 150 people, the connectors among
 * them) and lists the relationships drawn, while every person page still lists all of that person's relationships.
 */
class LargeNetworkTest {

    @TempDir
    Path tmp;

    @Test
    void theDrawingShowsTheCoreAndPersonPagesKeepEveryRelationship() throws IOException {
        Path site = BuiltSite.synthetic(new SyntheticProject.Spec(120, 60, 20, 3), tmp);
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
}
