package dev.casebook.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * What {@link ContentLoader} read from each file, kept between loads so that a repeated load re-reads only files
 * whose modification time or size changed, or that were named as changed. Used by the preview server.
 */
public final class LoadCache {

    private record Stamp(long modifiedNanos, long size, boolean link) {
    }

    private record Entry(Stamp stamp, Object value) {
    }

    private final Map<Path, Entry> entries = new ConcurrentHashMap<>();
    private final boolean enabled;

    private LoadCache(boolean enabled) {
        this.enabled = enabled;
    }

    /** A cache that remembers file results between loads. */
    public static LoadCache create() {
        return new LoadCache(true);
    }

    /** A cache that remembers nothing: every load reads every file. */
    public static LoadCache none() {
        return new LoadCache(false);
    }

    /** Drops what is remembered of these files, so the next load reads them again whatever their stamps say. */
    public void forget(Collection<Path> files) {
        files.forEach(f -> entries.remove(f.toAbsolutePath().normalize()));
    }

    /** Drops everything. */
    public void clear() {
        entries.clear();
    }

    /** How many files are remembered. */
    public int size() {
        return entries.size();
    }

    @SuppressWarnings("unchecked")
    <T> T get(Path file, Supplier<T> read) {
        if (!enabled) return read.get();
        Path key = file.toAbsolutePath().normalize();
        Optional<Stamp> stamp = stamp(file);
        Entry cached = entries.get(key);
        if (stamp.isPresent() && cached != null && cached.stamp().equals(stamp.get())) return (T) cached.value();
        T value = read.get();
        if (stamp.isPresent()) entries.put(key, new Entry(stamp.get(), value));
        else entries.remove(key);
        return value;
    }

    private static Optional<Stamp> stamp(Path file) {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            return Optional.of(new Stamp(a.lastModifiedTime().to(java.util.concurrent.TimeUnit.NANOSECONDS), a.size(), a.isSymbolicLink()));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
