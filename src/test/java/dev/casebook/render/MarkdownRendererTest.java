package dev.casebook.render;

import dev.casebook.model.Diagnostic;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Story bodies: Markdown renders, raw HTML and script links never become live markup. */
class MarkdownRendererTest {

    @Test
    void markdownBecomesHtml() {
        String html = MarkdownRenderer.render("s.md", 5, "# Title\n\nSome *emphasis* and [a link](https://example.org).\n", d -> {
        });
        assertTrue(html.contains("<h1>Title</h1>"), html);
        assertTrue(html.contains("<em>emphasis</em>"), html);
        assertTrue(html.contains("href=\"https://example.org\""), html);
    }

    @Test
    void rawHtmlIsEscapedAndReportedAtItsLine() {
        List<Diagnostic> warnings = new ArrayList<>();
        String html = MarkdownRenderer.render("s.md", 5, "Hello\n\n<script>alert(1)</script>\n", warnings::add);
        assertFalse(html.contains("<script>"), html);
        assertTrue(html.contains("&lt;script&gt;"), html);
        assertEquals(1, warnings.size());
        assertEquals("s.md:7:1", warnings.get(0).pos().toString());
    }

    @Test
    void scriptLinksAreDropped() {
        List<Diagnostic> warnings = new ArrayList<>();
        String html = MarkdownRenderer.render("s.md", 1, "[x](javascript:alert(1)) [y](JaVaScRiPt:alert(1)) [z](data:text/html,hi) [ok](other.html)\n", warnings::add);
        assertFalse(html.toLowerCase().contains("javascript:"), html);
        assertFalse(html.contains("data:"), html);
        assertTrue(html.contains("href=\"other.html\""), html);
        assertEquals(3, warnings.size());
    }

    /** The cleaning as first written, with a regular expression: {@link MarkdownRenderer.SafeUrls#asBrowserReadsIt} must agree. */
    private static String cleanedByRegex(String url) {
        return url.strip().toLowerCase(java.util.Locale.ROOT).replaceAll("[\\s\\x00-\\x1f]", "");
    }

    @Test
    void safeLinksAreDecidedAsByTheRegularExpressionRule() {
        java.util.Random r = new java.util.Random(9);
        String[] pieces = {"java", "script", "JAVA", "http", "HTTPS", "s", "mailto", "data", ":", "/", "?", "#", " ", "\t", "\n", "\u0000",
                "\u001f", "\u000b", "\u2003", "\u00a0", "\u0130", "\u212a", "x", "."};
        for (int k = 0; k < 20000; k++) {
            StringBuilder url = new StringBuilder();
            for (int i = r.nextInt(8); i > 0; i--) url.append(pieces[r.nextInt(pieces.length)]);
            String u = url.toString();
            assertEquals(cleanedByRegex(u), MarkdownRenderer.SafeUrls.asBrowserReadsIt(u), () -> "url: " + u.chars().mapToObj(Integer::toHexString).toList());
        }
    }
}
