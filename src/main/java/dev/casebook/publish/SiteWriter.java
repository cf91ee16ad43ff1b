package dev.casebook.publish;

import dev.casebook.render.PageSink;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * The publish stage's writer: pages go into a fresh temporary folder beside the output folder; {@link #commit()}
 * swaps it in with renames, so readers see the old site or the new one, never half of each; {@link #abort()}
 * removes the temporary folder and leaves the old site exactly as it was.
 */
public final class SiteWriter implements PageSink, AutoCloseable {

    private final Path out;
    private final Path staging;
    private final AtomicInteger files = new AtomicInteger();
    private final Map<Path, Boolean> folders = new ConcurrentHashMap<>();
    private boolean done;

    private SiteWriter(Path out, Path staging) {
        this.out = out;
        this.staging = staging;
    }

    /** Prepares a temporary folder beside {@code out}. Fails with a plain message when {@code out} cannot be a folder. */
    public static SiteWriter open(Path out) throws PublishException {
        Path abs = out.toAbsolutePath().normalize();
        if (Files.exists(abs, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(abs, LinkOption.NOFOLLOW_LINKS)) {
            throw new PublishException("the output path " + out + " is a file, not a folder",
                    "pass another --out, or move the file away");
        }
        Path parent = abs.getParent();
        try {
            Files.createDirectories(parent);
            Path staging = Files.createTempDirectory(parent, "." + abs.getFileName() + ".new-");
            return new SiteWriter(abs, staging);
        } catch (IOException e) {
            throw new PublishException("cannot create a folder beside " + out + ": " + reason(e),
                    "check that the folder " + parent + " exists and is writable");
        }
    }

    @Override
    public void accept(String path, byte[] content) {
        if (path.startsWith("/") || path.contains("..") || path.contains("\\") || path.contains("\0")) {
            throw new IllegalArgumentException("unsafe output path: " + path);
        }
        Path target = staging.resolve(path);
        try {
            folders.computeIfAbsent(target.getParent(), SiteWriter::createFolder);
            Files.write(target, content);
            files.incrementAndGet();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Creates a folder once for all the pages in it (asking the file system for each page costs a system call or two). */
    private static Boolean createFolder(Path folder) {
        try {
            Files.createDirectories(folder);
            return Boolean.TRUE;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int files() {
        return files.get();
    }

    /** Swaps the new site in: old → trash, new → out, then deletes the trash. */
    public void commit() throws PublishException {
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

    static String reason(IOException e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (m.contains("No space left")) return "the disk is full";
        if (e instanceof java.nio.file.AccessDeniedException) return "permission denied";
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
