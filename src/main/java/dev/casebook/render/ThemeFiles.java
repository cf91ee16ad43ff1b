package dev.casebook.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.JarURLConnection;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
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
                // the jar the class loader has open already: its entry list is in memory (a zip file system would
                // read and index the whole jar again, a fifth of a one-story build)
                JarURLConnection connection = (JarURLConnection) anchor.openConnection();
                connection.setUseCaches(true);
                return list(connection.getJarFile());
            }
            return list(Path.of(uri).getParent());
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot list the built-in theme: " + e.getMessage(), e);
        }
    }

    private static List<String> list(JarFile jar) {
        String prefix = ROOT.substring(1) + "/";
        return jar.stream()
                .filter(e -> !e.isDirectory() && e.getName().startsWith(prefix))
                .map(e -> e.getName().substring(prefix.length()))
                .sorted()
                .toList();
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
