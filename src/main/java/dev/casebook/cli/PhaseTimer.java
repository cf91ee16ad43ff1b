package dev.casebook.cli;

import dev.casebook.pipeline.BuildProgress;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code casebook build --timings}: the wall time of each stage (loading, analysing, rendering with writing,
 * publishing) and the files written, printed to stderr when the build ends; passes every event on to the
 * progress line too.
 */
final class PhaseTimer implements BuildProgress {

    private final BuildProgress next;
    private final long start = System.nanoTime();
    private final List<String> names = new ArrayList<>();
    private final List<Long> starts = new ArrayList<>();
    private volatile int files;
    private final java.util.concurrent.atomic.LongAdder writing = new java.util.concurrent.atomic.LongAdder();

    PhaseTimer(BuildProgress next) {
        this.next = next;
    }

    @Override
    public synchronized void stage(String name) {
        names.add(name);
        starts.add(System.nanoTime());
        next.stage(name);
    }

    @Override
    public void writeTime(long nanos) {
        writing.add(nanos);
    }

    @Override
    public void fileWritten(int filesSoFar) {
        files = Math.max(files, filesSoFar);
        next.fileWritten(filesSoFar);
    }

    /** Prints one line per stage, ending the last one now. */
    synchronized void print(PrintWriter err) {
        long end = System.nanoTime();
        for (int i = 0; i < names.size(); i++) {
            long until = i + 1 < starts.size() ? starts.get(i + 1) : end;
            line(err, names.get(i), until - starts.get(i), names.get(i).equals("rendering")
                    ? String.format(Locale.ROOT, "  (%d files written; writing them took %.3f s, summed over the threads)", files, writing.sum() / 1e9)
                    : "");
        }
        line(err, "total", end - start, "  (from the command's start; JVM start-up not included)");
        err.flush();
    }

    private static void line(PrintWriter err, String name, long nanos, String extra) {
        err.println(String.format(Locale.ROOT, "timing: %-10s %8.3f s%s", name, nanos / 1e9, extra));
    }
}
