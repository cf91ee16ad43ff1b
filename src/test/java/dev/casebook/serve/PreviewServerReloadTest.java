package dev.casebook.serve;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Edits on disk, through the real watcher, reach open pages as reload events and new bytes. */
class PreviewServerReloadTest {

    @TempDir
    Path dir;
    PreviewFixture preview;

    @BeforeEach
    void start() throws Exception {
        preview = new PreviewFixture(dir);
    }

    @AfterEach
    void stop() {
        preview.close();
    }

    @Test
    void editingAStoryReloadsItsPageWithTheNewText() throws Exception {
        Path story = preview.content.resolve("stories/wine-tasting-gig.md");
        try (PreviewFixture.Listener listener = preview.new Listener(null)) {
            PreviewFixture.save(story, Files.readString(story).replace("From a baker friend to a paid wine tasting", "A freshly edited title"));
            String event = listener.nextContaining("story/wine-tasting-gig.html");
            assertTrue(event.startsWith("{\"all\":false,\"pages\":["), event);
            Document page = Jsoup.parse(preview.get("/story/wine-tasting-gig.html").body());
            assertEquals("A freshly edited title", page.selectFirst("h1").text());
            // the index lists the story too: the follow-up pass updates it and says so
            String later = listener.nextContaining("index.html");
            assertFalse(later.contains("\"all\":true"), later);
            assertTrue(preview.get("/index.html").body().contains("A freshly edited title"));
        }
    }

    @Test
    void aBrokenLogShowsItsErrorsInTheBrowserUntilTheNextGoodSave() throws Exception {
        Path log = preview.content.resolve("logs/wine-gig.yaml");
        String good = Files.readString(log);
        try (PreviewFixture.Listener listener = preview.new Listener(null)) {
            PreviewFixture.save(log, good.replace("    type: business\n", "    type: busyness\n"));
            assertEquals("{\"all\":true,\"pages\":[]}", listener.next());
            PreviewFixture.Response broken = preview.get("/story/wine-tasting-gig.html");
            assertEquals(500, broken.status());
            Document page = Jsoup.parse(broken.body());
            assertEquals("The build failed", page.selectFirst("h1").text());
            var first = page.selectFirst("ol.diagnostics li.error");
            assertTrue(first.selectFirst(".file").text().endsWith("content/logs/wine-gig.yaml"), first.text());
            int line = lineOf(good, "    type: business\n");
            assertEquals(Integer.toString(line), first.selectFirst(".line").text());
            assertTrue(Integer.parseInt(first.selectFirst(".column").text()) > 0);
            assertTrue(first.selectFirst(".message").text().contains("busyness"), first.text());
            assertTrue(first.selectFirst(".hint").text().startsWith("hint: "), first.text());
            assertTrue(broken.body().contains("/__casebook/reload.js"), "the error page listens for the fix");
            assertTrue(preview.console.toString().contains("wine-gig.yaml:" + line + ":"), preview.console.toString());

            PreviewFixture.save(log, good);
            assertEquals("{\"all\":true,\"pages\":[]}", listener.next());
            PreviewFixture.Response fixed = preview.get("/story/wine-tasting-gig.html");
            assertEquals(200, fixed.status());
            assertTrue(fixed.body().contains("From a baker friend to a paid wine tasting"));
        }
    }

    @Test
    void newFoldersAreWatchedAndTemplatesOverrideTheTheme() throws Exception {
        try (PreviewFixture.Listener listener = preview.new Listener(null)) {
            Files.createDirectories(preview.templates.resolve("assets"));
            Thread.sleep(300);
            PreviewFixture.save(preview.templates.resolve("assets/style.css"), "body { color: rebeccapurple }\n");
            listener.nextContaining("assets/style.css");
            assertEquals("body { color: rebeccapurple }\n", preview.get("/assets/style.css").body());
        }
    }

    @Test
    void aSymlinkedTemplateAssetNeverServesTheFileOutside() throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-OUTSIDE");
        Files.createDirectories(preview.templates.resolve("assets"));
        Thread.sleep(300);
        try (PreviewFixture.Listener listener = preview.new Listener(null)) {
            Files.createSymbolicLink(preview.templates.resolve("assets/leak.css"), secret);
            listener.nextContaining("\"all\":true");
            PreviewFixture.Response r = preview.get("/assets/leak.css");
            assertEquals(500, r.status());
            assertFalse(r.body().contains("TOP-SECRET-OUTSIDE"));
            assertTrue(Jsoup.parse(r.body()).selectFirst("li.error .message").text().contains("symbolic link"), r.body());
        }
    }

    @Test
    void removingAStoryRemovesItsPage() throws Exception {
        try (PreviewFixture.Listener listener = preview.new Listener(null)) {
            Files.move(preview.content.resolve("stories/sell-ten-things.md"), dir.resolve("sell-ten-things.md"));
            listener.nextContaining("story/sell-ten-things.html");
            assertEquals(404, preview.get("/story/sell-ten-things.html").status());
        }
    }

    @Test
    void renamingAStoryMovesItsPage() throws Exception {
        try (PreviewFixture.Listener listener = preview.new Listener(null)) {
            Files.move(preview.content.resolve("stories/sell-ten-things.md"), preview.content.resolve("stories/ten-things.md"));
            listener.nextContaining("story/ten-things.html");
            for (int i = 0; i < 300 && preview.get("/story/sell-ten-things.html").status() != 404; i++) Thread.sleep(100);
            assertEquals(200, preview.get("/story/ten-things.html").status());
            assertEquals(404, preview.get("/story/sell-ten-things.html").status());
        }
    }

    private static int lineOf(String text, String needle) {
        int at = text.indexOf(needle);
        return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }
}
