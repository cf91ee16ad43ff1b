package dev.casebook.load;

/** The size limits of content files, documented in docs/format.md. */
public final class YamlLimits {
    /** Largest story or YAML file, in bytes. */
    public static final int MAX_FILE_BYTES = 2 * 1024 * 1024;
    /** Deepest nesting of lists and mappings in a YAML file. */
    public static final int MAX_DEPTH = 32;
    /** Longest single YAML value, in characters. */
    public static final int MAX_VALUE_CHARS = 100_000;
    /** Most events in one log. */
    public static final int MAX_EVENTS = 10_000;

    private YamlLimits() {
    }
}
