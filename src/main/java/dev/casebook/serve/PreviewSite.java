package dev.casebook.serve;

import dev.casebook.model.Diagnostic;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The site being previewed, held in memory: every file's bytes by site path, and the errors of the last build
 * when it failed (the files then stay as the last good build left them). Nothing on disk is ever served.
 */
public final class PreviewSite {

    private final Map<String, byte[]> files = new ConcurrentHashMap<>();
    private volatile List<Diagnostic> failure = List.of();
    private volatile boolean built;

    /** The file at a site path, if the site has one. */
    public Optional<byte[]> file(String path) {
        return Optional.ofNullable(files.get(path));
    }

    /** Puts a file in place, and says whether its bytes differ from what was there. */
    boolean put(String path, byte[] bytes) {
        byte[] old = files.put(path, bytes);
        return old == null || !java.util.Arrays.equals(old, bytes);
    }

    void remove(String path) {
        files.remove(path);
    }

    /** Removes the files not in {@code keep}; returns the paths removed. */
    Set<String> retainOnly(Set<String> keep) {
        Set<String> gone = new java.util.TreeSet<>(files.keySet());
        gone.removeAll(keep);
        gone.forEach(files::remove);
        return gone;
    }

    /** How many files the site has. */
    public int size() {
        return files.size();
    }

    /** The errors of the last build, or an empty list when it succeeded. */
    public List<Diagnostic> failure() {
        return failure;
    }

    void failed(List<Diagnostic> errors) {
        failure = List.copyOf(errors);
    }

    void succeeded() {
        failure = List.of();
        built = true;
    }

    /** Whether a build has ever succeeded. */
    public boolean everBuilt() {
        return built;
    }
}
