package dev.casebook.cli;

import dev.casebook.pipeline.BuildOutcome;
import dev.casebook.render.template.TemplateBuilds;
import dev.casebook.render.ThemeFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static dev.casebook.cli.CliTest.run;
import static dev.casebook.render.template.TemplateBuilds.report;
import static dev.casebook.render.template.TemplateBuilds.tree;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code casebook theme export DIR}: the built-in theme as files, a starting point that builds the same site. */
class ThemeExportTest {

    @TempDir
    Path tmp;

    @Test
    void exportWritesEveryThemeFileAndBuildsTheSameSite() {
        Path dir = tmp.resolve("templates");
        CliTest.Run r = run("theme", "export", dir.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("exported " + ThemeFiles.names().size() + " files of the built-in theme to " + dir), r.out());
        Map<String, byte[]> exported = tree(dir);
        assertEquals(ThemeFiles.names(), exported.keySet().stream().toList());
        assertTrue(exported.containsKey("story.ftlh") && exported.containsKey("partials/card.ftlh") && exported.containsKey("assets/style.css"));
        for (String n : ThemeFiles.names()) assertArrayEquals(ThemeFiles.read(n), exported.get(n), n);

        BuildOutcome withExport = TemplateBuilds.build(dir, tmp.resolve("a"));
        BuildOutcome without = TemplateBuilds.build(tmp.resolve("none"), tmp.resolve("b"));
        assertTrue(withExport.published() && without.published(), () -> report(withExport) + report(without));
        Map<String, byte[]> a = tree(tmp.resolve("a"));
        Map<String, byte[]> b = tree(tmp.resolve("b"));
        assertEquals(b.keySet(), a.keySet());
        for (String k : a.keySet()) assertArrayEquals(b.get(k), a.get(k), k);
    }

    @Test
    void exportRefusesToOverwriteAndWritesNothing() throws Exception {
        Path dir = tmp.resolve("templates");
        Files.createDirectories(dir.resolve("partials"));
        Files.writeString(dir.resolve("partials/card.ftlh"), "mine");
        CliTest.Run r = run("theme", "export", dir.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().startsWith(dir.resolve("partials/card.ftlh") + ": error: already exists\n"), r.err());
        assertTrue(r.err().contains("theme export refused: 1 file would be overwritten; nothing was written"), r.err());
        assertTrue(r.err().contains("hint: pick an empty folder, or add --force to overwrite them"), r.err());
        assertEquals(Map.of("partials/card.ftlh", "mine"), Map.of("partials/card.ftlh", Files.readString(dir.resolve("partials/card.ftlh"))));
        assertEquals(1, tree(dir).size(), "nothing else was written");
    }

    @Test
    void forceOverwrites() throws Exception {
        Path dir = tmp.resolve("templates");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("story.ftlh"), "mine");
        CliTest.Run r = run("theme", "export", "--force", dir.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("(1 overwritten)"), r.out());
        assertArrayEquals(ThemeFiles.read("story.ftlh"), Files.readAllBytes(dir.resolve("story.ftlh")));
    }

    @Test
    void themeWithoutExportIsAUsageError() {
        CliTest.Run r = run("theme");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("say what to do: export DIR"), r.err());
    }
}
