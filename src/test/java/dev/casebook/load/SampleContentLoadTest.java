package dev.casebook.load;

import dev.casebook.model.EventType;
import dev.casebook.model.Log;
import dev.casebook.model.Project;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The load stage on the sample content and on small hand-written folders. */
class SampleContentLoadTest {

    @TempDir
    Path tmp;

    @Test
    void sampleContentLoadsCompletely() {
        LoadResult r = ContentLoader.load(Path.of("content"), LoadOptions.defaults());
        assertFalse(r.hasErrors(), r.diagnostics().toString());
        Project p = r.project().orElseThrow();
        Log wine = p.log("wine-gig").orElseThrow();
        assertEquals("kathleen", wine.subject().orElseThrow());
        assertEquals(1, wine.events().stream().filter(e -> e.type() == EventType.BUSINESS).count());
        assertTrue(p.person("tina").orElseThrow().handle().orElseThrow().equals("@WorthEveryBite"));
        assertTrue(p.stories().stream().anyMatch(s -> s.log().isEmpty()), "essays have no log");
    }

    @Test
    void yamlWordsAndNumbersStayAsWritten() throws IOException {
        Path content = tmp.resolve("content");
        Files.createDirectories(content.resolve("logs"));
        Files.writeString(content.resolve("logs/l.yaml"), """
                people:
                  - id: "010"
                    name: NO
                    role: off
                  - id: "8"
                    name: yes
                events:
                  - id: e1
                    type: met
                    from: "010"
                    to: "8"
                    date: 2010
                """);
        LoadResult r = ContentLoader.load(content, LoadOptions.defaults());
        assertFalse(r.hasErrors(), r.diagnostics().toString());
        Project p = r.project().orElseThrow();
        assertEquals("NO", p.person("010").orElseThrow().name());
        assertEquals("off", p.person("010").orElseThrow().role().orElseThrow());
        assertEquals("yes", p.person("8").orElseThrow().name());
        assertEquals("2010", p.log("l").orElseThrow().events().get(0).date().orElseThrow().iso());
    }

    @Test
    void duplicateKeysAreErrorsWithBothLines() throws IOException {
        Path content = tmp.resolve("content");
        Files.createDirectories(content.resolve("stories"));
        Files.writeString(content.resolve("stories/s.md"), "---\ntitle: A\ntitle: B\n---\nbody\n");
        LoadResult r = ContentLoader.load(content, LoadOptions.defaults());
        assertEquals(List.of(content + "/stories/s.md:3:1: error: 'title' is given twice in the same block (first at line 2)\n"
                        + "  hint: keep one 'title:' line; Casebook never silently takes the last one"),
                r.diagnostics().stream().map(d -> d.format()).toList());
    }

    @Test
    void draftsAreLeftOutUnlessAskedFor() throws IOException {
        Path content = tmp.resolve("content");
        Files.createDirectories(content.resolve("stories"));
        Files.writeString(content.resolve("stories/d.md"), "---\ntitle: Draft\ndraft: true\n---\nbody\n");
        assertEquals(0, ContentLoader.load(content, LoadOptions.defaults()).project().orElseThrow().stories().size());
        assertEquals(1, ContentLoader.load(content, new LoadOptions(true)).project().orElseThrow().stories().size());
    }
}
