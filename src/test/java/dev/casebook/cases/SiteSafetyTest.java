package dev.casebook.cases;

import dev.casebook.pipeline.BuildOutcome;
import dev.casebook.pipeline.BuildRequest;
import dev.casebook.pipeline.Pipeline;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the built sites of some cases hold: CRLF and BOM files give the same bytes as plain LF files; markup
 * written in YAML values or Markdown never becomes live markup in any output file.
 */
class SiteSafetyTest {

    @TempDir
    Path tmp;

    private Map<String, byte[]> build(String caseName) throws IOException {
        Path work = Files.createDirectories(tmp.resolve(caseName));
        new CaseFolder(caseName, CaseRunnerTest.CASES.resolve(caseName)).prepare(work);
        Path out = work.resolve("site");
        BuildOutcome outcome = Pipeline.build(new BuildRequest(work.resolve("content"), work.resolve("templates"), out, false));
        assertTrue(outcome.published(), caseName + ": " + outcome.diagnostics());
        return CaseRunnerTest.tree(out);
    }

    @Test
    void crlfFilesGiveTheSameSiteAsLfFilesByteForByte() throws IOException {
        String lf = Files.readString(CaseRunnerTest.CASES.resolve("ok-base/content/logs/cafe.yaml"));
        String crlf = Files.readString(CaseRunnerTest.CASES.resolve("text-crlf/content/logs/cafe.yaml"));
        assertTrue(crlf.contains("\r\n") && !lf.contains("\r"), "the fixtures really differ in line ends");
        assertEquals(lf, crlf.replace("\r\n", "\n"));
        CaseRunnerTest.assertSameTree(build("ok-base"), build("text-crlf"));
    }

    @Test
    void aByteOrderMarkIsInvisibleInTheSite() throws IOException {
        byte[] story = Files.readAllBytes(CaseRunnerTest.CASES.resolve("text-bom/content/stories/cafe.md"));
        assertEquals(0xEF, story[0] & 0xff, "the fixture starts with a BOM");
        Map<String, byte[]> site = build("text-bom");
        CaseRunnerTest.assertSameTree(build("ok-base"), site);
        site.forEach((path, bytes) -> assertFalse(new String(bytes, StandardCharsets.UTF_8).contains("\uFEFF"), path));
    }

    @Test
    void markupInYamlValuesIsLiteralTextOnEveryPage() throws IOException {
        Map<String, byte[]> site = build("md-markup-in-yaml-values");
        assertNoLiveMarkup(site);
        Document story = Jsoup.parse(new String(site.get("story/cafe.html"), StandardCharsets.UTF_8));
        assertTrue(story.title().contains("<script>alert('t')</script> & <b>bold</b>"), story.title());
        assertTrue(story.text().contains("<script>alert('t')</script> & <b>bold</b>"), "the title shows as written");
        assertTrue(story.select("b").isEmpty(), "no bold element from the title");
        Document ann = Jsoup.parse(new String(site.get("person/ann.html"), StandardCharsets.UTF_8));
        assertTrue(ann.text().contains("Ann <script>alert(1)</script>"), ann.text());
        assertTrue(String.join("\n", texts(site)).contains("\"><svg onload=alert(1)>"), "the business value shows as written");
    }

    @Test
    void rawHtmlAndScriptLinksInStoriesNeverGoLive() throws IOException {
        Map<String, byte[]> site = build("md-raw-html-and-bad-links");
        assertNoLiveMarkup(site);
        Document story = Jsoup.parse(new String(site.get("story/cafe.html"), StandardCharsets.UTF_8));
        assertTrue(story.text().contains("<script>alert('x')</script>"), "raw HTML is shown as text");
        assertEquals(List.of("https://example.com", "mailto:a@b.c"), story.select("main a[href], article a[href]").stream()
                .map(a -> a.attr("href")).filter(h -> h.contains(":")).distinct().toList());
    }

    private static List<String> texts(Map<String, byte[]> site) {
        List<String> all = new ArrayList<>();
        site.forEach((path, bytes) -> all.add(Jsoup.parse(new String(bytes, StandardCharsets.UTF_8)).text()));
        return all;
    }

    /** No script, iframe, object or embed elements, no on* attributes, no script URLs: in HTML, SVG and XML files alike. */
    static void assertNoLiveMarkup(Map<String, byte[]> site) {
        site.forEach((path, bytes) -> {
            String text = new String(bytes, StandardCharsets.UTF_8);
            Document doc;
            if (path.endsWith(".html")) doc = Jsoup.parse(text);
            else if (path.endsWith(".svg") || path.endsWith(".xml")) doc = Jsoup.parse(text, "", Parser.xmlParser());
            else if (path.endsWith(".json")) {
                assertFalse(text.toLowerCase(Locale.ROOT).contains("<script"), path + " carries a raw <script");
                return;
            } else return;
            assertTrue(doc.select("iframe, object, embed").isEmpty(), path + " has live script-like elements");
            for (Element script : doc.select("script")) {
                // the theme's own script files only (step-through, search): never inline, never from the content
                assertTrue(script.attr("src").matches("(\\.\\./)*assets/(casebook|search-index)\\.js") && script.data().isBlank(),
                        path + " has a script that is not one of the theme's files: " + script);
            }
            for (Element e : doc.getAllElements()) {
                for (Attribute a : e.attributes()) {
                    String v = a.getValue().strip().toLowerCase(Locale.ROOT);
                    assertFalse(a.getKey().toLowerCase(Locale.ROOT).startsWith("on"), path + ": event handler " + a);
                    assertFalse(v.startsWith("javascript:") || v.startsWith("vbscript:") || v.startsWith("data:"), path + ": script URL " + a);
                }
            }
        });
    }
}
