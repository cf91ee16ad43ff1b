package dev.casebook.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Cold full builds of synthetic projects, each in a fresh process, N by N: prints median wall time, stories per
 * second, peak RSS and CPU time. Usage:
 * {@code java -cp target/casebook.jar dev.casebook.bench.Benchmark [--ns=1,1000,16000] [--runs=5] [--warmup=1]
 * [--logs] [--cmd="bin/casebook"] [--work=/tmp/casebook-bench] [--timings]}.
 * Peak RSS and CPU come from GNU time ({@code /usr/bin/time}) when installed, else from polling {@code /proc}.
 */
public final class Benchmark {

    private static final Path GNU_TIME = Path.of("/usr/bin/time");

    /** One measured build. */
    record Run(double wallSeconds, long peakKiB, double cpuSeconds, int exit) {
    }

    /** The settings of one benchmark session. */
    record Settings(List<Integer> ns, int runs, int warmup, boolean logs, List<String> cmd, Path work, boolean timings) {
    }

    private Benchmark() {
    }

    public static void main(String[] args) throws Exception {
        Settings s = parse(args);
        Files.createDirectories(s.work().resolve("out"));
        Path trash = Files.createDirectories(s.work().resolve("trash"));
        System.out.println(machine());
        System.out.println("command: " + String.join(" ", s.cmd()) + " build --content DIR --out DIR");
        System.out.println("runs: " + s.runs() + " counted after " + s.warmup() + " warm-up, each a fresh process; "
                + "output moved aside (one rename) and the disk's pending writes flushed (sync) before each run, deleted after all runs"
                + (Files.isExecutable(GNU_TIME) ? "; peak RSS and CPU from GNU time" : "; peak RSS and CPU polled from /proc"));
        List<String> rows = new ArrayList<>();
        rows.add("| N | stories/logs/events | median wall (s) | min-max (s) | stories/s | peak RSS (MiB) | CPU user+sys (s) | CPU/wall |");
        rows.add("|---:|---|---:|---:|---:|---:|---:|---:|");
        for (int n : s.ns()) {
            SyntheticProject.Spec spec = s.logs() ? SyntheticProject.Spec.withLogs(n) : SyntheticProject.Spec.plain(n);
            Path corpus = corpus(s.work(), spec);
            Path out = s.work().resolve("out").resolve(corpus.getFileName());
            List<Run> runs = new ArrayList<>();
            for (int i = 0; i < s.warmup() + s.runs(); i++) {
                if (Files.exists(out)) Files.move(out, trash.resolve(out.getFileName() + "-" + System.nanoTime()), StandardCopyOption.ATOMIC_MOVE);
                settle();
                Run r = measure(s, corpus.resolve("content"), out);
                if (r.exit() != 0) {
                    System.out.println("N=" + n + ": the build failed (exit " + r.exit() + "); see " + log(out));
                    return;
                }
                if (i >= s.warmup()) runs.add(r);
            }
            String row = row(spec, runs);
            rows.add(row);
            System.out.println(row);
        }
        System.out.println(load());
        System.out.println();
        rows.forEach(System.out::println);
        deleteTree(trash);
    }

    /**
     * Flushes the writes still pending from the run before: the kernel writes a build's files back to disk in the
     * background, up to half a minute later, and that write-back would otherwise share the machine with the next
     * run (a build with logs leaves 760 MB of it, a plain one 250 MB). Untimed; skipped where there is no
     * {@code sync} command.
     */
    static void settle() throws InterruptedException {
        try {
            new ProcessBuilder("sync").redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
        } catch (IOException e) {
            // no sync here: the runs are measured as they come
        }
    }

    static Settings parse(String[] args) {
        List<Integer> ns = List.of(1, 1000, 4000, 16000);
        int runs = 5;
        int warmup = 1;
        boolean logs = false;
        boolean timings = false;
        Path work = Path.of("/tmp/casebook-bench");
        // without the launcher (run from another folder), the settings it gives a machine of 4 GiB or more
        List<String> cmd = Files.isExecutable(Path.of("bin/casebook")) ? List.of("bin/casebook")
                : List.of("java", "-XX:TieredStopAtLevel=1", "-XX:+UseParallelGC", "-Xms1g", "-Xmn256m",
                        "-XX:-UseAdaptiveSizePolicy", "-XX:MaxTenuringThreshold=0", "-jar", "target/casebook.jar");
        for (String a : args) {
            String v = a.contains("=") ? a.substring(a.indexOf('=') + 1) : "";
            if (a.startsWith("--ns=")) ns = Arrays.stream(v.split(",")).map(x -> Integer.parseInt(x.strip().replace("_", ""))).toList();
            else if (a.startsWith("--runs=")) runs = Integer.parseInt(v);
            else if (a.startsWith("--warmup=")) warmup = Integer.parseInt(v);
            else if (a.equals("--logs")) logs = true;
            else if (a.equals("--timings")) timings = true;
            else if (a.startsWith("--work=")) work = Path.of(v);
            else if (a.startsWith("--cmd=")) cmd = List.of(v.strip().split("\\s+"));
            else throw new IllegalArgumentException("unknown option " + a + "; see the class comment of dev.casebook.bench.Benchmark");
        }
        return new Settings(ns, runs, warmup, logs, cmd, work, timings);
    }

    /** The corpus for {@code spec}, generated once and reused while the generator's version is the same. */
    static Path corpus(Path work, SyntheticProject.Spec spec) throws IOException {
        String name = "n" + spec.stories() + (spec.logs() > 0 ? "-logs" : "");
        Path dir = work.resolve("corpus").resolve(name);
        Path marker = dir.resolve(".complete");
        String stamp = "generator " + SyntheticProject.VERSION + " " + spec;
        if (Files.exists(marker) && Files.readString(marker).equals(stamp)) return dir;
        deleteTree(dir);
        long t0 = System.nanoTime();
        SyntheticProject.write(spec, dir);
        Files.writeString(marker, stamp);
        System.out.printf(Locale.ROOT, "generated %s in %.1f s%n", dir, (System.nanoTime() - t0) / 1e9);
        return dir;
    }

    static Path log(Path out) {
        return out.resolveSibling(out.getFileName() + ".log");
    }

    /** One cold build in a fresh process. */
    static Run measure(Settings s, Path content, Path out) throws IOException, InterruptedException {
        List<String> build = new ArrayList<>(s.cmd());
        build.addAll(List.of("build", "--content", content.toString(), "--out", out.toString()));
        if (s.timings()) build.add("--timings");
        Path log = log(out);
        boolean gnu = Files.isExecutable(GNU_TIME);
        Path timeFile = Files.createTempFile("casebook-bench", ".time");
        List<String> command = new ArrayList<>();
        if (gnu) command.addAll(List.of(GNU_TIME.toString(), "-f", "%M %U %S", "-o", timeFile.toString()));
        command.addAll(build);
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        long t0 = System.nanoTime();
        Process p = pb.start();
        long peak = 0;
        Duration cpu = Duration.ZERO;
        if (!gnu) {
            while (p.isAlive()) {
                peak = Math.max(peak, hwm(p.pid()));
                cpu = p.info().totalCpuDuration().orElse(cpu);
                Thread.sleep(5);
            }
        }
        int exit = p.waitFor();
        double wall = (System.nanoTime() - t0) / 1e9;
        double cpuSeconds = cpu.toNanos() / 1e9;
        if (gnu) {
            List<String> lines = Files.readAllLines(timeFile);
            String[] f = lines.get(lines.size() - 1).trim().split("\\s+");
            peak = Long.parseLong(f[0]);
            cpuSeconds = Double.parseDouble(f[1]) + Double.parseDouble(f[2]);
        }
        Files.deleteIfExists(timeFile);
        if (s.timings()) {
            Files.readAllLines(log).stream().filter(l -> l.startsWith("timing:")).forEach(l -> System.out.println("  " + l));
        }
        return new Run(wall, peak, cpuSeconds, exit);
    }

    /** VmHWM of a live process in KiB, 0 when it is gone. */
    static long hwm(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmHWM:")) return Long.parseLong(line.replaceAll("\\D", ""));
            }
        } catch (IOException | RuntimeException e) {
            return 0;
        }
        return 0;
    }

    static String row(SyntheticProject.Spec spec, List<Run> runs) {
        double[] wall = runs.stream().mapToDouble(Run::wallSeconds).sorted().toArray();
        double[] cpu = runs.stream().mapToDouble(Run::cpuSeconds).sorted().toArray();
        long peak = runs.stream().mapToLong(Run::peakKiB).max().orElse(0);
        double median = median(wall);
        return String.format(Locale.ROOT, "| %d | %d/%d/%d | %.3f | %.3f-%.3f | %.0f | %.0f | %.2f | %.2f |",
                spec.stories(), spec.stories(), spec.logs(), (long) spec.logs() * spec.eventsPerLog(), median,
                wall[0], wall[wall.length - 1], spec.stories() / median, peak / 1024.0, median(cpu), median(cpu) / median);
    }

    static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    static String machine() throws IOException {
        String cpu = "unknown CPU";
        Path info = Path.of("/proc/cpuinfo");
        if (Files.isReadable(info)) {
            cpu = Files.readAllLines(info, StandardCharsets.UTF_8).stream().filter(l -> l.startsWith("model name"))
                    .findFirst().map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse(cpu);
        }
        return String.format(Locale.ROOT, "machine: %d cores (%s), %s %s, Java %s; %s", Runtime.getRuntime().availableProcessors(),
                cpu, System.getProperty("os.name"), System.getProperty("os.version"), System.getProperty("java.version"), load());
    }

    static String load() throws IOException {
        Path l = Path.of("/proc/loadavg");
        return Files.isReadable(l) ? "load average " + Files.readString(l).strip() : "load average unknown";
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) return;
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) Files.deleteIfExists(p);
        }
    }
}
