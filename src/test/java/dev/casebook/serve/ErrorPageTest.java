package dev.casebook.serve;

import dev.casebook.model.Diagnostic;
import dev.casebook.model.SourcePos;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The error page shows each diagnostic's place, message and hint, escaped, and listens for the fix. */
class ErrorPageTest {

    @Test
    void showsFileLineColumnMessageAndHintEscaped() {
        List<Diagnostic> ds = List.of(
                Diagnostic.error(new SourcePos("content/logs/<x>.yaml", 14, 7), "unknown person '<script>alert(1)</script>'", "did you mean \"kath\" & co?"),
                Diagnostic.warning(SourcePos.of("content/stories/a.md"), "file skipped", null));
        String html = new String(ErrorPage.html(ds, "story/a\".html"), StandardCharsets.UTF_8);
        assertFalse(html.contains("<script>alert"), "markup in a message is shown as text");
        Document doc = Jsoup.parse(html);
        assertEquals("1 error. Fix the files below and save: this page reloads by itself when the build succeeds.", doc.selectFirst("p").text());
        var error = doc.selectFirst("li.error");
        assertEquals("content/logs/<x>.yaml", error.selectFirst(".file").text());
        assertEquals("14", error.selectFirst(".line").text());
        assertEquals("7", error.selectFirst(".column").text());
        assertEquals("unknown person '<script>alert(1)</script>'", error.selectFirst(".message").text());
        assertEquals("hint: did you mean \"kath\" & co?", error.selectFirst(".hint").text());
        var warning = doc.selectFirst("li.warning");
        assertNull(warning.selectFirst(".line"));
        assertNull(warning.selectFirst(".hint"));
        var script = doc.selectFirst("script[src=/__casebook/reload.js]");
        assertEquals("story/a\".html", script.attr("data-page"));
    }

    @Test
    void theReloadScriptGoesBeforeTheClosingBodyTagOrAtTheEnd() {
        String page = new String(ReloadScript.inject("<html><body><p>x</p></BODY></html>".getBytes(StandardCharsets.UTF_8), "index.html"),
                StandardCharsets.UTF_8);
        assertEquals("<html><body><p>x</p><script src=\"/__casebook/reload.js\" data-page=\"index.html\"></script>\n</BODY></html>", page);
        String bare = new String(ReloadScript.inject("<p>x</p>".getBytes(StandardCharsets.UTF_8), "a.html"), StandardCharsets.UTF_8);
        assertTrue(bare.endsWith("<script src=\"/__casebook/reload.js\" data-page=\"a.html\"></script>\n"));
    }

    @Test
    void reloadEventsAreJsonThatCannotBreakOut() {
        assertEquals("{\"all\":false,\"pages\":[\"index.html\",\"story/a.html\"]}", ReloadEvent.of(List.of("story/a.html", "index.html")).json());
        assertEquals("{\"all\":true,\"pages\":[]}", ReloadEvent.everything().json());
        assertEquals("{\"all\":false,\"pages\":[\"a\\\"b\\u003c\\u000a\"]}", ReloadEvent.of(List.of("a\"b<\n")).json());
    }
}
