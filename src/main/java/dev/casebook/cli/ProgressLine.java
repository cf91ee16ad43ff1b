package dev.casebook.cli;

import dev.casebook.pipeline.BuildProgress;

import java.io.PrintWriter;

/**
 * A one-line progress display for a person at a terminal ("rendering: 1200 files"), redrawn in place at most
 * ten times a second and erased when the build ends. Silent when output is piped or in CI.
 */
final class ProgressLine implements BuildProgress, AutoCloseable {

    private final PrintWriter err;
    private final boolean live;
    private String stage = "";
    private long lastDraw;
    private boolean drawn;

    private ProgressLine(PrintWriter err, boolean live) {
        this.err = err;
        this.live = live;
    }

    /** Live only on an interactive terminal outside CI. */
    static ProgressLine forTerminal(PrintWriter err) {
        boolean ci = System.getenv("CI") != null && !System.getenv("CI").isEmpty();
        return new ProgressLine(err, System.console() != null && !ci);
    }

    @Override
    public synchronized void stage(String name) {
        stage = name;
        draw(name + "...", true);
    }

    @Override
    public synchronized void fileWritten(int filesSoFar) {
        draw(stage + ": " + filesSoFar + " files", false);
    }

    private void draw(String text, boolean force) {
        if (!live) return;
        long now = System.nanoTime();
        if (!force && now - lastDraw < 100_000_000L) return;
        lastDraw = now;
        err.print("\r\033[K" + text);
        err.flush();
        drawn = true;
    }

    @Override
    public synchronized void close() {
        if (live && drawn) {
            err.print("\r\033[K");
            err.flush();
        }
    }
}
