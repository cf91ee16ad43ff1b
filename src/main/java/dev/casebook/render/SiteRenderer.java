package dev.casebook.render;

import dev.casebook.analyse.Casebook;
import dev.casebook.model.Diagnostic;
import dev.casebook.model.Person;
import dev.casebook.model.SourcePos;
import dev.casebook.model.Story;
import dev.casebook.publish.AtomFeed;
import dev.casebook.publish.SearchIndex;
import dev.casebook.publish.SiteAddress;
import dev.casebook.publish.Sitemap;
import freemarker.core.ParseException;
import freemarker.template.TemplateException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The render stage: every page of the site from the analysed casebook, through Freemarker, handed to a
 * {@link PageSink}. Stories render in parallel. Template problems come back as diagnostics, never as exceptions.
 */
public final class SiteRenderer {

    /** The theme's static files, copied as they are. */
    static final List<String> THEME_ASSETS = List.of("assets/style.css", "assets/casebook.js");

    private final TemplateEngine engine;
    private final Optional<Path> userTemplates;
    private final SiteAddress address;

    public SiteRenderer(Optional<Path> userTemplates) {
        this(userTemplates, SiteAddress.RELATIVE);
    }

    /** {@code address} is where the site will be served, for the feed, the sitemap and the 404 page. */
    public SiteRenderer(Optional<Path> userTemplates, SiteAddress address) {
        this.engine = TemplateEngine.create(userTemplates);
        this.userTemplates = userTemplates;
        this.address = address;
    }

    /** What rendering gave: the number of pages written and the problems met. */
    public record Result(int pages, List<Diagnostic> problems) {
        public boolean hasErrors() {
            return problems.stream().anyMatch(Diagnostic::isError);
        }
    }

    public Result render(Casebook casebook, PageSink sink) {
        List<Diagnostic> problems = Collections.synchronizedList(new ArrayList<>());
        SiteViews views = new SiteViews(casebook);
        int[] pages = {0};
        Consumer<String> count = p -> {
            synchronized (pages) {
                pages[0]++;
            }
        };
        page("index.ftlh", views.index(), sink, problems, count);
        casebook.project().stories().parallelStream().forEach(s -> {
            List<Diagnostic> local = new ArrayList<>();
            String body = MarkdownRenderer.render(s.pos().file(), s.bodyLine(), s.body(), local::add);
            problems.addAll(local);
            page("story.ftlh", views.story(s, body), sink, problems, count);
        });
        for (Person p : casebook.project().people().values()) page("person.ftlh", views.person(p), sink, problems, count);
        for (String slug : views.storiesByTheme().keySet()) page("theme.ftlh", views.theme(slug), sink, problems, count);
        page("network.ftlh", views.network(), sink, problems, count);
        page("report.ftlh", views.report(), sink, problems, count);
        page("search.ftlh", views.search(), sink, problems, count);
        page("404.ftlh", views.notFound(address.baseUrl()), sink, problems, count);
        for (String asset : THEME_ASSETS) sink.accept(asset, asset(asset, problems));
        sink.accept("assets/search-index.js", SearchIndex.script(SiteIndexes.search(casebook, views)));
        sink.accept("feed.xml", AtomFeed.xml("Casebook: case studies in relationship business", address,
                SiteIndexes.updated(casebook), SiteIndexes.feed(casebook)));
        sink.accept("sitemap.xml", Sitemap.xml(address, sitemapPaths(casebook, views)));
        return new Result(pages[0], problems.stream().sorted().toList());
    }

    /** Every page a reader can land on, in a fixed order (the 404 page is not one). */
    static List<String> sitemapPaths(Casebook casebook, SiteViews views) {
        List<String> paths = new ArrayList<>(List.of("index.html", "network.html", "report.html", "search.html"));
        casebook.project().stories().forEach(s -> paths.add(Links.story(s.slug())));
        casebook.project().people().keySet().forEach(id -> paths.add(Links.person(id)));
        views.storiesByTheme().keySet().forEach(slug -> paths.add("theme/" + slug + ".html"));
        return paths;
    }

    private void page(String template, Map<String, Object> model, PageSink sink, List<Diagnostic> problems, Consumer<String> count) {
        String path = (String) model.get("path");
        try {
            sink.accept(path, engine.render(template, model).getBytes(StandardCharsets.UTF_8));
            count.accept(path);
        } catch (ParseException e) {
            problems.add(Diagnostic.error(new SourcePos(templateFile(e.getTemplateName()), e.getLineNumber(), e.getColumnNumber()),
                    "template syntax: " + firstLine(e.getEditorMessage()), "fix the template; see docs/templates.md"));
        } catch (TemplateException e) {
            problems.add(Diagnostic.error(new SourcePos(templateFile(e.getTemplateSourceName()),
                            e.getLineNumber() == null ? 0 : e.getLineNumber(), e.getColumnNumber() == null ? 0 : e.getColumnNumber()),
                    "template failed while rendering " + path + ": " + firstLine(e.getMessageWithoutStackTop()),
                    "check the names used against docs/templates.md"));
        } catch (IOException e) {
            problems.add(Diagnostic.error(SourcePos.of(templateFile(template)), "template cannot be read: " + e.getMessage(),
                    "check that the template exists and is readable"));
        }
    }

    private String templateFile(String name) {
        if (name == null) return "templates";
        if (userTemplates.isPresent() && Files.isRegularFile(userTemplates.get().resolve(name))) {
            return userTemplates.get().resolve(name).toString().replace('\\', '/');
        }
        return "(built-in theme)/" + name;
    }

    private static String firstLine(String s) {
        if (s == null) return "";
        String t = s.strip();
        int nl = t.indexOf('\n');
        return nl < 0 ? t : t.substring(0, nl);
    }

    private byte[] asset(String path, List<Diagnostic> problems) {
        try {
            if (userTemplates.isPresent()) {
                Path user = userTemplates.get().resolve(path);
                if (Files.isRegularFile(user)) return Files.readAllBytes(user);
            }
            try (InputStream in = SiteRenderer.class.getResourceAsStream(TemplateEngine.THEME + "/" + path)) {
                if (in == null) throw new IOException("missing from the theme");
                return in.readAllBytes();
            }
        } catch (IOException e) {
            problems.add(Diagnostic.error(SourcePos.of(path), "asset cannot be read: " + e.getMessage(), "check the templates/assets folder"));
            return new byte[0];
        }
    }
}
