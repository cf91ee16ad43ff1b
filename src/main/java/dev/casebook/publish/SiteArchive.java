package dev.casebook.publish;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Packs a built site into one zip with a single folder inside (for a USB stick or an upload to a learning
 * platform): entries sorted, times fixed, so the same site gives the same bytes. Symbolic links are left out.
 */
public final class SiteArchive {

    /** The time every entry carries (the zip format stores local time; this one is the same everywhere). */
    static final long ENTRY_TIME = LocalDateTime.of(2026, 1, 1, 0, 0).toInstant(ZoneOffset.UTC).toEpochMilli();

    private SiteArchive() {
    }

    /** Writes {@code zip} (through a temporary file beside it) holding {@code site}'s files under {@code folder}/. */
    public static int write(Path site, Path zip, String folder) throws PublishException {
        if (!Files.isDirectory(site, LinkOption.NOFOLLOW_LINKS)) {
            throw new PublishException("there is no built site at " + site + " to pack", "build the site first: casebook build");
        }
        Path target = zip.toAbsolutePath().normalize();
        Path temp = null;
        try {
            Files.createDirectories(target.getParent());
            temp = target.resolveSibling("." + target.getFileName() + ".tmp");
            int files = 0;
            try (OutputStream raw = Files.newOutputStream(temp); ZipOutputStream out = new ZipOutputStream(raw)) {
                out.setLevel(9);
                entry(out, folder + "/");
                for (Path p : tree(site)) {
                    String name = folder + "/" + site.relativize(p).toString().replace('\\', '/');
                    if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                        entry(out, name + "/");
                    } else if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                        entry(out, name);
                        Files.copy(p, out);
                        files++;
                    }
                }
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return files;
        } catch (IOException e) {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // best effort: a leftover hidden temporary file is harmless
                }
            }
            throw new PublishException("cannot write " + zip + ": " + SiteWriter.reason(e), "check that its folder is writable");
        }
    }

    private static void entry(ZipOutputStream out, String name) throws IOException {
        ZipEntry e = new ZipEntry(name);
        e.setTime(ENTRY_TIME);
        out.putNextEntry(e);
    }

    /** Every folder and file under {@code site} (not {@code site} itself), in name order. */
    private static List<Path> tree(Path site) throws IOException {
        try (Stream<Path> walk = Files.walk(site)) {
            return walk.filter(p -> !p.equals(site)).sorted((a, b) -> site.relativize(a).toString().replace('\\', '/')
                    .compareTo(site.relativize(b).toString().replace('\\', '/'))).toList();
        }
    }
}
