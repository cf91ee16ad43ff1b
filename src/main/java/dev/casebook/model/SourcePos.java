package dev.casebook.model;

import java.util.Objects;

/** A place in a content file: its path as the user names it, and a 1-based line and column (0 when unknown). */
public record SourcePos(String file, int line, int column) implements Comparable<SourcePos> {
    public SourcePos {
        Objects.requireNonNull(file, "file");
    }

    /** The position of a whole file, without a line. */
    public static SourcePos of(String file) {
        return new SourcePos(file, 0, 0);
    }

    @Override
    public int compareTo(SourcePos o) {
        int c = file.compareTo(o.file);
        if (c != 0) return c;
        c = Integer.compare(line, o.line);
        return c != 0 ? c : Integer.compare(column, o.column);
    }

    @Override
    public String toString() {
        if (line <= 0) return file;
        return column > 0 ? file + ":" + line + ":" + column : file + ":" + line;
    }
}
