package dev.casebook.publish;

import dev.casebook.render.PageSink;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

/**
 * The publish stage's writer: pages go into a fresh temporary folder beside the output folder; {@link #commit()}
 * swaps it in with renames, so readers see the old site or the new one, never half of each; {@link #abort()}
 * removes the temporary folder and leaves the old site exactly as it was.
 */
public final class SiteWriter implements PageSink, AutoCloseable {

    /** Where file contents finally go: the real file system, or in tests one that fills up. */
    @FunctionalInterface
    interface Disk {
        /** Writes {@code parts} one after the other as the file's content. */
        void write(Path file, List<byte[]> parts) throws IOException;
    }

    private final Path out;
    private final Path staging;
    private final Disk disk;
    private final AtomicInteger files = new AtomicInteger();
    private final AtomicReference<String> failure = new AtomicReference<>();
    private final Set<Path> folders = ConcurrentHashMap.newKeySet();
    private boolean done;

    private SiteWriter(Path out, Path staging, Disk disk) {
        this.out = out;
        this.staging = staging;
        this.disk = disk;
    }

    /** Prepares a temporary folder beside {@code out}. Fails with a plain message when {@code out} cannot be a folder. */
    public static SiteWriter open(Path out) throws PublishException {
        return open(out, SiteWriter::write);
    }

    static SiteWriter open(Path out, Disk disk) throws PublishException {
        Path abs = out.toAbsolutePath().normalize();
        if (Files.exists(abs, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(abs, LinkOption.NOFOLLOW_LINKS)) {
            throw new PublishException("the output path " + out + " is a file, not a folder",
                    "pass another --out, or move the file away");
        }
        Path parent = abs.getParent();
        try {
            Files.createDirectories(parent);
            return new SiteWriter(abs, stagingFolder(parent, abs.getFileName().toString()), disk);
        } catch (IOException e) {
            throw new PublishException("cannot create a folder beside " + out + ": " + reason(e),
                    "check that the folder " + parent + " exists and is writable");
        }
    }

    /**
     * A new empty folder {@code .NAME.new-SUFFIX} in {@code parent}. Made with the user's usual permissions (a
     * temporary folder would be private to them, and so would the published site), and named from the process id
     * and the clock rather than a secure random number, whose set-up costs a small build a tenth of its time.
     */
    private static Path stagingFolder(Path parent, String name) throws IOException {
        long suffix = ProcessHandle.current().pid() * 1_000_003L + System.nanoTime();
        for (int attempt = 0; ; attempt++) {
            Path candidate = parent.resolve("." + name + ".new-" + Long.toString(Math.abs(suffix + attempt), 36));
            try {
                return Files.createDirectory(candidate);
            } catch (FileAlreadyExistsException e) {
                if (attempt >= 100) throw e;
            }
        }
    }

    @Override
    public void accept(String path, byte[] content) {
        accept(path, List.of(content));
    }

    @Override
    public void accept(String path, List<byte[]> parts) {
        if (path.startsWith("/") || path.contains("..") || path.contains("\\") || path.contains("\0")) {
            throw new IllegalArgumentException("unsafe output path: " + path);
        }
        if (failure.get() != null) return;
        Path target = staging.resolve(path);
        try {
            // each folder is made once for all its pages (asking the file system for every page costs system calls)
            if (!folders.contains(target.getParent())) {
                Files.createDirectories(target.getParent());
                folders.add(target.getParent());
            }
            disk.write(target, parts);
            files.incrementAndGet();
        } catch (IOException e) {
            failure.compareAndSet(null, "writing " + path + " failed: " + reason(e));
        }
    }

    /** The real disk: one write for a file in one part (most pages), a buffered stream for one in many. */
    private static void write(Path file, List<byte[]> parts) throws IOException {
        if (parts.size() == 1) {
            Files.write(file, parts.get(0));
            return;
        }
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            for (byte[] part : parts) out.write(part);
        }
    }

    public int files() {
        return files.get();
    }

    /**
     * Swaps the new site in: old → trash, new → out, then deletes the trash. When a page could not be written
     * (a full disk, say), nothing is swapped: the temporary folder is removed and the old site stays.
     */
    public void commit() throws PublishException {
        String failed = failure.get();
        if (failed != null) {
            abort();
            throw new PublishException(failed + "; the previous site was left as it was and the unfinished new one was removed",
                    "free some disk space (or pass another --out), then build again");
        }
        Path trash = null;
        try {
            if (Files.exists(out, LinkOption.NOFOLLOW_LINKS)) {
                trash = out.resolveSibling("." + out.getFileName() + ".old-" + staging.getFileName().toString().replaceAll(".*-", ""));
                Files.move(out, trash, StandardCopyOption.ATOMIC_MOVE);
            }
            try {
                Files.move(staging, out, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                if (trash != null) Files.move(trash, out, StandardCopyOption.ATOMIC_MOVE);
                throw e;
            }
            done = true;
        } catch (FileAlreadyExistsException e) {
            throw new PublishException("cannot replace " + out + ": something else holds its name", "remove " + e.getFile());
        } catch (IOException e) {
            abort();
            throw new PublishException("cannot put the new site in place at " + out + ": " + reason(e),
                    "check that " + out + " is writable and not open in another program");
        }
        if (trash != null) deleteTree(trash);
    }

    /** Removes the temporary folder; the old site is left as it was. */
    public void abort() {
        if (!done) deleteTree(staging);
        done = true;
    }

    @Override
    public void close() {
        abort();
    }

    /** What went wrong, in plain words: never an exception's class name. */
    static String reason(IOException e) {
        String m = e instanceof java.nio.file.FileSystemException fse && fse.getReason() != null ? fse.getReason() : e.getMessage();
        if (m == null) return "an input/output error";
        if (m.contains("No space left")) return "the disk is full";
        if (m.contains("quota")) return "the disk quota is used up";
        if (m.contains("Read-only file system")) return "the disk is read-only";
        if (e instanceof java.nio.file.AccessDeniedException || m.contains("Permission denied")) return "permission denied";
        return m;
    }

    static void deleteTree(Path root) {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) return;
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // best effort: a leftover temporary folder is harmless and named as such
                }
            });
        } catch (IOException ignored) {
            // best effort, as above
        }
    }
}
