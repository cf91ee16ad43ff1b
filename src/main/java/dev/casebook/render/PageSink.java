package dev.casebook.render;

/** Where rendered pages go: the publish stage implements it. Called from several threads at once. */
@FunctionalInterface
public interface PageSink {
    /** Takes one output file, by its path relative to the site root ('/'-separated). */
    void accept(String path, byte[] content);

    /** Whether this sink wants the file at {@code path}; the renderer skips the work for files it does not want. */
    default boolean wants(String path) {
        return true;
    }
}
