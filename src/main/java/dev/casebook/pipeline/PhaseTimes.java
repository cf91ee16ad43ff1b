package dev.casebook.pipeline;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a build's time went, phase by phase (wall time, or summed thread time for work spread over threads), for
 * {@code casebook build --timings}. Collects numbers only; the CLI prints them.
 */
public final class PhaseTimes {

    /** One phase: its name, nanoseconds, and whether the figure sums several threads. */
    public record Phase(String name, long nanos, boolean summedOverThreads) {
    }

    private final List<Phase> phases = new ArrayList<>();
    private final boolean on;

    private PhaseTimes(boolean on) {
        this.on = on;
    }

    public static PhaseTimes recording() {
        return new PhaseTimes(true);
    }

    /** A recorder that keeps nothing, for builds nobody times. */
    public static PhaseTimes off() {
        return new PhaseTimes(false);
    }

    boolean on() {
        return on;
    }

    synchronized void add(String name, long nanos, boolean summed) {
        if (on) phases.add(new Phase(name, nanos, summed));
    }

    /** Adds the wall time since {@code startNanos} and returns now, to chain phases. */
    long lap(String name, long startNanos) {
        long now = System.nanoTime();
        add(name, now - startNanos, false);
        return now;
    }

    public synchronized List<Phase> phases() {
        return List.copyOf(phases);
    }
}
