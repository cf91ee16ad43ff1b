package dev.casebook.render;

import dev.casebook.model.Diagnostic;
import dev.casebook.model.SourcePos;
import freemarker.cache.TemplateLoader;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The templates and assets a build uses, read once before rendering: a file in the user's {@code templates/}
 * folder wins over the built-in theme's file of the same name (pages, partials, assets alike). Only these
 * names can be included or imported: nothing outside the two roots, no symbolic links, only {@code *.ftlh}.
 */
public final class TemplateSet {

    /** What a template file may be called: '/'-separated segments of letters, digits, '_', '-', '.', ending .ftlh. */
    static final Pattern TEMPLATE_NAME = Pattern.compile("(?:[A-Za-z0-9_-][A-Za-z0-9_.-]*/)*[A-Za-z0-9_-][A-Za-z0-9_.-]*\\.ftlh");
    /** What an asset may be called (it becomes a path in the site). */
    static final Pattern ASSET_NAME = Pattern.compile("assets/(?:[A-Za-z0-9_-][A-Za-z0-9_.-]*/)*[A-Za-z0-9_-][A-Za-z0-9_.-]*");
    static final int MAX_TEMPLATE_BYTES = 1 << 20;
    static final String THEME_LABEL = "(built-in theme)";

    /** One template: its name (as include/import use it), its text, the file a person sees in messages. */
    public record Source(String name, String text, String file, boolean user) {
    }

    private final SortedMap<String, Source> templates;
    private final SortedMap<String, Optional<Path>> assets;
    private final List<Diagnostic> problems;

    private TemplateSet(SortedMap<String, Source> templates, SortedMap<String, Optional<Path>> assets, List<Diagnostic> problems) {
        this.templates = Collections.unmodifiableSortedMap(templates);
        this.assets = Collections.unmodifiableSortedMap(assets);
        this.problems = List.copyOf(problems);
    }

    /** The built-in theme alone. */
    public static TemplateSet theme() {
        return load(Optional.empty());
    }

    /** The built-in theme with {@code userDir} (when present and a folder) laid over it. */
    public static TemplateSet load(Optional<Path> userDir) {
        SortedMap<String, Source> templates = new TreeMap<>();
        SortedMap<String, Optional<Path>> assets = new TreeMap<>();
        List<Diagnostic> problems = new ArrayList<>();
        for (String name : ThemeFiles.names()) {
            if (name.endsWith(".ftlh")) {
                templates.put(name, new Source(name, new String(ThemeFiles.read(name), StandardCharsets.UTF_8), THEME_LABEL + "/" + name, false));
            } else if (name.startsWith("assets/")) {
                assets.put(name, Optional.empty());
            }
        }
        if (userDir.isPresent() && Files.isDirectory(userDir.get())) readUser(userDir.get(), templates, assets, problems);
        return new TemplateSet(templates, assets, problems);
    }

    private static void readUser(Path dir, Map<String, Source> templates, Map<String, Optional<Path>> assets, List<Diagnostic> problems) {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(p -> !p.equals(dir)).sorted().toList();
        } catch (IOException e) {
            problems.add(Diagnostic.error(SourcePos.of(label(dir, "")), "the templates folder cannot be read: " + e.getMessage(),
                    "check that the folder exists and is readable"));
            return;
        }
        for (Path p : files) {
            String name = dir.relativize(p).toString().replace('\\', '/');
            String file = label(dir, name);
            if (name.startsWith(".") || name.contains("/.")) continue;
            if (Files.isSymbolicLink(p)) {
                problems.add(Diagnostic.error(SourcePos.of(file), "symbolic links are not followed in the templates folder",
                        "copy the file into templates/ instead: templates may only use files inside it"));
                continue;
            }
            if (!Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) continue;
            if (name.startsWith("assets/")) {
                if (ASSET_NAME.matcher(name).matches()) {
                    assets.put(name, Optional.of(p));
                } else {
                    problems.add(Diagnostic.error(SourcePos.of(file), "this asset's name cannot be used in the site",
                            "use letters, digits, '-', '_' and '.' in asset names (no spaces, no '..')"));
                }
                continue;
            }
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.endsWith(".ftl") || lower.endsWith(".ftlx") || (lower.endsWith(".ftlh") && !name.endsWith(".ftlh"))) {
                problems.add(Diagnostic.error(SourcePos.of(file), "Casebook templates end in .ftlh (HTML with auto-escaping); this file would be ignored",
                        "rename it to " + name.replaceAll("(?i)\\.ftl[hx]?$", ".ftlh")));
                continue;
            }
            if (!name.endsWith(".ftlh")) continue;
            if (!TEMPLATE_NAME.matcher(name).matches()) {
                problems.add(Diagnostic.error(SourcePos.of(file), "this template's name cannot be used",
                        "use letters, digits, '-', '_' and '.' in template names (no spaces)"));
                continue;
            }
            readTemplate(p, name, file, problems).ifPresent(s -> templates.put(name, s));
        }
    }

    private static Optional<Source> readTemplate(Path p, String name, String file, List<Diagnostic> problems) {
        try {
            if (Files.size(p) > MAX_TEMPLATE_BYTES) {
                problems.add(Diagnostic.error(SourcePos.of(file), "template is larger than " + (MAX_TEMPLATE_BYTES >> 10) + " KiB",
                        "split it into partials"));
                return Optional.empty();
            }
            byte[] bytes = Files.readAllBytes(p);
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            if (text.startsWith("\uFEFF")) text = text.substring(1);
            return Optional.of(new Source(name, text, file, true));
        } catch (CharacterCodingException e) {
            problems.add(Diagnostic.error(SourcePos.of(file), "template is not UTF-8 text", "save the file as UTF-8"));
        } catch (IOException e) {
            problems.add(Diagnostic.error(SourcePos.of(file), "template cannot be read: " + e.getMessage(), "check the file's permissions"));
        }
        return Optional.empty();
    }

    private static String label(Path dir, String name) {
        String d = dir.toString().replace('\\', '/');
        if (d.endsWith("/")) d = d.substring(0, d.length() - 1);
        return name.isEmpty() ? d : d + "/" + name;
    }

    /** Every template name, sorted. */
    public List<String> names() {
        return List.copyOf(templates.keySet());
    }

    public Optional<Source> get(String name) {
        return Optional.ofNullable(templates.get(name));
    }

    /** The file a person should look at for template {@code name}. */
    public String fileOf(String name) {
        Source s = name == null ? null : templates.get(name);
        return s != null ? s.file() : THEME_LABEL + "/" + name;
    }

    /** Problems met while reading the templates folder. */
    public List<Diagnostic> problems() {
        return problems;
    }

    /** Every asset path ("assets/style.css", ...), sorted: the theme's, plus or replaced by the user's. */
    public List<String> assetNames() {
        return List.copyOf(assets.keySet());
    }

    /** The bytes of one asset: the user's file if there is one, else the theme's. */
    public byte[] asset(String name) throws IOException {
        Optional<Path> user = assets.get(name);
        if (user == null) throw new IOException("no such asset: " + name);
        return user.isPresent() ? Files.readAllBytes(user.get()) : ThemeFiles.read(name);
    }

    /** Freemarker's view of this set: a name resolves only to a template in it. */
    TemplateLoader loader() {
        return new TemplateLoader() {
            @Override
            public Object findTemplateSource(String name) {
                return templates.get(name);
            }

            @Override
            public long getLastModified(Object source) {
                return 0;
            }

            @Override
            public Reader getReader(Object source, String encoding) {
                return new StringReader(((Source) source).text());
            }

            @Override
            public void closeTemplateSource(Object source) {
                // nothing is held open: the text was read before rendering
            }
        };
    }
}
