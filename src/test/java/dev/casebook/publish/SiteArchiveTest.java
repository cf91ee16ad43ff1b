package dev.casebook.publish;

import dev.casebook.cli.CasebookCommand;
import dev.casebook.pipeline.BuildOutcome;
import dev.casebook.pipeline.BuildRequest;
import dev.casebook.pipeline.Pipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The zip `mvn package` makes (through `casebook pack`) holds exactly the built site, in one folder. */
class SiteArchiveTest {

    @TempDir
    Path tmp;

    @Test
    void theZipHoldsTheSampleSiteByteForByteInOneFolder() throws Exception {
        Path site = tmp.resolve("site");
        BuildOutcome built = Pipeline.build(new BuildRequest(Path.of("content"), Path.of("templates"), site, false));
        assertTrue(built.published(), built.diagnostics().toString());
        Path zip = tmp.resolve("target/casebook-site.zip");

        StringWriter out = new StringWriter(), err = new StringWriter();
        int code = CasebookCommand.commandLine(new PrintWriter(out), new PrintWriter(err))
                .execute("pack", "--site", site.toString(), "--zip", zip.toString());
        assertEquals(0, code, err.toString());

        Map<String, byte[]> files = new TreeMap<>();
        TreeSet<String> tops = new TreeSet<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                tops.add(e.getName().substring(0, e.getName().indexOf('/') + 1));
                if (!e.isDirectory()) files.put(e.getName().substring("casebook-site/".length()), in.readAllBytes());
            }
        }
        assertEquals(new TreeSet<>(java.util.List.of("casebook-site/")), tops);
        Map<String, byte[]> onDisk = tree(site);
        assertEquals(onDisk.keySet(), files.keySet());
        onDisk.forEach((name, bytes) -> assertArrayEquals(bytes, files.get(name), name));
        assertTrue(files.containsKey("index.html"));
        assertTrue(out.toString().startsWith("packed " + onDisk.size() + " files of "), out.toString());
        assertFalse(new String(files.get("index.html"), java.nio.charset.StandardCharsets.UTF_8).contains("__casebook"));

        byte[] first = Files.readAllBytes(zip);
        SiteArchive.write(site, zip, "casebook-site");
        assertArrayEquals(first, Files.readAllBytes(zip), "same site, same zip bytes");
        try (Stream<Path> left = Files.list(zip.getParent())) {
            assertEquals(1, left.count(), "no temporary file left beside the zip");
        }
    }

    @Test
    void packingWithoutABuiltSiteSaysWhatToDo() {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code = CasebookCommand.commandLine(new PrintWriter(out), new PrintWriter(err))
                .execute("pack", "--site", tmp.resolve("nothing").toString(), "--zip", tmp.resolve("x.zip").toString());
        assertEquals(1, code);
        String nl = System.lineSeparator();
        assertEquals("casebook: there is no built site at " + tmp.resolve("nothing") + " to pack" + nl
                + "  hint: build the site first: casebook build" + nl, err.toString());
        assertFalse(Files.exists(tmp.resolve("x.zip")));
    }

    private static Map<String, byte[]> tree(Path root) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                out.put(root.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        }
        return out;
    }
}
