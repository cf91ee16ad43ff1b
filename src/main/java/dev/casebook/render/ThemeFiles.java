package dev.casebook.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The built-in theme's files on the class path (templates and assets), listed by their names relative to the
 * theme folder, whether Casebook runs from classes or from its jar. New theme files are found without a list.
 */
public final class ThemeFiles {

    /** Where the built-in theme lives on the class path. */
    public static final String ROOT = "/dev/casebook/theme";
    /** A file every theme has, used to find the theme folder. */
    private static final String ANCHOR = "layout.ftlh";

    private static volatile List<String> names;

    private ThemeFiles() {
    }

    /** Every file of the theme, '/'-separated and sorted: "layout.ftlh", "partials/card.ftlh", "assets/style.css", ... */
    public static List<String> names() {
        List<String> n = names;
        if (n == null) {
            synchronized (ThemeFiles.class) {
                if (names == null) names = scan();
                n = names;
            }
        }
        return n;
    }

    /** The bytes of one theme file. */
    public static byte[] read(String name) {
        try (InputStream in = ThemeFiles.class.getResourceAsStream(ROOT + "/" + name)) {
            if (in == null) throw new IllegalStateException("theme file missing from the class path: " + name);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> scan() {
        URL anchor = ThemeFiles.class.getResource(ROOT + "/" + ANCHOR);
        if (anchor == null) throw new IllegalStateException("the built-in theme is missing from the class path");
        try {
            URI uri = anchor.toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem fs;
                try {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    fs = FileSystems.getFileSystem(uri);
                }
                return list(fs.getPath(ROOT));
            }
            return list(Path.of(uri).getParent());
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot list the built-in theme: " + e.getMessage(), e);
        }
    }

    private static List<String> list(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile)
                    .map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        }
    }
}
