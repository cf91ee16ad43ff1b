package dev.casebook.pipeline;

/**
 * Hears how far a build has got, for a progress line in a terminal. Called from several threads; the
 * pipeline itself never prints.
 */
public interface BuildProgress {

    /** A build that nobody watches. */
    BuildProgress NONE = new BuildProgress() {
    };

    /** A stage begins: "loading", "analysing", "rendering", "publishing". */
    default void stage(String name) {
    }

    /** One more file was written while rendering. */
    default void fileWritten(int filesSoFar) {
    }

    /** Writing one file took {@code nanos} (the rendering stage's time spent handing files to the disk). */
    default void writeTime(long nanos) {
    }
}
