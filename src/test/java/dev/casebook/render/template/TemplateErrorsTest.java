package dev.casebook.render.template;

import dev.casebook.analyse.Analysis;
import dev.casebook.analyse.Casebook;
import dev.casebook.cli.CasebookCommand;
import dev.casebook.load.ContentLoader;
import dev.casebook.load.LoadOptions;
import dev.casebook.pipeline.BuildOutcome;
import dev.casebook.render.SiteRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static dev.casebook.render.template.TemplateBuilds.build;
import static dev.casebook.render.template.TemplateBuilds.report;
import static dev.casebook.render.template.TemplateBuilds.templates;
import static dev.casebook.render.template.TemplateBuilds.tree;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Template mistakes are reported like content mistakes: file:line:column, plain words, nothing half-written. */
class TemplateErrorsTest {

    @TempDir
    Path tmp;

    static final String ELEVEN_LINES = "<p>\n".repeat(11);

    @Test
    void syntaxErrorAtItsLineAndColumn() {
        BuildOutcome o = build(templates(tmp.resolve("templates"), Map.of("story.ftlh", ELEVEN_LINES + "    <#iff story.title>x</#iff>\n")), tmp.resolve("site"));
        assertFalse(o.published());
        assertEquals(1, o.errors(), report(o));
        assertTrue(report(o).startsWith(tmp.resolve("templates") + "/story.ftlh:12:5: error: template syntax: Unknown directive: #iff"), report(o));
    }

    @Test
    void unclosedDirectiveIsASyntaxError() {
        BuildOutcome o = build(templates(tmp.resolve("templates"), Map.of("partials/card.ftlh", "<#macro card s>\n  <#if s.title?has_content>\n</#macro>\n")), tmp.resolve("site"));
        assertFalse(o.published());
        assertTrue(report(o).contains("/templates/partials/card.ftlh:3:1: error: template syntax:"), report(o));
    }

    @Test
    void missingFieldListsTheFieldsThatExist() {
        BuildOutcome o = build(templates(tmp.resolve("templates"), Map.of("story.ftlh", "<h1>\n    ${story.titel}</h1>")), tmp.resolve("site"));
        assertFalse(o.published());
        String r = report(o);
        assertTrue(r.contains("/templates/story.ftlh:2:7: error: story.titel is missing while rendering story/"), r);
        assertTrue(listedAfter(r, "; story has: ").containsAll(List.of("slug", "title", "url", "date", "isoDate", "author", "summary", "themes",
                "outcomes", "hasLog", "bodyHtml", "lessons", "questions", "people")), r);
        assertTrue(r.contains("\n  hint: did you mean 'title'? write ${story.titel!} to allow it to be missing"), r);
    }

    @Test
    void missingTopLevelVariableListsThePageFields() {
        String r = reportOf(Map.of("theme.ftlh", "${stories?size} ${themme.name}"));
        assertTrue(java.util.regex.Pattern.compile("/templates/theme.ftlh:1:19: error: themme is missing while rendering theme/[a-z0-9-]+\\.html \\(and \\d+ more pages\\); the page has").matcher(r).find(), r);
        assertTrue(listedAfter(r, "the page has: ").containsAll(List.of("path", "root", "title", "siteName", "theme", "stories")), r);
        assertEquals(1, r.lines().filter(l -> l.contains(": error: ")).count(), r);
        assertTrue(r.contains("did you mean 'theme'?"), r);
    }

    @Test
    void missingFieldInsideAPartialNamesThePartialAndTheLoopVariable() {
        String r = reportOf(Map.of("partials/card.ftlh", "<#macro card s>\n<#list s.themes as t>${t.nme}</#list>\n</#macro>"));
        assertTrue(r.contains("/templates/partials/card.ftlh:2:24: error: t.nme is missing while rendering "), r);
        assertTrue(listedAfter(r, "; t has: ").containsAll(List.of("name", "slug", "url")), r);
    }

    @Test
    void everyTemplateIsCheckedBeforeAnyPageIsRendered() throws Exception {
        // a partial no page uses, and a page template, both broken: both reported, and no page reaches the sink
        Path dir = templates(tmp.resolve("templates"), Map.of(
                "partials/unused.ftlh", "<#macro unused>${x</#macro>",
                "person.ftlh", "<#list people as p>"));
        Casebook casebook = Analysis.of(ContentLoader.load(TemplateBuilds.CONTENT, new LoadOptions(false)).project().orElseThrow()).casebook();
        List<String> written = new ArrayList<>();
        SiteRenderer.Result result = new SiteRenderer(Optional.of(dir)).render(casebook, (path, bytes) -> written.add(path));
        assertEquals(List.of(), written);
        assertEquals(0, result.pages());
        String r = result.problems().toString();
        assertTrue(r.contains("/templates/partials/unused.ftlh:1:"), r);
        assertTrue(r.contains("/templates/person.ftlh:1:"), r);
    }

    @Test
    void aFailedBuildLeavesThePreviousSiteExactlyAsItWas() {
        Path site = tmp.resolve("site");
        assertTrue(build(tmp.resolve("no-templates"), site).published());
        Map<String, byte[]> before = tree(site);
        BuildOutcome o = build(templates(tmp.resolve("templates"), Map.of("story.ftlh", "${story.nope}")), site);
        assertFalse(o.published());
        Map<String, byte[]> after = tree(site);
        assertEquals(before.keySet(), after.keySet());
        for (String k : before.keySet()) assertArrayEquals(before.get(k), after.get(k), k);
    }

    /** Builds the sample content with these template files; the build must fail. Returns the diagnostics. */
    private String reportOf(Map<String, String> files) {
        BuildOutcome o = build(templates(tmp.resolve("templates"), files), tmp.resolve("site"));
        assertFalse(o.published());
        return report(o);
    }

    /** The comma-separated names after {@code label} on its line. */
    static List<String> listedAfter(String report, String label) {
        int a = report.indexOf(label);
        assertTrue(a >= 0, report);
        String rest = report.substring(a + label.length());
        return List.of(rest.substring(0, rest.indexOf('\n') < 0 ? rest.length() : rest.indexOf('\n')).split(", "));
    }

    /** Runs the command line, expects exit code 1, and returns what it printed on stderr. */
    static String failingCommand(String... args) {
        StringWriter err = new StringWriter();
        int code = CasebookCommand.commandLine(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true)).execute(args);
        assertEquals(1, code, err.toString());
        return err.toString();
    }

    @Test
    void theCommandLineShowsNoFreemarkerStackOrJavaNames() {
        Path dir = templates(tmp.resolve("templates"), Map.of(
                "story.ftlh", "${story.titel}",
                "index.ftlh", "<#if stories>x</#if>",
                "person.ftlh", "${person.name?string.nonsense}",
                "theme.ftlh", "<#list"));
        for (String command : List.of("build", "check")) {
            List<String> args = new ArrayList<>(List.of(command, "--content", "content", "--templates", dir.toString()));
            if (command.equals("build")) args.addAll(List.of("--out", tmp.resolve("site").toString()));
            String e = failingCommand(args.toArray(String[]::new));
            assertTrue(e.contains("/templates/theme.ftlh:1:1: error: template syntax:"), e);
            for (String leak : List.of("FTL stack", "freemarker", "Exception", "\tat ", "wrapper:", "Tip:", "SimpleScalar", "java.")) {
                assertFalse(e.toLowerCase(java.util.Locale.ROOT).contains(leak.toLowerCase(java.util.Locale.ROOT)), () -> "'" + leak + "' in:\n" + e);
            }
        }
    }

    @Test
    void checkRendersInMemorySoItFindsMissingFieldsAndWritesNothing() {
        Path dir = templates(tmp.resolve("templates"), Map.of("story.ftlh", "\n${story.titel}"));
        String err = failingCommand("check", "--content", "content", "--templates", dir.toString());
        assertTrue(err.contains(dir + "/story.ftlh:2:3: error: story.titel is missing while rendering story/"), err);
        assertEquals(List.of("story.ftlh"), tree(dir).keySet().stream().toList(), "check wrote nothing");
    }

    @Test
    void wrongTypeIsReportedInPlainWords() {
        String r = reportOf(Map.of("index.ftlh", "\n<#if stories>x</#if>"));
        assertTrue(r.contains("/templates/index.ftlh:2:6: error: template failed while rendering index.html:"), r);
        assertTrue(r.contains("boolean"), r);
    }
}
