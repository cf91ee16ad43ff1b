package dev.casebook.render.template;

import dev.casebook.analyse.Analysis;
import dev.casebook.analyse.Casebook;
import dev.casebook.load.ContentLoader;
import dev.casebook.load.LoadOptions;
import dev.casebook.model.Person;
import dev.casebook.model.Story;
import dev.casebook.pipeline.BuildOutcome;
import dev.casebook.render.Links;
import dev.casebook.render.MarkdownRenderer;
import dev.casebook.render.SiteViews;
import dev.casebook.render.ViewData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

import static dev.casebook.render.template.TemplateBuilds.read;
import static dev.casebook.render.template.TemplateBuilds.report;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Probe templates (src/test/resources/templates-tests/probe) print every field they receive; the printout must
 * be exactly the view data SiteViews computes, and all of it maps, lists, strings, numbers and booleans.
 */
class ViewDataProbeTest {

    @TempDir
    static Path tmp;
    static Path site;
    static Casebook casebook;
    static SiteViews views;

    @BeforeAll
    static void buildWithProbes() {
        site = tmp.resolve("site");
        BuildOutcome o = TemplateBuilds.build(TemplateBuilds.FIXTURES.resolve("probe"), site);
        assertTrue(o.published(), () -> report(o));
        casebook = Analysis.of(ContentLoader.load(TemplateBuilds.CONTENT, new LoadOptions(false)).project().orElseThrow()).casebook();
        views = new SiteViews(casebook);
    }

    /** The probe's printout of one page, as sorted lines. */
    static List<String> probed(String page) {
        return Arrays.stream(read(site.resolve(page)).split("\n")).map(String::strip).filter(l -> !l.isEmpty()).sorted().toList();
    }

    /** The same printout made in Java from the view data, as sorted lines. */
    static List<String> expected(Map<String, Object> model) {
        List<String> out = new ArrayList<>();
        flatten("", model, out);
        return out.stream().sorted().toList();
    }

    static void flatten(String path, Object v, List<String> out) {
        if (v instanceof String s) out.add(path + "=s:" + s.replace("\n", "\\n").strip());
        else if (v instanceof Boolean b) out.add(path + "=b:" + b);
        else if (v instanceof Number n) out.add(path + "=n:" + n);
        else if (v instanceof Map<?, ?> m && m.isEmpty()) out.add(path + "={}");
        else if (v instanceof Map<?, ?> m) m.forEach((k, x) -> flatten(path.isEmpty() ? (String) k : path + "." + k, x, out));
        else if (v instanceof List<?> l && l.isEmpty()) out.add(path + "=[]");
        else if (v instanceof List<?> l) for (int i = 0; i < l.size(); i++) flatten(path + "[" + i + "]", l.get(i), out);
        else out.add(path + "=OTHER");
    }

    static void assertProbeShows(String page, Map<String, Object> model) {
        List<String> probed = probed(page);
        assertFalse(probed.stream().anyMatch(l -> l.endsWith("=OTHER")), () -> page + " received something that is not plain data: " + probed);
        assertEquals(expected(model), probed, page);
    }

    @Test
    void indexReceivesExactlyItsViewData() {
        assertProbeShows("index.html", views.index());
        assertTrue(probed("index.html").contains("counts.stories=n:" + casebook.project().stories().size()));
    }

    @Test
    void storyReceivesExactlyItsViewData() {
        Story s = casebook.project().story("wine-tasting-gig").orElseThrow();
        String body = MarkdownRenderer.render(s.pos().file(), s.bodyLine(), s.body().text(), d -> { });
        assertProbeShows(Links.story(s.slug()), views.story(s, body));
        assertTrue(probed(Links.story(s.slug())).stream().anyMatch(l -> l.startsWith("chains[0].steps[0].sentence=s:")));
    }

    @Test
    void personReceivesExactlyItsViewData() {
        for (Person p : casebook.project().people().values()) assertProbeShows(Links.person(p.id()), views.person(p));
    }

    @Test
    void themeReceivesExactlyItsViewData() {
        for (String slug : views.storiesByTheme().keySet()) assertProbeShows("theme/" + slug + ".html", views.theme(slug));
    }

    @Test
    void networkReportSearchAndNotFoundReceiveExactlyTheirViewData() {
        assertProbeShows("network.html", views.network());
        assertProbeShows("report.html", views.report());
        assertProbeShows("search.html", views.search());
        assertProbeShows("404.html", views.notFound(Optional.empty()));
    }

    @Test
    void everyPageModelIsPlainData() {
        List<Map<String, Object>> models = new ArrayList<>();
        models.add(views.index());
        for (Story s : casebook.project().stories()) models.add(views.story(s, "<p>body</p>"));
        for (Person p : casebook.project().people().values()) models.add(views.person(p));
        for (String slug : views.storiesByTheme().keySet()) models.add(views.theme(slug));
        models.addAll(List.of(views.network(), views.report(), views.search(), views.notFound(Optional.of("https://example.org/"))));
        for (Map<String, Object> m : models) assertEquals(Optional.empty(), ViewData.problem(m), () -> "page " + m.get("path"));
    }

    @Test
    void theCheckItselfCatchesWhatIsNotPlain() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("ok", List.of("a", 1, true, Map.of("b", 2.5)));
        assertEquals(Optional.empty(), ViewData.problem(m));
        m.put("story", casebook.project().stories().get(0));
        assertTrue(ViewData.problem(m).orElseThrow().startsWith("story: a dev.casebook.model.Story"));
        m.remove("story");
        m.put("when", List.of(Optional.of("x")));
        assertTrue(ViewData.problem(m).orElseThrow().startsWith("when[0]: a java.util.Optional"));
    }
}
