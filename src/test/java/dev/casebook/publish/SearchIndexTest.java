package dev.casebook.publish;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The search index script: one entry a line, in order, strings escaped for a script file. */
class SearchIndexTest {

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
                new String(SearchIndex.script(entries), StandardCharsets.UTF_8));
    }

    @Test
    void noEntries() {
        assertEquals(HEAD + "];\n", new String(SearchIndex.script(List.of()), StandardCharsets.UTF_8));
    }
}
