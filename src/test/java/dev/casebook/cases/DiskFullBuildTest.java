package dev.casebook.cases;

import dev.casebook.cli.CasebookCommand;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A real full disk: a tiny tmpfs (mounting needs root; the test is skipped elsewhere, and DiskFullTest covers the
 * same path with a disk that fills up on purpose). The build fails in plain words and the old site stays.
 */
class DiskFullBuildTest {

    @TempDir
    Path tmp;

    private Path mount;

    @AfterEach
    void unmount() throws Exception {
        if (mount != null) new ProcessBuilder("umount", mount.toString()).start().waitFor();
    }

    @Test
    void aBuildOntoAFullDiskKeepsTheOldSite() throws Exception {
        Path disk = Files.createDirectories(tmp.resolve("disk"));
        assumeTrue(mountTmpfs(disk), "mounting a tmpfs needs root");
        mount = disk;
        Path content = tmp.resolve("content");
        Files.createDirectories(content.resolve("stories"));
        Files.writeString(content.resolve("stories/long.md"), "---\ntitle: A long story\n---\n\n" + "A line of the story.\n".repeat(40_000));
        Path site = disk.resolve("site");
        Files.createDirectories(site);
        Files.writeString(site.resolve("index.html"), "the site published last week\n");
        Map<String, byte[]> before = CaseRunnerTest.tree(site);

        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = CasebookCommand.commandLine(new PrintWriter(out, true), new PrintWriter(err, true))
                .execute("build", "--content", content.toString(), "--templates", tmp.resolve("templates").toString(), "--out", site.toString());

        String shown = CaseRunnerTest.normalise(err.toString(), tmp);
        assertEquals(1, exit, shown);
        assertTrue(shown.matches("(?s)disk/site: error: writing \\S+ failed: the disk is full; the previous site was left as it was and the unfinished new one was removed\n"
                + "  hint: free some disk space \\(or pass another --out\\), then build again\n"
                + "build failed: 1 error, 0 warnings; disk/site was left as it was\n"), shown);
        CaseRunnerTest.assertSameTree(before, CaseRunnerTest.tree(site));
        try (Stream<Path> s = Files.list(disk)) {
            assertEquals(List.of("site"), s.map(p -> p.getFileName().toString()).toList());
        }
    }

    private static boolean mountTmpfs(Path dir) {
        try {
            Process p = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", dir.toString())
                    .redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
