package dev.casebook.render;

import dev.casebook.testing.RandomText;
import org.junit.jupiter.api.Test;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The search index's Markdown-to-words pass, its distinct words and its snippets. */
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
            String s = RandomText.of(r, alphabet, 40);
            assertEquals(byRegex(s), SiteIndexes.plain(s), () -> "input: " + s.replace("\n", "\\n"));
        }
    }

    /** What the browser's fold() does to the index and to a query: lower case, then accents dropped (NFD). */
    static String fold(String s) {
        return Normalizer.normalize(s.toLowerCase(Locale.ROOT), Normalizer.Form.NFD).replaceAll("[\u0300-\u036f]", "");
    }

    @Test
    void wordsAreDistinctLowerCasedAndCutOfPunctuationInOrderOfFirstAppearance() {
        assertEquals("the cake baker's tip led to a tasting", SearchWords.of("The cake. \"Baker's\" tip\n(led) to\u00a0a tasting, the CAKE!"));
        assertEquals("café cafe", SearchWords.of("Café, cafe CAFÉ"));
        assertEquals("local-business 3.5", SearchWords.of("--local-business-- ...3.5..."));
        assertEquals("", SearchWords.of(" ... — ¿? "));
        assertEquals("", SearchWords.of(""));
    }

    @Test
    void aQueryWordFindsTheSameStoriesInTheWordsAsInTheWholeText() {
        Random r = new Random(11);
        String[] pieces = {"a", "b", "ab", "Ab", "AB", "é", "e\u0301", "É", "ß", "İ", "Σ", "ΟΔΟΣ", "ς", "i", "ﬁ", "😀", "𐩖",
                " ", " ", " ", "\n", "\t", "\u00a0", "\u2003", "\u3000", "\u001f", ".", ",", "'", "\"", "-", "—", "(", ")", "“", "”", "!", "¿",
                "$", "+", "/", "0", "7"};
        String[] asciiPieces = Stream.of(pieces).filter(p -> p.chars().allMatch(ch -> ch < 0x80)).toArray(String[]::new);
        int compared = 0;
        for (int k = 0; k < 3000; k++) {
            String[] pool = k % 2 == 0 ? pieces : asciiPieces; // plain ASCII takes a quicker path: both are checked
            StringBuilder sb = new StringBuilder();
            int len = r.nextInt(30);
            for (int i = 0; i < len; i++) sb.append(pool[r.nextInt(pool.length)]);
            String text = sb.toString();
            String words = SearchWords.of(text);
            String oldFolded = fold(text);
            String newFolded = fold(words);
            List<String> tokens = words.isEmpty() ? List.of() : List.of(words.split(" ", -1));
            assertEquals(new HashSet<>(tokens).size(), tokens.size(), () -> "repeated word in: " + words);
            for (String t : tokens) {
                assertFalse(t.isEmpty() || PUNCTUATION_EDGE.matcher(t).matches() || JS_SPACE.matcher(t).find(), () -> "not a word: " + t);
                assertEquals(t, t.toLowerCase(Locale.ROOT));
            }
            // query words: pieces of both folded texts and random strings, as the browser splits them (no white space)
            List<String> queries = new ArrayList<>();
            for (String source : List.of(oldFolded, newFolded)) {
                for (int q = 0; q < 20 && !source.isEmpty(); q++) {
                    int a = r.nextInt(source.length());
                    queries.add(source.substring(a, Math.min(source.length(), a + 1 + r.nextInt(6))));
                }
            }
            for (int q = 0; q < 10; q++) queries.add(fold(pieces[r.nextInt(pieces.length)] + pieces[r.nextInt(pieces.length)]));
            for (String query : queries) {
                if (!searchable(query)) continue;
                compared++;
                assertEquals(oldFolded.contains(query), newFolded.contains(query),
                        () -> "query \"" + query + "\" in text \"" + text + "\" with words \"" + words + "\"");
            }
        }
        assertTrue(compared > 10_000, "compared " + compared);
    }

    /** JavaScript's {@code \\s}, written out, and Unicode punctuation: the browser's definitions, not the index's code. */
    private static final Pattern JS_SPACE = Pattern.compile("[\\t\\n\\x0B\\f\\r \\x{a0}\\x{1680}\\x{2000}-\\x{200a}\\x{2028}\\x{2029}\\x{202f}\\x{205f}\\x{3000}\\x{feff}]");
    private static final Pattern PUNCTUATION_EDGE = Pattern.compile("^\\p{P}.*|.*\\p{P}$", Pattern.DOTALL);

    /** A query word as the browser keeps it: no white space, no punctuation at its edges, no half surrogate pair. */
    private static boolean searchable(String q) {
        return !q.isEmpty() && !Character.isLowSurrogate(q.charAt(0)) && !Character.isHighSurrogate(q.charAt(q.length() - 1))
                && !JS_SPACE.matcher(q).find() && !PUNCTUATION_EDGE.matcher(q).matches();
    }

    @Test
    void snippetIsTheWholeShortTextOrCutAtTheLastSpaceWithinTheLimit() {
        assertEquals("short text", SiteIndexes.snippet("short text"));
        String exact = "x".repeat(SiteIndexes.SNIPPET);
        assertEquals(exact, SiteIndexes.snippet(exact));
        String words = "word ".repeat(100).strip();
        String cut = SiteIndexes.snippet(words);
        assertTrue(cut.endsWith("word\u2026") && cut.length() <= SiteIndexes.SNIPPET + 1 && words.startsWith(cut.substring(0, cut.length() - 1)), cut);
        assertEquals("x".repeat(SiteIndexes.SNIPPET) + "\u2026", SiteIndexes.snippet("x".repeat(300)));
        String emoji = "x".repeat(SiteIndexes.SNIPPET - 1) + "😀" + "x".repeat(10);
        assertEquals("x".repeat(SiteIndexes.SNIPPET - 1) + "\u2026", SiteIndexes.snippet(emoji), "never half a surrogate pair");
    }

    @Test
    void wordsOfATextAndItsMarkdownAreThoseOfTheTextAndThePlainMarkdown() {
        assertEquals("tip see the site bold", SearchWords.of("Tip", "see [the site](https://x.org/TIP) **bold**_tip_"));
        Random r = new Random(5);
        String[] pieces = {"a", "B", "ab", " ", " ", "\n", "\u2003", "]", "(", ")", "](", "[", "#", "*", "_", "`", ">", "|", ".", "'", "é", "Σ",
                "İ", "😀"};
        for (int k = 0; k < 5000; k++) {
            String text = random(r, pieces, 8, k % 2 == 0);
            String markdown = random(r, pieces, 40, k % 3 == 0);
            assertEquals(SearchWords.of(text + " " + SiteIndexes.plain(markdown)), SearchWords.of(text, markdown),
                    () -> "text \"" + text + "\", markdown \"" + markdown.replace("\n", "\\n") + "\"");
        }
    }

    /** The browser's former cut(text, 0): the definition of a snippet, applied to all of the plain text. */
    static String cut(String text) {
        if (text.length() <= 220) return text;
        int space = text.lastIndexOf(' ', 220);
        return text.substring(0, space > 0 ? space : 220) + "\u2026";
    }

    @Test
    void snippetIsTheStartOfThePlainTextCutAsTheBrowserDid() {
        Random r = new Random(3);
        String[] pieces = {"word", "a", " ", " ", "\n\n", "\u2003\u2003\u2003", "[link](https://example.org/x)", "**", "#", "ü", "x".repeat(50)};
        for (int k = 0; k < 3000; k++) {
            String markdown = random(r, pieces, 120, false);
            String expected = cut(SiteIndexes.plain(markdown));
            assertEquals(expected, SiteIndexes.snippet(markdown), () -> "markdown: " + markdown);
        }
    }

    @Test
    void aSnippetOfALongTextMadeFromItsStartIsTheSnippetOfAllOfIt() {
        // a snippet is made from the first part of a long body; link targets and runs of marks across that part's
        // end, or a start of nothing but marks, must give what the whole text gives
        Random r = new Random(11);
        String[] pieces = {"word", " ", "\n", "](", "(", ")", "]", "[x]", "](https://example.org/" + "p".repeat(300) + ")",
                "#".repeat(400), "*", "x".repeat(90), "é"};
        for (int k = 0; k < 2000; k++) {
            String markdown = random(r, pieces, 400, false);
            String expected = cut(SiteIndexes.plain(markdown));
            assertEquals(expected, SiteIndexes.snippet(markdown), () -> "markdown: " + markdown);
        }
    }

    private static String random(Random r, String[] pieces, int most, boolean asciiOnly) {
        StringBuilder sb = new StringBuilder();
        int count = r.nextInt(most);
        for (int i = 0; i < count; i++) {
            String p = pieces[r.nextInt(pieces.length)];
            if (!asciiOnly || p.chars().allMatch(ch -> ch < 0x80)) sb.append(p);
        }
        return sb.toString();
    }
}
