package dev.casebook.load;

import dev.casebook.analyse.Analysis;
import dev.casebook.model.Diagnostic;
import dev.casebook.model.Story;
import dev.casebook.model.StoryBody;
import dev.casebook.render.SiteRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Story bodies stay in their files until a page needs them, and come back exactly as loaded, or not at all. */
class StoryBodyInFileTest {

    @TempDir
    Path tmp;

    private Story load(String file, byte[] bytes) throws Exception {
        Path stories = Files.createDirectories(tmp.resolve("content/stories"));
        Files.write(stories.resolve(file), bytes);
        LoadResult r = ContentLoader.load(tmp.resolve("content"), new LoadOptions(false));
        assertEquals(List.of(), r.diagnostics().stream().filter(Diagnostic::isError).toList());
        return r.project().orElseThrow().stories().get(0);
    }

    @Test
    void theBodyReadBackIsTheBodyAsLoadedWithBomAndCrlfAndNonAsciiText() throws Exception {
        String text = "\uFEFF---\r\ntitle: Café\r\n---\r\nFirst line \u2014 “quoted”\r\n\r\nSecond \uD83D\uDE00 line\r\n";
        Story s = load("cafe.md", text.getBytes(StandardCharsets.UTF_8));
        assertInstanceOf(FileBody.class, s.body(), "the loader keeps only where the body is");
        assertEquals("First line \u2014 “quoted”\n\nSecond \uD83D\uDE00 line\n", s.body().text());
        assertEquals(s.body().text(), s.body().text(), "read again, the same");
    }

    @Test
    void aPlainAsciiBodyIsCutFromItsBytesAndEveryOtherFormIsDecodedAsAtLoading() throws Exception {
        record Form(String name, String file, String body, boolean byteForByte) {
        }
        List<Form> forms = List.of(
                new Form("ascii.md", "---\ntitle: A\n---\nPlain *text*.\n\nTwo.\n", "Plain *text*.\n\nTwo.\n", true),
                new Form("bom.md", "\uFEFF---\ntitle: B\n---\nAfter a BOM.\n", "After a BOM.\n", true),
                new Form("cr.md", "---\rtitle: C\r---\rOld Mac\rline ends.\r", "Old Mac\nline ends.\n", false),
                new Form("crlf.md", "---\r\ntitle: D\r\n---\r\nWindows\r\nline ends.\r\n", "Windows\nline ends.\n", false),
                new Form("latin.md", "---\ntitle: E\n---\nCaf\u00e9 cr\u00e8me.\n", "Caf\u00e9 cr\u00e8me.\n", false));
        for (Form f : forms) {
            Path stories = Files.createDirectories(tmp.resolve(f.name() + "/content/stories"));
            Files.write(stories.resolve(f.name()), f.file().getBytes(StandardCharsets.UTF_8));
            LoadResult r = ContentLoader.load(tmp.resolve(f.name() + "/content"), new LoadOptions(false));
            Story s = r.project().orElseThrow().stories().get(0);
            FileBody body = assertInstanceOf(FileBody.class, s.body());
            assertEquals(f.byteForByte(), body.byteForByte(), f.name());
            assertEquals(f.body(), body.text(), f.name());
        }
    }

    @Test
    void aBodyChangedAfterLoadingIsReportedNotRenderedFromTheNewText() throws Exception {
        Story s = load("a.md", "---\ntitle: A\n---\nOriginal body.\n".getBytes(StandardCharsets.UTF_8));
        Path file = tmp.resolve("content/stories/a.md");
        Files.writeString(file, "---\ntitle: A\n---\nEdited body!!\n");
        StoryBody.Unavailable e = assertThrows(StoryBody.Unavailable.class, () -> s.body().text());
        assertTrue(e.getMessage().contains("a.md changed while the site was being built"), e.getMessage());
        Files.delete(file);
        assertThrows(StoryBody.Unavailable.class, () -> s.body().text());
    }

    @Test
    void renderingAStoryWhoseFileChangedGivesAnErrorAtTheStoryNotAPage() throws Exception {
        Story s = load("a.md", "---\ntitle: A\n---\nOriginal body.\n".getBytes(StandardCharsets.UTF_8));
        LoadResult loaded = ContentLoader.load(tmp.resolve("content"), new LoadOptions(false));
        Files.writeString(tmp.resolve("content/stories/a.md"), "---\ntitle: A\n---\nA longer, edited body.\n");
        List<String> written = new ArrayList<>();
        SiteRenderer.Result result = new SiteRenderer(Optional.empty()).render(Analysis.of(loaded.project().orElseThrow()).casebook(),
                (path, bytes) -> written.add(path));
        assertTrue(result.hasErrors());
        Diagnostic d = result.problems().stream().filter(Diagnostic::isError).findFirst().orElseThrow();
        assertEquals(s.pos().file(), d.pos().file());
        assertTrue(d.message().contains("changed while the site was being built"), d.message());
        assertFalse(written.contains("story/a.html"));
    }
}
