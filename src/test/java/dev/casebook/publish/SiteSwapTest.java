package dev.casebook.publish;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The site is replaced as a whole on commit and left alone on abort; nothing is left behind. */
class SiteSwapTest {

    @TempDir
    Path tmp;

    @Test
    void commitReplacesTheOldSiteAsAWhole() throws Exception {
        Path out = tmp.resolve("site");
        Files.createDirectories(out.resolve("old"));
        Files.writeString(out.resolve("old/page.html"), "old");
        SiteWriter w = SiteWriter.open(out);
        w.accept("index.html", "new".getBytes(StandardCharsets.UTF_8));
        w.accept("story/a.html", "a".getBytes(StandardCharsets.UTF_8));
        w.commit();
        assertEquals("new", Files.readString(out.resolve("index.html")));
        assertFalse(Files.exists(out.resolve("old")));
        assertEquals(1, siblings());
    }

    @Test
    void aFileGivenInPartsIsWrittenAsThemOneAfterTheOther() throws Exception {
        Path out = tmp.resolve("site");
        byte[] big = new byte[200_000]; // bigger than the writer's buffer, written past it
        java.util.Arrays.fill(big, (byte) 'x');
        try (SiteWriter w = SiteWriter.open(out)) {
            w.accept("assets/index.js", java.util.List.of("a".getBytes(StandardCharsets.UTF_8), big, new byte[0], "z\n".getBytes(StandardCharsets.UTF_8)));
            w.accept("one.txt", java.util.List.of("only".getBytes(StandardCharsets.UTF_8)));
            w.commit();
        }
        assertEquals("a" + "x".repeat(200_000) + "z\n", Files.readString(out.resolve("assets/index.js")));
        assertEquals("only", Files.readString(out.resolve("one.txt")));
    }

    @Test
    void thePublishedFolderHasTheUsualPermissionsNotThoseOfAPrivateTemporaryFolder() throws Exception {
        Path out = tmp.resolve("site");
        try (SiteWriter w = SiteWriter.open(out)) {
            w.accept("story/a.html", "a".getBytes(StandardCharsets.UTF_8));
            w.commit();
        }
        Path usual = Files.createDirectory(tmp.resolve("usual"));
        assertEquals(Files.getPosixFilePermissions(usual), Files.getPosixFilePermissions(out), "a web server must be able to read it");
        assertEquals(Files.getPosixFilePermissions(usual), Files.getPosixFilePermissions(out.resolve("story")));
    }

    @Test
    void abortLeavesTheOldSiteAndNoTemporaryFolder() throws Exception {
        Path out = tmp.resolve("site");
        Files.createDirectories(out);
        Files.writeString(out.resolve("index.html"), "old");
        try (SiteWriter w = SiteWriter.open(out)) {
            w.accept("index.html", "new".getBytes(StandardCharsets.UTF_8));
        }
        assertEquals("old", Files.readString(out.resolve("index.html")));
        assertEquals(1, siblings());
    }

    @Test
    void anOutputPathThatIsAFileIsRefusedPlainly() throws IOException {
        Path out = tmp.resolve("site");
        Files.writeString(out, "not a folder");
        PublishException e = assertThrows(PublishException.class, () -> SiteWriter.open(out));
        assertTrue(e.getMessage().contains("is a file, not a folder"), e.getMessage());
    }

    @Test
    void pathsOutsideTheSiteAreRefused() throws Exception {
        try (SiteWriter w = SiteWriter.open(tmp.resolve("site"))) {
            assertThrows(IllegalArgumentException.class, () -> w.accept("../escape.html", new byte[0]));
            assertThrows(IllegalArgumentException.class, () -> w.accept("/abs.html", new byte[0]));
        }
        assertFalse(Files.exists(tmp.resolve("escape.html")));
    }

    private long siblings() throws IOException {
        try (Stream<Path> s = Files.list(tmp)) {
            return s.count();
        }
    }
}
