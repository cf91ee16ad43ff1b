package dev.casebook.load;

import dev.casebook.model.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/**
 * A story the user may not read is an error in plain words. Root reads every file whatever its permissions, so
 * this test can only run for an ordinary user; it is skipped for root.
 */
class UnreadableFileTest {

    @TempDir
    Path tmp;

    @Test
    void anUnreadableStoryIsReportedWithTheFix() throws Exception {
        Path stories = Files.createDirectories(tmp.resolve("content/stories"));
        Path story = Files.writeString(stories.resolve("secret.md"), "---\ntitle: Secret\n---\n");
        Files.setPosixFilePermissions(story, PosixFilePermissions.fromString("---------"));
        assumeFalse(Files.isReadable(story), "running as root: every file is readable");

        LoadResult r = ContentLoader.load(tmp.resolve("content"), new LoadOptions(false));

        assertEquals(List.of(tmp.resolve("content") + "/stories/secret.md: error: the file cannot be read: permission denied\n"
                + "  hint: give yourself read permission (chmod u+r)"), r.diagnostics().stream().map(Diagnostic::format).toList());
    }
}
