package dev.casebook.render;

/** Where rendered pages go: the publish stage implements it. Called from several threads at once. */
@FunctionalInterface
public interface PageSink {
    /** Takes one output file, by its path relative to the site root ('/'-separated). */
    void accept(String path, byte[] content);
}
