package dev.casebook.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The JVM settings {@code bin/casebook} chooses, read back from the JVM it starts ({@code -XX:+PrintCommandLineFlags}).
 * The launcher runs a jar made here that holds no classes of its own: its manifest names the test's class path.
 */
class LauncherTest {

    private static final long FOUR_GIB_IN_KB = 4L << 20;

    @TempDir
    Path tmp;

    /** What the launcher's JVM prints for {@code casebook --version} with {@code opts} in CASEBOOK_JAVA_OPTS. */
    private String run(String opts) throws IOException, InterruptedException {
        Path jar = tmp.resolve("casebook.jar");
        if (!Files.exists(jar)) writeJar(jar);
        ProcessBuilder pb = new ProcessBuilder("sh", Path.of("bin/casebook").toAbsolutePath().toString(), "--version");
        pb.environment().put("CASEBOOK_JAR", jar.toString());
        pb.environment().put("CASEBOOK_JAVA_OPTS", (opts + " -XX:+PrintCommandLineFlags").strip());
        pb.redirectErrorStream(true);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
        assertTrue(out.contains("casebook "), out);
        return out;
    }

    private static void writeJar(Path jar) throws IOException {
        List<String> entries = new ArrayList<>();
        for (String e : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            entries.add(Path.of(e).toAbsolutePath().toUri().getRawPath()); // a folder's ends with '/', as the manifest needs
        }
        Manifest m = new Manifest();
        m.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        m.getMainAttributes().put(Attributes.Name.MAIN_CLASS, Main.class.getName());
        m.getMainAttributes().put(Attributes.Name.CLASS_PATH, String.join(" ", entries));
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(out, m)) {
            j.flush();
        }
    }

    /** The machine's memory as the launcher reads it; where there is no /proc/meminfo the launcher assumes enough. */
    private static long memoryKb() throws IOException {
        Path meminfo = Path.of("/proc/meminfo");
        if (!Files.isReadable(meminfo)) return Long.MAX_VALUE;
        String first = Files.readAllLines(meminfo).get(0); // "MemTotal:  24676528 kB"
        return Long.parseLong(first.replaceAll("[^0-9]", ""));
    }

    @Test
    void theParallelCollectorComesWithItsHeapOrNotAtAll() throws Exception {
        String flags = run("");
        assertTrue(flags.contains("-XX:MaxTenuringThreshold=0") && flags.contains("-XX:TieredStopAtLevel=1"), flags);
        if (memoryKb() >= FOUR_GIB_IN_KB) {
            assertTrue(flags.contains("-XX:+UseParallelGC"), flags);
            assertTrue(flags.contains("-XX:InitialHeapSize=1073741824"), flags);
            assertTrue(flags.contains("-XX:NewSize=268435456") && flags.contains("-XX:MaxNewSize=268435456"), flags);
            assertTrue(flags.contains("-XX:-UseAdaptiveSizePolicy"), flags);
        } else {
            // a small machine: the fixed young generation would leave the old one too small
            assertTrue(flags.contains("-XX:+UseSerialGC"), flags);
        }
    }

    @Test
    void aHeapTheUserSizesKeepsTheSerialCollector() throws Exception {
        String flags = run("-Xmx1g");
        assertTrue(flags.contains("-XX:+UseSerialGC") && flags.contains("-XX:MaxHeapSize=1073741824"), flags);
        assertFalse(flags.contains("UseParallelGC") || flags.contains("NewSize=268435456"), flags);
    }

    @Test
    void aCollectorTheUserNamesReplacesTheLaunchers() throws Exception {
        String flags = run("-XX:+UseG1GC");
        assertTrue(flags.contains("-XX:+UseG1GC"), flags);
        assertFalse(flags.contains("UseParallelGC") || flags.contains("UseSerialGC"), flags);
    }
}
