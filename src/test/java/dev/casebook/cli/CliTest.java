package dev.casebook.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The command line as a person meets it: exit codes, summaries and exact error text, through picocli. */
class CliTest {

    @TempDir
    Path tmp;

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = CasebookCommand.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void versionAndHelp() {
        Run v = run("--version");
        assertEquals(0, v.code());
        assertTrue(v.out().startsWith("casebook "), v.out());
        Run h = run("--help");
        assertEquals(0, h.code());
        assertTrue(h.out().contains("build") && h.out().contains("check") && h.out().contains("Examples:"), h.out());
        Run bh = run("build", "--help");
        assertTrue(bh.out().contains("--content") && bh.out().contains("--out") && bh.out().contains("--drafts"), bh.out());
    }

    @Test
    void helpShowsTheHelpOfAnyCommandAndSubcommand() {
        assertEquals(run("--help").out(), run("help").out());
        assertEquals(run("build", "--help").out(), run("help", "build").out());
        Run export = run("help", "theme", "export");
        assertEquals(0, export.code());
        assertTrue(export.out().startsWith("Usage: casebook theme export [-hV] [--force] DIR"), export.out());
        Run unknown = run("help", "nosuch");
        assertEquals(2, unknown.code());
        assertEquals("casebook: Unknown subcommand 'nosuch'.\nTry 'casebook --help' for usage.\n", unknown.err());
        Run unknownBelowTheme = run("help", "theme", "nosuch");
        assertEquals(2, unknownBelowTheme.code());
        assertTrue(unknownBelowTheme.err().contains("Try 'casebook theme --help' for usage."), unknownBelowTheme.err());
    }

    @Test
    void everyCommandPrintsTheVersion() {
        String version = run("--version").out();
        for (String[] command : new String[][]{{"build"}, {"check"}, {"serve"}, {"pack"}, {"theme"}, {"theme", "export"}, {"help"}}) {
            String[] args = java.util.Arrays.copyOf(command, command.length + 1);
            args[command.length] = "-V";
            Run r = run(args);
            assertEquals(0, r.code(), String.join(" ", args));
            assertEquals(version, r.out(), String.join(" ", args));
        }
    }

    @Test
    void examplesInTheHelpAreNeverWrapped() {
        for (String[] command : new String[][]{{}, {"build"}, {"check"}, {"serve"}, {"pack"}, {"theme"}, {"theme", "export"}, {"help"}}) {
            String[] args = java.util.Arrays.copyOf(command, command.length + 1);
            args[command.length] = "--help";
            String help = run(args).out();
            int examples = help.indexOf("Examples:\n");
            if (examples < 0) continue;
            for (String line : help.substring(examples + 10).split("\n")) {
                if (line.isEmpty()) break;
                assertTrue(line.startsWith("  casebook "), "a wrapped example in 'casebook " + String.join(" ", args) + "': " + line);
            }
        }
    }

    @Test
    void timingsNameEachStageAndTheTimeSpentWritingFiles() {
        Run r = run("build", "--content", "content", "--out", tmp.resolve("site").toString(), "--timings");
        assertEquals(0, r.code(), r.err());
        for (String stage : new String[]{"loading", "analysing", "rendering", "publishing", "total"}) {
            assertTrue(r.err().contains("timing: " + stage), r.err());
        }
        assertTrue(r.err().matches("(?s).*timing: rendering .*\\(\\d+ files written; writing them took \\d+\\.\\d{3} s, summed over the threads\\).*"), r.err());
    }

    @Test
    void usageMistakesExitTwo() {
        Run r = run("build", "--no-such-option");
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("casebook: Unknown option: '--no-such-option'"), r.err());
        assertEquals(2, run("frobnicate").code());
        assertEquals(2, run().code());
    }

    @Test
    void checkOfTheSampleContentPasses() {
        Run r = run("check", "--content", "content");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("check passed: "), r.out());
    }

    @Test
    void buildPrintsAOneLineSummary() {
        Path out = tmp.resolve("site");
        Run r = run("build", "--content", "content", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().matches("built \\d+ pages from \\d+ stories in \\d+\\.\\d\\d s, \\d+ warnings? -> .*site\\n"), r.out());
    }

    @Test
    void essaysWithoutLogsBuild() throws IOException {
        Path content = tmp.resolve("content");
        Files.createDirectories(content.resolve("stories"));
        Files.writeString(content.resolve("stories/one.md"), "---\ntitle: One\ndate: 2012-09-24\nauthor: A. Writer\ntags: [essays]\n---\nText.\n");
        Files.writeString(content.resolve("stories/two.md"), "---\ntitle: Two\n---\nMore text.\n");
        Run r = run("build", "--content", content.toString(), "--out", tmp.resolve("site").toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.isRegularFile(tmp.resolve("site/story/one.html")));
        assertTrue(Files.isRegularFile(tmp.resolve("site/theme/essays.html")));
    }

    @Test
    void contentErrorsAreReportedLikeACompilerAndLeaveTheSiteAlone() throws IOException {
        Path content = tmp.resolve("content");
        Files.createDirectories(content.resolve("stories"));
        Files.createDirectories(content.resolve("logs"));
        Files.writeString(content.resolve("stories/one.md"), "---\ntittle: One\nlog: wine\n---\nText.\n");
        Files.writeString(content.resolve("logs/gig.yaml"), "people:\n  - id: ann\n    name: Ann\nevents:\n  - id: e1\n    type: mett\n    from: ann\n    to: bob\n");
        Path site = tmp.resolve("site");
        Files.createDirectories(site);
        Files.writeString(site.resolve("index.html"), "old site");
        String c = content.toString();
        Run r = run("build", "--content", c, "--out", site.toString());
        assertEquals(1, r.code());
        assertEquals(c + "/logs/gig.yaml:6:11: error: unknown event type 'mett'\n"
                + "  hint: did you mean 'met'? the types are: business, conversation, followed, introduction, lagniappe, meeting, met, referral\n"
                + c + "/stories/one.md:2:1: error: unknown field 'tittle' in a story's front matter\n"
                + "  hint: did you mean 'title'? the fields of a story's front matter are: title, date, author, summary, tags, people, log, lessons, questions, draft\n"
                + "build failed: 2 errors, 0 warnings; " + site + " was left as it was\n", r.err());
        assertEquals("old site", Files.readString(site.resolve("index.html"), StandardCharsets.UTF_8));
        assertFalse(r.err().contains("Exception"));
    }

    @Test
    void missingContentFolderSaysWhatToDo() {
        Run r = run("check", "--content", tmp.resolve("nowhere").toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("does not exist"), r.err());
        assertTrue(r.err().contains("run this in your project folder"), r.err());
    }
}
