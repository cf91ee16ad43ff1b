package dev.casebook.serve;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Watches folders (content/ and templates/, with every subfolder, including ones made later) and hands over the
 * files that were added, changed, removed or renamed, once a burst of saves has settled. An empty set means "the
 * watcher lost track; check everything". The folders' parents are watched too, so a folder made or removed later
 * is noticed.
 */
public final class ContentWatcher implements AutoCloseable {

    /** How long the folders must stay quiet before a batch of changes is handed over. */
    static final long QUIET_MILLIS = 25;
    /** The longest a batch waits while saves keep coming. */
    static final long MAX_WAIT_MILLIS = 400;

    private final WatchService service;
    private final List<Path> roots;
    private final Map<WatchKey, Path> keys = new HashMap<>();
    private final Thread thread;
    private volatile boolean closed;

    private ContentWatcher(List<Path> roots, Consumer<Set<Path>> changes) throws IOException {
        this.service = FileSystems.getDefault().newWatchService();
        this.roots = roots.stream().map(r -> r.toAbsolutePath().normalize()).toList();
        for (Path root : this.roots) {
            if (root.getParent() != null) register(root.getParent());
            registerTree(root);
        }
        this.thread = new Thread(() -> loop(changes), "casebook-watcher");
        this.thread.setDaemon(true);
    }

    /** Starts watching; {@code changes} is called on the watcher's own thread, one batch at a time. */
    public static ContentWatcher start(List<Path> roots, Consumer<Set<Path>> changes) throws IOException {
        ContentWatcher w = new ContentWatcher(roots, changes);
        w.thread.start();
        return w;
    }

    private void loop(Consumer<Set<Path>> changes) {
        try {
            while (!closed) {
                WatchKey first = service.take();
                Set<Path> batch = new TreeSet<>();
                boolean lost = drain(first, batch);
                long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(MAX_WAIT_MILLIS);
                WatchKey next;
                while (System.nanoTime() < deadline && (next = service.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null) {
                    lost |= drain(next, batch);
                }
                if (lost) changes.accept(Set.of());
                else if (!batch.isEmpty()) changes.accept(batch);
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed: stop watching
        }
    }

    /** Adds a key's events to the batch; returns true when events were lost (overflow). */
    private boolean drain(WatchKey key, Set<Path> batch) {
        Path dir = keys.get(key);
        boolean lost = false;
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                lost = true;
                continue;
            }
            if (dir == null) continue;
            Path path = dir.resolve((Path) event.context());
            if (!inRoots(path)) continue;
            batch.add(path);
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                batch.addAll(registerTree(path));
            }
        }
        if (!key.reset()) keys.remove(key);
        return lost;
    }

    private boolean inRoots(Path path) {
        return roots.stream().anyMatch(path::startsWith);
    }

    /** Registers a folder and all folders below it; returns the files found in them (new folders' files). */
    private Collection<Path> registerTree(Path root) {
        List<Path> files = new ArrayList<>();
        if (!Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) return files;
        try (Stream<Path> walk = Files.walk(root)) {
            walk.forEach(p -> {
                if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) register(p);
                else files.add(p);
            });
        } catch (IOException | java.io.UncheckedIOException e) {
            // a folder vanished while we looked: its removal is an event of its own
        }
        return files;
    }

    private void register(Path dir) {
        try {
            WatchKey key = dir.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_DELETE,
                    StandardWatchEventKinds.ENTRY_MODIFY);
            keys.put(key, dir);
        } catch (IOException e) {
            // unreadable or gone: nothing to watch there
        }
    }

    @Override
    public void close() {
        closed = true;
        try {
            service.close();
        } catch (IOException ignored) {
            // closing anyway
        }
        thread.interrupt();
    }
}
