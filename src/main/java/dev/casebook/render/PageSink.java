package dev.casebook.render;

import java.util.List;

/** Where rendered pages go: the publish stage implements it. Called from several threads at once. */
@FunctionalInterface
public interface PageSink {
    /** Takes one output file, by its path relative to the site root ('/'-separated). */
    void accept(String path, byte[] content);

    /**
     * Takes one output file given in parts, to be written one after the other: a big file (the search index of a
     * large casebook) is then never joined in memory. This default joins them for {@link #accept(String, byte[])}.
     */
    default void accept(String path, List<byte[]> parts) {
        accept(path, join(parts));
    }

    /** Whether this sink wants the file at {@code path}; the renderer skips the work for files it does not want. */
    default boolean wants(String path) {
        return true;
    }

    /** The parts one after the other, as one array. */
    static byte[] join(List<byte[]> parts) {
        if (parts.size() == 1) return parts.get(0);
        int size = 0;
        for (byte[] part : parts) size += part.length;
        byte[] all = new byte[size];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }
}
