package dev.casebook.render;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The search index's Markdown-to-words pass. */
class SearchTextTest {

    /** The definition the one-pass version must match, written as regular expressions. */
    static String byRegex(String markdown) {
        return markdown.replaceAll("\\]\\([^)]*\\)", "]").replaceAll("[#*_`>\\[\\]|]", " ").replaceAll("\\s+", " ").strip();
    }

    @Test
    void dropsMarksAndLinkTargets() {
        assertEquals("Title see the site and bold text", SiteIndexes.plain("# Title\n\nsee [the site](https://x.org/a) and **bold**  text"));
        assertEquals("a b", SiteIndexes.plain("  a\n\n\t> b  "));
        assertEquals("unclosed (x", SiteIndexes.plain("[unclosed](x"));
    }

    @Test
    void matchesTheRegexDefinitionOnRandomText() {
        Random r = new Random(7);
        String alphabet = "ab ]()[#*_`>|\n\t\r\u000B\f\u2003é→";
        for (int k = 0; k < 5000; k++) {
            StringBuilder sb = new StringBuilder();
            int len = r.nextInt(40);
            for (int i = 0; i < len; i++) sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
            String s = sb.toString();
            assertEquals(byRegex(s), SiteIndexes.plain(s), () -> "input: " + s.replace("\n", "\\n"));
        }
    }
}
