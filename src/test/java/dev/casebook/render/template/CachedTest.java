package dev.casebook.render.template;

import dev.casebook.pipeline.BuildOutcome;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static dev.casebook.render.template.TemplateBuilds.read;
import static dev.casebook.render.template.TemplateBuilds.report;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code <@cached of=x>}: its content is worked out once for each shared view and root, and printed the same
 * wherever they come back; for view data made in a template it is worked out every time.
 */
class CachedTest {

    @TempDir
    Path tmp;

    /** A card that numbers itself each time it is worked out: a card printed from the cache keeps its number. */
    private static final String COUNTING_CARD = """
            <#macro card s><@cached of=s><#global worked = (worked!0) + 1><p class="c" data-n="${worked}" data-root="${root}">${s.title}</p></@cached></#macro>
            """;

    @Test
    void aStoryCardShownTwiceOnAPageIsWorkedOutOnce() {
        Path templates = TemplateBuilds.templates(tmp.resolve("t"), Map.of(
                "partials/card.ftlh", COUNTING_CARD,
                "index.ftlh", """
                        <#import "layout.ftlh" as l>
                        <div id="first"><#list stories as s><@l.card s/></#list></div>
                        <div id="again"><#list stories as s><@l.card s/></#list></div>
                        <div id="captured"><#list stories?reverse as s><#assign card><@l.card s/></#assign>${card}</#list></div>
                        """));
        BuildOutcome outcome = TemplateBuilds.build(templates, tmp.resolve("site"));
        assertTrue(outcome.published(), () -> report(outcome));
        Document index = Jsoup.parse(read(tmp.resolve("site/index.html")));
        List<String> first = index.select("#first p.c").eachAttr("data-n");
        List<String> again = index.select("#again p.c").eachAttr("data-n");
        assertTrue(first.size() > 1, "the sample has several stories");
        assertEquals(first.size(), first.stream().distinct().count(), "each story's card worked out once: " + first);
        assertEquals(first, again, "the second listing prints the cards worked out for the first");
        assertEquals(index.select("#first").html(), index.select("#again").html());
        List<String> captured = new java.util.ArrayList<>(index.select("#captured p.c").eachAttr("data-n"));
        java.util.Collections.reverse(captured);
        assertEquals(first, captured, "a card captured with <#assign> is the one worked out for the page");
    }

    @Test
    void aCardWorkedOutFirstInACaptureIsTheSameCard() {
        Path templates = TemplateBuilds.templates(tmp.resolve("t"), Map.of(
                "partials/card.ftlh", COUNTING_CARD,
                "index.ftlh", """
                        <#import "layout.ftlh" as l>
                        <div id="captured"><#list stories as s><#assign card><@l.card s/></#assign>${card}</#list></div>
                        <div id="direct"><#list stories as s><@l.card s/></#list></div>
                        """));
        BuildOutcome outcome = TemplateBuilds.build(templates, tmp.resolve("site"));
        assertTrue(outcome.published(), () -> report(outcome));
        Document index = Jsoup.parse(read(tmp.resolve("site/index.html")));
        assertFalse(index.select("#captured p.c").isEmpty());
        assertEquals(index.select("#captured").html(), index.select("#direct").html());
    }

    @Test
    void theRootIsPartOfWhatACardDependsOn() {
        Path templates = TemplateBuilds.templates(tmp.resolve("t"), Map.of("partials/card.ftlh", COUNTING_CARD));
        BuildOutcome outcome = TemplateBuilds.build(templates, tmp.resolve("site"));
        assertTrue(outcome.published(), () -> report(outcome));
        Element onIndex = Jsoup.parse(read(tmp.resolve("site/index.html"))).selectFirst("p.c");
        assertEquals("", onIndex.attr("data-root"));
        int cards = 0;
        for (String page : tmp.resolve("site/theme").toFile().list()) {
            for (Element card : Jsoup.parse(read(tmp.resolve("site/theme").resolve(page))).select("p.c")) {
                assertEquals("../", card.attr("data-root"), "a card one folder down links from there: " + page);
                cards++;
            }
        }
        assertTrue(cards > 0, "the theme pages show cards");
    }

    @Test
    void viewDataMadeInATemplateIsWorkedOutEveryTime() {
        Path templates = TemplateBuilds.templates(tmp.resolve("t"), Map.of("search.ftlh", """
                <#import "layout.ftlh" as l>
                <p id="made"><#list 1..3 as i><@cached of={"k": i}><#global m = (m!0) + 1>${m}</@cached></#list></p>
                <p id="same"><#list 1..3 as i><@cached of={"k": 1}><#global n = (n!0) + 1>${n}</@cached></#list></p>
                """));
        BuildOutcome outcome = TemplateBuilds.build(templates, tmp.resolve("site"));
        assertTrue(outcome.published(), () -> report(outcome));
        Document search = Jsoup.parse(read(tmp.resolve("site/search.html")));
        assertEquals("123", search.getElementById("made").text());
        assertEquals("123", search.getElementById("same").text(), "a hash made in the template is not shared view data");
    }

    @Test
    void aCallWithoutOfIsATemplateErrorThatSaysHowToCallIt() {
        Path templates = TemplateBuilds.templates(tmp.resolve("t"), Map.of("search.ftlh", """
                <#import "layout.ftlh" as l>
                <@cached>x</@cached>
                """));
        BuildOutcome outcome = TemplateBuilds.build(templates, tmp.resolve("site"));
        assertFalse(outcome.published());
        String report = report(outcome);
        assertTrue(report.contains("search.ftlh") && report.contains("<@cached of=s>"), report);
    }
}
