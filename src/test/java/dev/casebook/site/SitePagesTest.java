package dev.casebook.site;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What each kind of page of the built sample site shows, read with jsoup. */
class SitePagesTest {

    static Document page(String path) throws IOException {
        Path site = BuiltSite.get();
        return Jsoup.parse(site.resolve(path).toFile(), "UTF-8");
    }

    @Test
    void indexHasStoryCardsAndEveryEntryPoint() throws IOException {
        Document d = page("index.html");
        Element wine = d.select(".card").stream().filter(c -> c.text().contains("From a baker friend")).findFirst().orElseThrow();
        assertFalse(wine.select(".summary").text().isBlank(), "summary");
        assertTrue(wine.select(".tags a[href=theme/referrals.html]").size() == 1, "themes");
        assertTrue(wine.select(".outcome").text().contains("paid wine presentation"), "outcome");
        Set<String> entries = d.select(".entry-points a").stream().map(a -> a.attr("href")).collect(Collectors.toSet());
        assertEquals(Set.of("#stories", "#people", "#themes", "network.html", "report.html", "search.html"), entries);
    }

    @Test
    void storyDrawsItsTimelineHonestly() throws IOException {
        Document d = page("story/wine-tasting-gig.html");
        Element svg = d.selectFirst("svg.drawing-timeline");
        assertTrue(svg != null, "timeline drawn at build time");
        assertFalse(svg.select("title").first().text().isBlank());
        assertFalse(svg.select("desc").first().text().isBlank());
        assertEquals(8, svg.select("a.row").size(), "one row per event");
        assertEquals(7, svg.select("a.anchor-link path.relative").size(), "each relative event has a dotted link to its anchor");
        assertEquals("#event-kathleen-knows-tina", svg.selectFirst("a.anchor-link").attr("href"));
        assertEquals(1, svg.select("circle.unknown-ring").size(), "the unknown date is marked");
        assertTrue(svg.select("a.row .kind").stream().anyMatch(k -> k.text().equals("introduction · via Twitter")), "type and channel in words");
        assertEquals(1, svg.select(".glyph.type-business").size(), "type by shape too");
        for (Element a : svg.select("a.row")) assertTrue(d.getElementById(a.attr("href").substring(1)) != null, "row links to its event");
    }

    @Test
    void storyDrawsTheChainHopByHop() throws IOException {
        Document d = page("story/wine-tasting-gig.html");
        Element svg = d.selectFirst("svg.drawing-chain");
        String text = svg.text();
        assertTrue(text.contains("introduced by Tina") && text.contains("introduced by Rebecca"), "introducer on each introduction hop");
        assertTrue(text.contains("via email") && text.contains("via Twitter"), "channels");
        assertTrue(text.contains("a few weeks later"), "elapsed time");
        List<String> people = svg.select("a.person-node").stream().map(a -> a.attr("href")).distinct().toList();
        assertTrue(people.containsAll(List.of("../person/kathleen.html", "../person/tina.html", "../person/rebecca.html", "../person/kristine.html")));
        Element steps = d.selectFirst("ol.steps[data-stepper]");
        assertEquals(svg.select("a.hop-link").size(), steps.children().size(), "the step list is the drawing in words");
        assertFalse(d.select("section.lessons li").isEmpty());
        assertFalse(d.select("section.questions li").isEmpty());
    }

    @Test
    void personPageLinksBothWays() throws IOException {
        Document tina = page("person/tina.html");
        assertTrue(tina.select("a[href=../story/wine-tasting-gig.html]").size() > 0, "person to story");
        Element rel = tina.selectFirst(".relationships");
        assertTrue(rel.text().contains("Kathleen Rake and Tina meet, via in person"), rel.text());
        assertTrue(tina.select("#made-h").size() == 1, "introductions made");
        Document rebecca = page("person/rebecca.html");
        assertTrue(rebecca.selectFirst(".relationships").text().contains("introduced by Tina, via Twitter"), "how it began");
        Document story = page("story/wine-tasting-gig.html");
        assertTrue(story.select("a[href=../person/tina.html]").size() > 0, "story to person");
    }

    @Test
    void themePageSummarisesItsStories() throws IOException {
        Document d = page("theme/referrals.html");
        assertEquals(2, d.select(".card").size());
        assertTrue(d.selectFirst(".lede").text().startsWith("2 stories carry this theme"), d.selectFirst(".lede").text());
        assertTrue(d.selectFirst(".lede").text().contains("Twitter ("));
    }

    @Test
    void networkDrawsEveryPersonAndRelationshipWithATable() throws IOException {
        Document d = page("network.html");
        Element svg = d.selectFirst("svg.drawing-network");
        int people = d.select("#everyone-h ~ .table-wrap tbody tr").size();
        assertEquals(people, svg.select("a.net-node").size(), "a node per person");
        assertEquals(d.select("#rels-h ~ .table-wrap tbody tr").size(), svg.select("g.edge").size(), "the table lists the drawn relationships");
        for (Element a : svg.select("a.net-node")) assertTrue(Files.isRegularFile(BuiltSite.get().resolve(a.attr("href"))), a.attr("href"));
        assertTrue(svg.select("g.edge.kind-business").size() >= 2);
    }

    @Test
    void reportHasChartsWithTables() throws IOException {
        Document d = page("report.html");
        for (Element block : d.select("section.chart-block")) {
            Element svg = block.selectFirst("svg.drawing-chart");
            assertEquals(svg.select("g.bar").size(), block.select("table tbody tr").size(), "chart and table agree");
            assertFalse(svg.selectFirst("title").text().isBlank());
        }
        assertTrue(d.select("section.chart-block").size() >= 5);
        assertTrue(d.selectFirst(".findings").text().contains("2 of 2"));
    }

    @Test
    void everySvgHasATitleAndADescriptionAndNoPageLoadsAnythingExternal() throws IOException {
        Path site = BuiltSite.get();
        for (String p : BuiltSite.pages(site)) {
            Document d = Jsoup.parse(site.resolve(p).toFile(), "UTF-8");
            for (Element svg : d.select("main svg")) {
                if (svg.hasAttr("aria-hidden")) continue;
                assertTrue(svg.selectFirst("title") != null && svg.selectFirst("desc") != null, p + ": svg without title/desc");
            }
            for (Element e : d.select("[src], link[href], script[src]")) {
                String url = e.hasAttr("src") ? e.attr("src") : e.attr("href");
                assertFalse(url.matches("(?i)^([a-z]+:)?//.*"), p + " loads " + url);
            }
            for (Element a : d.select("a[href]")) {
                if (a.closest(".body") != null) continue; // the story's own links, as its author wrote them
                assertFalse(a.attr("href").matches("(?i)^([a-z]+:|/).*"), p + ": link not relative: " + a.attr("href"));
            }
        }
    }

    @Test
    void searchIndexCoversStoriesPeopleAndThemes() throws IOException {
        String js = Files.readString(BuiltSite.get().resolve("assets/search-index.js"), StandardCharsets.UTF_8);
        assertTrue(js.startsWith("/* Casebook search index"));
        assertTrue(js.contains("window.CASEBOOK_SEARCH = ["));
        assertTrue(js.contains("\"url\":\"story/wine-tasting-gig.html\""));
        assertTrue(js.contains("\"url\":\"person/rebecca.html\""));
        assertTrue(js.contains("\"url\":\"theme/referrals.html\""));
        // stories carry their distinct words and the start of their text, not the whole text
        assertFalse(js.contains("\"text\":"));
        String wine = js.lines().filter(l -> l.contains("\"url\":\"story/wine-tasting-gig.html\"")).findFirst().orElseThrow();
        String words = wine.replaceAll(".*\"words\":\"([^\"]*)\".*", "$1");
        assertTrue(words.startsWith("referrals introductions twitter email engagement kathleen rake "), words);
        List<String> list = List.of(words.split(" "));
        assertEquals(Set.copyOf(list).size(), list.size(), "each word once: " + words);
        assertTrue(wine.matches(".*\"snippet\":\"[^\"]{40,221}\"}.*"), wine);
    }

    @Test
    void feedAndSitemapAreRelativeWithoutABaseUrlAndAbsoluteWithOne() throws IOException {
        Path site = BuiltSite.get();
        String feed = Files.readString(site.resolve("feed.xml"));
        assertTrue(feed.contains("<link rel=\"alternate\" type=\"text/html\" href=\"story/wine-tasting-gig.html\"/>"), feed);
        assertTrue(Files.readString(site.resolve("sitemap.xml")).contains("<loc>network.html</loc>"));
        assertTrue(Files.isRegularFile(site.resolve("404.html")));

        Path hosted = BuiltSite.build("hosted", Optional.of("https://example.org/casebook"));
        String hostedFeed = Files.readString(hosted.resolve("feed.xml"));
        assertTrue(hostedFeed.contains("href=\"https://example.org/casebook/story/wine-tasting-gig.html\""), hostedFeed);
        assertTrue(Files.readString(hosted.resolve("sitemap.xml")).contains("<loc>https://example.org/casebook/network.html</loc>"));
        Document notFound = Jsoup.parse(hosted.resolve("404.html").toFile(), "UTF-8");
        assertEquals("https://example.org/casebook/assets/style.css", notFound.selectFirst("link[rel=stylesheet]").attr("href"),
                "served at any address, the 404 page needs absolute links");
        assertEquals(Files.readString(site.resolve("index.html")), Files.readString(hosted.resolve("index.html")), "other pages stay relative");
    }
}
