package dev.casebook.cases;

import dev.casebook.cli.CasebookCommand;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Runs every folder of src/test/resources/cases through the real CLI (in-process) and compares its exact output
 * (stderr then stdout, paths shown relative to the case) and exit code with the case's {@code expected.txt} and
 * {@code exit}. A failed {@code build} must leave the previous site byte-identical and no temporary folder.
 * {@code mvn test -Dtest=CaseRunnerTest -Dcases.update=true} rewrites the expected files from the current output.
 */
class CaseRunnerTest {

    static final Path CASES = Path.of("src/test/resources/cases");
    static final boolean UPDATE = Boolean.getBoolean("cases.update");

    @TempDir
    Path temp;

    @TestFactory
    Stream<DynamicTest> cases() throws IOException {
        List<CaseFolder> all = CaseFolder.all(CASES);
        assertTrue(all.size() >= 50, "expected at least 50 cases, found " + all.size());
        return all.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> check(c)));
    }

    private void check(CaseFolder c) throws Exception {
        Path work = Files.createDirectories(temp.resolve(c.name()));
        c.prepare(work);
        List<String> args = new ArrayList<>(c.args());
        boolean build = args.get(0).equals("build");
        args.addAll(List.of("--content", work.resolve("content").toString(), "--templates", work.resolve("templates").toString()));
        Path site = work.resolve("site");
        if (build) {
            args.addAll(List.of("--out", site.toString()));
            if (!Files.exists(site, LinkOption.NOFOLLOW_LINKS)) {
                Files.createDirectories(site.resolve("assets"));
                Files.writeString(site.resolve("index.html"), "<p>the site published last week</p>\n");
                Files.writeString(site.resolve("assets/style.css"), "p { color: black; }\n");
            }
        }
        Map<String, byte[]> before = tree(site);

        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> CasebookCommand
                .commandLine(new PrintWriter(out, true), new PrintWriter(err, true))
                .execute(args.toArray(String[]::new)), "the case did not finish within 20 s");
        String output = normalise(err + out.toString(), work);

        assertFalse(output.contains("Exception") || output.contains("\tat "), "a stack trace or exception name leaked:\n" + output);
        if (build) {
            try (Stream<Path> s = Files.list(work)) {
                List<String> left = s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".site.")).toList();
                assertEquals(List.of(), left, "temporary folders left beside the site");
            }
            if (exit != 0) assertSameTree(before, tree(site));
        }
        if (UPDATE) {
            c.record(output, exit);
            return;
        }
        if (c.exit() < 0) fail("case " + c.name() + " has no 'exit' file; its output was (exit " + exit + "):\n" + output);
        assertEquals(c.expected(), output, "output of case " + c.name());
        assertEquals(c.exit(), exit, "exit code of case " + c.name());
    }

    /** Paths relative to the case folder, and the build time, which varies, as X. */
    static String normalise(String output, Path work) {
        return output.replace(work.toString() + "/", "").replace(work.toString(), ".")
                .replaceAll(" in \\d+\\.\\d\\d s,", " in X s,");
    }

    static Map<String, byte[]> tree(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        if (!Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
            if (Files.exists(root, LinkOption.NOFOLLOW_LINKS)) files.put("", Files.readAllBytes(root));
            return files;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        return files;
    }

    static void assertSameTree(Map<String, byte[]> expected, Map<String, byte[]> actual) {
        assertEquals(expected.keySet(), actual.keySet(), "files of the site");
        for (var e : expected.entrySet()) {
            assertEquals(new String(e.getValue(), StandardCharsets.ISO_8859_1), new String(actual.get(e.getKey()), StandardCharsets.ISO_8859_1),
                    "bytes of " + e.getKey());
        }
    }
}
