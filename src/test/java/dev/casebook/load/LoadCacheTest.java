package dev.casebook.load;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A cached load re-reads a file only when its time or size changed, or when it is named as changed. */
class LoadCacheTest {

    @TempDir
    Path content;

    @Test
    void unchangedStampsReuseTheLastReadAndForgetForcesARead() throws Exception {
        Path story = content.resolve("stories/a.md");
        Files.createDirectories(story.getParent());
        Files.writeString(story, "---\ntitle: First\n---\nBody.\n");
        FileTime time = Files.getLastModifiedTime(story);
        LoadCache cache = LoadCache.create();
        assertEquals("First", title(cache));
        assertEquals(1, cache.size());

        Files.writeString(story, "---\ntitle: Other\n---\nBody.\n"); // same size
        Files.setLastModifiedTime(story, time);
        assertEquals("First", title(cache), "same time and size: the remembered read is used");
        assertEquals("Other", title(LoadCache.none()), "without a cache every load reads the file");

        cache.forget(List.of(story));
        assertEquals("Other", title(cache), "a file named as changed is read again");

        Files.writeString(story, "---\ntitle: Longer one\n---\nBody.\n");
        assertEquals("Longer one", title(cache), "a new size is noticed without being told");
    }

    private String title(LoadCache cache) {
        LoadResult r = ContentLoader.load(content, LoadOptions.defaults(), cache);
        return r.project().orElseThrow().stories().get(0).title();
    }
}
