package dev.casebook.serve;

import dev.casebook.pipeline.BuildOutcome;
import dev.casebook.pipeline.BuildRequest;
import dev.casebook.pipeline.Pipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * However it got there (quick passes, cached reads, reused analysis, pages replaced only when their bytes
 * changed), the preview after a series of edits holds exactly the site a fresh build of the same files makes.
 */
class PreviewMatchesBuildTest {

    @TempDir
    Path dir;

    @Test
    void afterEditsThePreviewIsByteForByteAFreshBuild() throws Exception {
        try (PreviewFixture preview = new PreviewFixture(dir.resolve("project"))) {
            Path stories = preview.content.resolve("stories");
            Path story = stories.resolve("wine-tasting-gig.md");
            PreviewFixture.save(story, Files.readString(story).replace("From a baker friend to a paid wine tasting", "A new headline")
                    .replace("tags: [referrals,", "tags: [a-brand-new-theme, referrals,"));
            Thread.sleep(200);
            Path log = preview.content.resolve("logs/lagniappe.yaml");
            PreviewFixture.save(log, Files.readString(log).replace("\nsubject:", "\n# an edited comment\nsubject:"));
            Files.delete(stories.resolve("sell-ten-things.md"));
            PreviewFixture.save(stories.resolve("a-new-essay.md"), "---\ntitle: A new essay\ntags: [referrals]\n---\nWritten while the preview ran.\n");
            Thread.sleep(300);
            assertTrue(preview.server.awaitIdle(Duration.ofSeconds(60)), "the preview settled");

            Path built = dir.resolve("built");
            BuildOutcome outcome = Pipeline.build(new BuildRequest(preview.content, preview.templates, built, false));
            assertTrue(outcome.published(), outcome.diagnostics().toString());
            Map<String, byte[]> expected = tree(built);
            assertTrue(expected.containsKey("story/a-new-essay.html"));
            assertTrue(expected.containsKey("theme/a-brand-new-theme.html"));
            TreeSet<String> served = new TreeSet<>();
            for (String path : expected.keySet()) {
                byte[] bytes = preview.server.site().file(path).orElseThrow(() -> new AssertionError("missing in the preview: " + path));
                assertArrayEquals(expected.get(path), bytes, path);
                served.add(path);
            }
            assertEquals(expected.size(), preview.server.site().size(), "the preview has no extra files");
            assertEquals(404, preview.get("/story/sell-ten-things.html").status());
        }
    }

    private static Map<String, byte[]> tree(Path root) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) out.put(root.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
        }
        return out;
    }
}
