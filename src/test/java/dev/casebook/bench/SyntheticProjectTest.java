package dev.casebook.bench;

import dev.casebook.model.Diagnostic;
import dev.casebook.pipeline.BuildOutcome;
import dev.casebook.pipeline.BuildRequest;
import dev.casebook.pipeline.Pipeline;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SyntheticProjectTest {

    @TempDir
    Path tmp;

    @Test
    void sameSpecGivesTheSameBytesAndASmallerNIsAPrefix() throws IOException {
        SyntheticProject.write(SyntheticProject.Spec.withLogs(40), tmp.resolve("a"));
        SyntheticProject.write(SyntheticProject.Spec.withLogs(40), tmp.resolve("b"));
        SyntheticProject.write(new SyntheticProject.Spec(20, 13, 20, 1), tmp.resolve("c"));
        Map<String, byte[]> a = files(tmp.resolve("a"));
        Map<String, byte[]> b = files(tmp.resolve("b"));
        assertEquals(a.keySet(), b.keySet());
        a.forEach((k, v) -> assertArrayEquals(v, b.get(k), k));
        files(tmp.resolve("c")).forEach((k, v) -> assertArrayEquals(v, a.get(k), k));
        assertEquals(40 + 13 + 1, a.size(), "40 stories, 13 logs, people.yaml");
    }

    @Test
    void anotherSeedGivesOtherText() throws IOException {
        SyntheticProject.write(new SyntheticProject.Spec(3, 0, 0, 1), tmp.resolve("a"));
        SyntheticProject.write(new SyntheticProject.Spec(3, 0, 0, 2), tmp.resolve("b"));
        String story = "content/stories/story-000001.md";
        assertNotEquals(Files.readString(tmp.resolve("a").resolve(story)), Files.readString(tmp.resolve("b").resolve(story)));
    }

    @Test
    void storiesAreAboutAThousandWordsOfMarkdownWithTags() {
        SyntheticProject.Spec spec = SyntheticProject.Spec.plain(50);
        long words = 0;
        for (int i = 0; i < 50; i++) {
            String s = SyntheticProject.story(spec, i);
            String body = s.substring(s.indexOf("\n---\n") + 5);
            words += body.split("\\s+").length;
            assertTrue(s.contains("\ntags: ["), "front matter has tags");
            assertTrue(body.contains("\n## "), "headings");
            assertTrue(body.contains("\n- ") && body.contains("\n1. "), "lists");
        }
        long average = words / 50;
        assertTrue(average > 850 && average < 1200, "average words per story: " + average);
    }

    @Test
    void aProjectWithLogsBuildsWithoutAnyDiagnosticAndShowsChainsAndDates() throws IOException {
        SyntheticProject.write(new SyntheticProject.Spec(12, 4, 20, 7), tmp);
        BuildOutcome outcome = Pipeline.build(new BuildRequest(tmp.resolve("content"), tmp.resolve("templates"), tmp.resolve("site"), false));
        assertEquals(List.<Diagnostic>of(), outcome.diagnostics());
        assertTrue(outcome.published());
        assertEquals(12, outcome.stories());
        Document story = Jsoup.parse(tmp.resolve("site/story/story-000000.html").toFile(), "UTF-8");
        assertEquals(20, story.select(".timeline li.event").size());
        assertEquals(4, story.select("figure.chain").size());
        assertTrue(story.select("figure.chain.untraced").isEmpty(), "every business outcome traces back to a first contact");
        assertFalse(story.select(".dating-relative, .dating-exact, .dating-partial, .dating-unknown").isEmpty()
                        || story.select("li.event").eachAttr("class").stream().map(c -> c.replaceAll(".*dating-", "")).distinct().count() < 3,
                "events with several kinds of dating: " + story.select("li.event").eachAttr("class"));
        Document plain = Jsoup.parse(tmp.resolve("site/story/story-000011.html").toFile(), "UTF-8");
        assertTrue(plain.select(".timeline").isEmpty(), "an essay has no timeline");
        assertTrue(plain.select(".body h2").size() >= 4);
    }

    private static Map<String, byte[]> files(Path root) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) out.put(root.relativize(p).toString(), Files.readAllBytes(p));
        }
        return out;
    }
}
