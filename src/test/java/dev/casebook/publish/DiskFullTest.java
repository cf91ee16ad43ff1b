package dev.casebook.publish;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A disk that fills up in the middle of writing the site: the old site stays, the temporary folder goes. */
class DiskFullTest {

    @TempDir
    Path tmp;

    @Test
    void aDiskThatFillsUpLeavesTheOldSiteAndRemovesTheTemporaryFolder() throws Exception {
        Path out = tmp.resolve("site");
        Files.createDirectories(out.resolve("story"));
        Files.writeString(out.resolve("index.html"), "old index");
        Files.writeString(out.resolve("story/a.html"), "old story");
        AtomicInteger room = new AtomicInteger(2);
        SiteWriter.Disk fillsUp = (file, parts) -> {
            if (room.getAndDecrement() <= 0) throw new java.nio.file.FileSystemException(file.toString(), null, "No space left on device");
            Files.write(file, dev.casebook.render.PageSink.join(parts));
        };

        SiteWriter w = SiteWriter.open(out, fillsUp);
        for (String page : List.of("index.html", "story/a.html", "story/b.html", "story/c.html")) {
            w.accept(page, ("new " + page).getBytes(StandardCharsets.UTF_8));
        }
        PublishException e = assertThrows(PublishException.class, w::commit);

        assertEquals("writing story/b.html failed: the disk is full; the previous site was left as it was and the unfinished new one was removed",
                e.getMessage());
        assertEquals("free some disk space (or pass another --out), then build again", e.hint());
        assertEquals("old index", Files.readString(out.resolve("index.html")));
        assertEquals("old story", Files.readString(out.resolve("story/a.html")));
        try (Stream<Path> s = Files.list(tmp)) {
            assertEquals(List.of("site"), s.map(p -> p.getFileName().toString()).toList(), "only the old site is left");
        }
    }

    @Test
    void anErrorWithoutAMessageIsStillSaidInWords() {
        assertEquals("an input/output error", SiteWriter.reason(new IOException()));
        assertEquals("the disk is read-only", SiteWriter.reason(new java.nio.file.FileSystemException("x", null, "Read-only file system")));
    }
}
