package dev.casebook.render.template;

import dev.casebook.pipeline.BuildOutcome;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.casebook.render.template.TemplateBuilds.read;
import static dev.casebook.render.template.TemplateBuilds.report;
import static dev.casebook.render.template.TemplateBuilds.templates;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The templates shown in docs/templates.md work as the text says. */
class DocsExamplesTest {

    @TempDir
    Path tmp;

    /** The ```ftl blocks of docs/templates.md, in order. */
    static List<String> ftlBlocks() {
        Matcher m = Pattern.compile("```ftl\n(.*?)```", Pattern.DOTALL).matcher(read(Path.of("docs/templates.md")));
        List<String> out = new ArrayList<>();
        while (m.find()) out.add(m.group(1));
        return out;
    }

    static String block(String startingWith) {
        return ftlBlocks().stream().filter(b -> b.startsWith(startingWith)).findFirst().orElseThrow(() -> new AssertionError("no example starting with " + startingWith));
    }

    @Test
    void theStoryPageAndPersonPartialExamplesBuild() {
        String story = block("<#import \"layout.ftlh\" as l>\n<@l.page title=story.title description=story.summary>");
        String person = block("<#macro person p>");
        BuildOutcome o = TemplateBuilds.build(templates(tmp.resolve("templates"), Map.of("story.ftlh", story, "partials/person.ftlh", person)), tmp.resolve("site"));
        assertTrue(o.published(), () -> report(o));
        Document d = Jsoup.parse(read(tmp.resolve("site/story/wine-tasting-gig.html")));
        assertEquals(1, d.select("article.my-story").size());
        assertFalse(d.select("article.my-story ol li").isEmpty(), "the chain's steps");
        assertFalse(d.select("a.who").isEmpty(), "people through the overridden partial");
    }

    @Test
    void theFieldPrinterListsWhatAPageReceives() {
        String dump = block("<#macro dump v path>");
        BuildOutcome o = TemplateBuilds.build(templates(tmp.resolve("templates"), Map.of("theme.ftlh", dump)), tmp.resolve("site"));
        assertTrue(o.published(), () -> report(o));
        String name = TemplateBuilds.tree(tmp.resolve("site")).keySet().stream().filter(p -> p.startsWith("theme/")).findFirst().orElseThrow();
        String page = read(tmp.resolve("site").resolve(name));
        assertTrue(page.contains("path = " + name + "<br>"), page);
        assertTrue(page.contains("theme.count = "), page);
        assertTrue(page.contains("stories[0].hasLog = "), page);
    }
}
