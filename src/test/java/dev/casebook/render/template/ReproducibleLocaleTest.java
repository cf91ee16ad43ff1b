package dev.casebook.render.template;

import dev.casebook.pipeline.BuildOutcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static dev.casebook.render.template.TemplateBuilds.report;
import static dev.casebook.render.template.TemplateBuilds.tree;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The same input gives the same bytes whatever the machine's locale and time zone: a build in a separate JVM
 * started as German in Tokyo is compared byte for byte with a build in this JVM.
 */
class ReproducibleLocaleTest {

    @TempDir
    Path tmp;

    @Test
    void builtInThemeIsByteIdenticalUnderGermanLocaleInTokyo() throws Exception {
        compare(tmp.resolve("no-templates"));
    }

    @Test
    void templatesUsingFormatsAndListingMapsAreByteIdenticalUnderGermanLocaleInTokyo() throws Exception {
        compare(TemplateBuilds.FIXTURES.resolve("locale"));
    }

    private void compare(Path templates) throws Exception {
        Path here = tmp.resolve("here");
        BuildOutcome o = TemplateBuilds.build(templates, here);
        assertTrue(o.published(), () -> report(o));
        Path there = tmp.resolve("there");
        childBuild(templates, there, "-Duser.language=de", "-Duser.country=DE", "-Duser.timezone=Asia/Tokyo");
        Map<String, byte[]> a = tree(here);
        Map<String, byte[]> b = tree(there);
        assertEquals(a.keySet(), b.keySet());
        for (String k : a.keySet()) {
            assertArrayEquals(a.get(k), b.get(k), () -> k + " differs:\n" + new String(a.get(k), StandardCharsets.UTF_8)
                    + "\n----\n" + new String(b.get(k), StandardCharsets.UTF_8));
        }
    }

    /** Runs {@code casebook build} in a new JVM on this test's class path, with extra JVM options. */
    static void childBuild(Path templates, Path out, String... jvmOptions) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"));
        cmd.addAll(List.of(jvmOptions));
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), "dev.casebook.cli.Main",
                "build", "--content", TemplateBuilds.CONTENT.toString(), "--templates", templates.toString(), "--out", out.toString()));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the child build finished");
        assertEquals(0, p.exitValue(), output);
    }
}
