package dev.casebook.publish;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The search index script: one entry a line, in order, strings escaped for a script file. */
class SearchIndexTest {

    /** The script of these entries, each made a line as a build makes it. */
    private static byte[] script(List<SearchIndex.Entry> entries) {
        return dev.casebook.render.PageSink.join(SearchIndex.parts(entries.stream().map(SearchIndex::line).toList()));
    }

    private static final String HEAD = "/* Casebook search index: generated, do not edit. */\nwindow.CASEBOOK_SEARCH = [\n";

    @Test
    void entriesOneALineInOrderWithASnippetOnlyWhenGiven() {
        List<SearchIndex.Entry> entries = List.of(
                new SearchIndex.Entry("story", "Café \"quoted\"", "story/a.html", "", "café words", Optional.of("Start </script>…")),
                new SearchIndex.Entry("person", "Ann", "person/ann.html", "baker", "baker", Optional.empty()));
        assertEquals(HEAD
                        + "{\"kind\":\"story\",\"title\":\"Café \\\"quoted\\\"\",\"url\":\"story/a.html\",\"summary\":\"\",\"words\":\"café words\","
                        + "\"snippet\":\"Start \\u003c/script>…\"},\n"
                        + "{\"kind\":\"person\",\"title\":\"Ann\",\"url\":\"person/ann.html\",\"summary\":\"baker\",\"words\":\"baker\"}\n"
                        + "];\n",
                new String(script(entries), StandardCharsets.UTF_8));
    }

    @Test
    void everyCharacterAScriptCannotHoldAsItIsIsEscaped() {
        String tricky = "a\\b\n\r\t\u0001\u001f\u007f x\u2028y\u2029z \u2027\u202a \ud83d\ude00 <b> \"";
        String line = new String(script(List.of(new SearchIndex.Entry("theme", tricky, "u", "", "", Optional.empty()))),
                StandardCharsets.UTF_8);
        assertEquals(HEAD + "{\"kind\":\"theme\",\"title\":\"a\\\\b\\n\\r\\t\\u0001\\u001f\u007f x\\u2028y\\u2029z \u2027\u202a \ud83d\ude00 "
                + "\\u003cb> \\\"\",\"url\":\"u\",\"summary\":\"\",\"words\":\"\"}\n];\n", line);
    }

    @Test
    void noEntries() {
        assertEquals(HEAD + "];\n", new String(script(List.of()), StandardCharsets.UTF_8));
    }
}
