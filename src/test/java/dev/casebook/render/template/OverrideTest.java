package dev.casebook.render.template;

import dev.casebook.pipeline.BuildOutcome;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static dev.casebook.render.template.TemplateBuilds.read;
import static dev.casebook.render.template.TemplateBuilds.report;
import static dev.casebook.render.template.TemplateBuilds.tree;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A templates folder that replaces only the story page and one partial (plus a stylesheet and a new image):
 * those win, and everything else still comes from the built-in theme, unchanged.
 */
class OverrideTest {

    @TempDir
    static Path tmp;
    static Map<String, byte[]> plain;
    static Map<String, byte[]> custom;
    static Path site;

    @BeforeAll
    static void buildBoth() {
        BuildOutcome a = TemplateBuilds.build(tmp.resolve("no-templates"), tmp.resolve("plain"));
        site = tmp.resolve("custom");
        BuildOutcome b = TemplateBuilds.build(TemplateBuilds.FIXTURES.resolve("override"), site);
        assertTrue(a.published() && b.published(), () -> report(a) + report(b));
        plain = tree(tmp.resolve("plain"));
        custom = tree(site);
    }

    @Test
    void theStoryPageIsTheUsersWithTheUsersPersonPartial() {
        Document d = Jsoup.parse(read(site.resolve("story/wine-tasting-gig.html")));
        assertEquals(1, d.select("article.my-story").size());
        assertTrue(d.select("ol.my-chain li").size() >= 3, "the chain's steps are listed");
        assertFalse(d.select("ul.my-people a.who").isEmpty(), "people links come from the user's person partial");
        assertTrue(d.select("a.person").isEmpty(), "the theme's person partial is not used anywhere on the page");
        Document theme = Jsoup.parse(new String(plain.get("story/wine-tasting-gig.html")));
        assertEquals(theme.head().html(), d.head().html(), "the frame (head) still comes from the theme's page partial");
    }

    @Test
    void otherPagesKeepTheThemeTemplatesButUseTheOverriddenPartial() {
        String page = "person/rebecca.html";
        Document mine = Jsoup.parse(new String(custom.get(page)));
        Document theme = Jsoup.parse(new String(plain.get(page)));
        assertFalse(theme.select("a.person").isEmpty(), "the theme's person page links people with the person partial");
        assertEquals(theme.select("a.person").size(), mine.select("a.who").size(), "every one of those links is now the user's");
        assertTrue(mine.select("a.person").isEmpty());
        assertEquals(theme.select(".card").outerHtml(), mine.select(".card").outerHtml(), "the theme's card partial is still used");
    }

    @Test
    void pagesThatUseNeitherOverrideAreByteIdentical() {
        int compared = 0;
        for (String page : plain.keySet()) {
            String html = new String(plain.get(page));
            if (!page.endsWith(".html") || page.startsWith("story/") || html.contains("class=\"person\"")) continue;
            assertArrayEquals(plain.get(page), custom.get(page), page);
            compared++;
        }
        assertTrue(compared > 0, "the index and theme pages use neither");
    }

    @Test
    void assetsAreOverriddenAndAdded() throws Exception {
        assertArrayEquals(Files.readAllBytes(TemplateBuilds.FIXTURES.resolve("override/assets/style.css")), custom.get("assets/style.css"));
        assertArrayEquals(Files.readAllBytes(TemplateBuilds.FIXTURES.resolve("override/assets/img/mark.svg")), custom.get("assets/img/mark.svg"));
        for (String asset : plain.keySet()) {
            if (asset.startsWith("assets/") && !asset.equals("assets/style.css")) assertArrayEquals(plain.get(asset), custom.get(asset), asset);
        }
        assertEquals(plain.keySet().size() + 1, custom.keySet().size(), "one file added, none lost");
    }
}
