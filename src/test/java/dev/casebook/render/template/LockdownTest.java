package dev.casebook.render.template;

import dev.casebook.pipeline.BuildOutcome;
import dev.casebook.render.TemplateEngine;
import dev.casebook.render.TemplateSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static dev.casebook.render.template.TemplateBuilds.build;
import static dev.casebook.render.template.TemplateBuilds.read;
import static dev.casebook.render.template.TemplateBuilds.report;
import static dev.casebook.render.template.TemplateBuilds.templates;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Templates are code a user supplies: each capability Freemarker would otherwise give them is refused here. */
class LockdownTest {

    @TempDir
    Path tmp;

    /** Builds with a one-line story page and returns the report; the build must fail. */
    private String refused(Map<String, String> files) {
        BuildOutcome o = build(templates(tmp.resolve("templates"), files), tmp.resolve("site"));
        assertFalse(o.published(), "the build must fail");
        assertFalse(Files.exists(tmp.resolve("site")), "nothing is published");
        return report(o);
    }

    private String storyPage(String template) {
        BuildOutcome o = build(templates(tmp.resolve("templates"), Map.of("story.ftlh", template)), tmp.resolve("site"));
        assertTrue(o.published(), () -> report(o));
        return read(tmp.resolve("site/story/wine-tasting-gig.html"));
    }

    @Test
    void newBuiltInCannotCreateJavaObjects() {
        String r = refused(Map.of("story.ftlh", "<#assign ex = \"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}"));
        assertTrue(r.contains("/story.ftlh:1:15: error: ?new is not allowed: templates cannot create Java objects"), r);
    }

    @Test
    void apiBuiltInIsOff() {
        String r = refused(Map.of("story.ftlh", "\n  ${story?api.getClass()}"));
        assertTrue(r.contains("/story.ftlh:2:5: error: ?api is not allowed"), r);
    }

    @Test
    void newAndApiAreAlsoRefusedByFreemarkerItself() throws Exception {
        // the parse-tree check comes first; underneath, the configuration resolves no class and has ?api off
        TemplateEngine engine = TemplateEngine.create(TemplateSet.theme(), TemplateEngine.Limits.DEFAULT);
        freemarker.template.Configuration cfg = configurationOf(engine);
        assertEquals(freemarker.core.TemplateClassResolver.ALLOWS_NOTHING_RESOLVER, cfg.getNewBuiltinClassResolver());
        assertFalse(cfg.isAPIBuiltinEnabled());
        assertFalse(cfg.getLocalizedLookup());
    }

    static freemarker.template.Configuration configurationOf(TemplateEngine engine) throws Exception {
        java.lang.reflect.Field f = TemplateEngine.class.getDeclaredField("config");
        f.setAccessible(true);
        return (freemarker.template.Configuration) f.get(engine);
    }

    @Test
    void reflectionLeadsNowhere() {
        String page = storyPage("[${story.getClass???c}|${story.class???c}|${(story.title?is_method)?c}|${story?is_method?c}|${story.title?is_hash?c}]");
        assertEquals("[false|false|false|false|false]", page);
    }

    @Test
    void callingAJavaMethodFails() {
        String r = refused(Map.of("story.ftlh", "${story.getClass().getName()}"));
        assertTrue(r.contains("/story.ftlh:1:3: error: story.getClass is missing"), r);
    }

    @Test
    void includeCannotBackOutOfTheTemplateFolders() {
        String r = refused(Map.of("story.ftlh", "<#include \"../../etc/passwd\">"));
        assertTrue(r.contains("/story.ftlh:1:1: error: include or import names a file outside the template folders"), r);
        String i = refused(Map.of("story.ftlh", "<#import \"partials/../../secret.ftlh\" as s>"));
        assertTrue(i.contains("/story.ftlh:1:1: error: include or import names a file outside the template folders"), i);
    }

    @Test
    void includeOfAnAbsolutePathFindsNothingOutside() throws IOException {
        Path secret = Files.writeString(tmp.resolve("secret.ftlh"), "SECRET");
        String r = refused(Map.of("story.ftlh", "<#include \"" + secret.toAbsolutePath() + "\">"));
        assertTrue(r.contains("/story.ftlh:1:1: error: include or import names a template that does not exist"), r);
        assertFalse(r.contains("SECRET"));
    }

    @Test
    void symbolicLinksInTheTemplatesFolderAreNotFollowed() throws IOException {
        Path secret = Files.writeString(tmp.resolve("secret.ftlh"), "SECRET");
        Path dir = templates(tmp.resolve("templates"), Map.of("story.ftlh", "<#include \"leak.ftlh\">"));
        Files.createSymbolicLink(dir.resolve("leak.ftlh"), secret);
        BuildOutcome o = build(dir, tmp.resolve("site"));
        assertFalse(o.published());
        assertTrue(report(o).contains("/leak.ftlh: error: symbolic links are not followed"), report(o));
    }

    @Test
    void noLocalizedLookupEvenAfterTheTemplateChangesLocale() {
        Path dir = templates(tmp.resolve("templates"), Map.of(
                "story.ftlh", "<#setting locale=\"de_DE\"><#include \"part.ftlh\">",
                "part.ftlh", "plain",
                "part_de_DE.ftlh", "localized",
                "part_de.ftlh", "localized"));
        BuildOutcome o = build(dir, tmp.resolve("site"));
        assertTrue(o.published(), () -> report(o));
        assertEquals("plain", read(tmp.resolve("site/story/wine-tasting-gig.html")));
    }

    @Test
    void htmlIsEscapedInEveryTemplate() {
        assertEquals("&lt;b onclick=&quot;x()&quot;&gt;", storyPage("${\"<b onclick=\\\"x()\\\">\"}"));
    }

    @Test
    void autoEscapingCannotBeSwitchedOffForAFile() {
        String r = refused(Map.of("story.ftlh", "<#ftl output_format=\"plainText\">${\"<b>\"}"));
        assertTrue(r.contains("/story.ftlh:1:1: error: templates must produce HTML with auto-escaping on"), r);
        String r2 = refused(Map.of("story.ftlh", "<#ftl auto_esc=false>${\"<b>\"}"));
        assertTrue(r2.contains("/story.ftlh:1:1: error: templates must produce HTML with auto-escaping on"), r2);
    }

    @Test
    void onlyFtlhFilesAreTemplates() {
        String r = refused(Map.of("story.ftl", "${story.title}", "partials/card.FTLH", "x"));
        assertTrue(r.contains("/story.ftl: error: Casebook templates end in .ftlh (HTML with auto-escaping); this file would be ignored\n  hint: rename it to story.ftlh"), r);
        assertTrue(r.contains("/partials/card.FTLH: error: Casebook templates end in .ftlh"), r);
    }

    @Test
    void nowIsRefusedWhereverItIsWritten() {
        String r = refused(Map.of(
                "story.ftlh", "<p>${.now}</p>\n<#macro m when=.now?long>${when}</#macro>",
                "partials/card.ftlh", "<#macro card s>${\"x${.now?iso_utc}\"}</#macro>"));
        assertTrue(r.contains("/story.ftlh:1:6: error: .now is not allowed: the same content must give the same site on every build"), r);
        assertTrue(r.contains("/story.ftlh:2:16: error: .now is not allowed"), r);
        assertTrue(r.contains("/partials/card.ftlh:1:22: error: .now is not allowed"), r);
    }

    @Test
    void codeFromTextIsRefusedSoNowCannotBeSmuggledIn() {
        String r = refused(Map.of("story.ftlh", "${(\".n\" + \"ow\")?eval}\n${\"$\" + \"{.now}\"?interpret}"));
        assertTrue(r.contains("/story.ftlh:1:3: error: ?eval is not allowed"), r);
        assertTrue(r.contains("/story.ftlh:2:9: error: ?interpret is not allowed"), r);
    }

    @Test
    void formatsArePinnedNotTakenFromTheMachine() {
        String page = storyPage("<#setting locale=\"de_DE\">${1234567.5} ${true?c} ${\"2024-05-06\"?date.xs?string(\"yyyy\")} ${.locale}");
        // the template may pick a locale itself; numbers still use the computer format pinned in the configuration
        assertEquals("1234567.5 true 2024 de_DE", page);
        assertEquals("1234567.5|UTC|", storyPage("${1234567.5}|${.time_zone}|${.lang}"));
    }

    @Test
    void endlessOutputStopsWithAnErrorNamingTheTemplate() {
        Path dir = templates(tmp.resolve("templates"), Map.of("story.ftlh", "<#list 1..2000000000 as i>\n  <p>${i}</p>\n</#list>"));
        TemplateEngine engine = TemplateEngine.create(TemplateSet.load(Optional.of(dir)), new TemplateEngine.Limits(100_000, Duration.ofSeconds(30)));
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("path", "story/x.html");
        TemplateEngine.Failure f = assertThrows(TemplateEngine.Failure.class, () -> engine.render("story.ftlh", model));
        assertTrue(f.diagnostic().format().matches("(?s)" + java.util.regex.Pattern.quote(dir + "/story.ftlh:2:") + "\\d+: error: stopped rendering story/x.html: the page grew past 100000 characters\n.*"), f.diagnostic().format());
    }

    @Test
    void theDefaultLimitsAreGenerousButFinite() {
        assertEquals(new TemplateEngine.Limits(8_000_000, Duration.ofSeconds(10)), TemplateEngine.Limits.DEFAULT);
    }

    @Test
    void aLoopThatWritesNothingStopsAtTheTimeLimit() throws Exception {
        Path dir = templates(tmp.resolve("templates"), Map.of("story.ftlh", "<#list 1..2000000000 as i><#assign x = i></#list>"));
        TemplateEngine engine = TemplateEngine.create(TemplateSet.load(Optional.of(dir)), new TemplateEngine.Limits(1000, Duration.ofMillis(300)));
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("path", "story/x.html");
        TemplateEngine.Failure f = assertThrows(TemplateEngine.Failure.class, () -> engine.render("story.ftlh", model));
        assertTrue(f.diagnostic().format().contains("/story.ftlh"), f.diagnostic().format());
        assertTrue(f.diagnostic().message().contains("the page took longer than 300 ms"), f.diagnostic().message());
        assertFalse(Thread.currentThread().isInterrupted(), "the rendering thread is left as it was");
    }

    @Test
    void endlessRecursionStopsWithAnError() {
        String r = refused(Map.of("story.ftlh", "<#macro r n><@r n+1/></#macro><@r 0/>"));
        assertTrue(r.contains("/story.ftlh"), r);
        assertTrue(r.contains("call each other without end"), r);
    }

    @Test
    void viewDataThatIsNotPlainIsRefused() {
        TemplateEngine engine = TemplateEngine.create(TemplateSet.theme(), TemplateEngine.Limits.DEFAULT);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("path", "index.html");
        model.put("service", new Object());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> engine.render("index.ftlh", model));
        assertTrue(e.getMessage().contains("service: a java.lang.Object"), e.getMessage());
        model.put("service", List.of(Map.of("when", java.time.LocalDate.of(2024, 1, 1))));
        e = assertThrows(IllegalArgumentException.class, () -> engine.render("index.ftlh", model));
        assertTrue(e.getMessage().contains("service[0].when: a java.time.LocalDate"), e.getMessage());
    }
}
