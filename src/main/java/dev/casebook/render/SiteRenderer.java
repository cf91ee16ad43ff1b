package dev.casebook.render;

import dev.casebook.analyse.Casebook;
import dev.casebook.jobs.Jobs;
import dev.casebook.model.Diagnostic;
import dev.casebook.model.Person;
import dev.casebook.model.SourcePos;
import dev.casebook.model.Story;
import dev.casebook.model.StoryBody;
import dev.casebook.publish.AtomFeed;
import dev.casebook.publish.SearchIndex;
import dev.casebook.publish.SiteAddress;
import dev.casebook.publish.Sitemap;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The render stage: every page of the site from the analysed casebook, through Freemarker, handed to a
 * {@link PageSink}. Stories render in parallel. Template problems come back as diagnostics, never as exceptions.
 */
public final class SiteRenderer {

    /** How many people's search entries one job makes. */
    private static final int SEARCH_BATCH = 500;

    private final TemplateEngine engine;
    private final SiteAddress address;

    public SiteRenderer(Optional<Path> userTemplates) {
        this(userTemplates, SiteAddress.RELATIVE);
    }

    /** {@code address} is where the site will be served, for the feed, the sitemap and the 404 page. */
    public SiteRenderer(Optional<Path> userTemplates, SiteAddress address) {
        this.engine = TemplateEngine.create(userTemplates);
        this.address = address;
    }

    /**
     * Parses and checks every template now rather than at the first {@link #render}; returns this renderer. A build
     * calls it on another thread while the content loads, so a small casebook does not wait for both in turn.
     */
    public SiteRenderer prepared() {
        engine.check();
        return this;
    }

    /** Initialises the template engine's classes, for a thread started early while another prepares a renderer. */
    public static void warmUp() {
        TemplateEngine.warmUp();
    }

    /** Every template (the user's and the theme's) parsed and checked, without rendering: for {@code casebook check}. */
    public static List<Diagnostic> checkTemplates(Optional<Path> userTemplates) {
        return TemplateEngine.create(userTemplates).check();
    }

    /** What rendering gave: the number of pages written and the problems met. */
    public record Result(int pages, List<Diagnostic> problems) {
        public boolean hasErrors() {
            return problems.stream().anyMatch(Diagnostic::isError);
        }
    }

    public Result render(Casebook casebook, PageSink sink) {
        List<Diagnostic> checked = engine.check();
        if (checked.stream().anyMatch(Diagnostic::isError)) return new Result(0, checked);
        List<Diagnostic> problems = Collections.synchronizedList(new ArrayList<>(checked));
        SiteViews views = new SiteViews(casebook);
        // the index, theme and person pages list stories by the thousand: their limits grow with the casebook
        TemplateEngine lists = engine.withLimits(engine.limits().scaledFor(
                (long) casebook.project().stories().size() + casebook.project().people().size() + views.storiesByTheme().size()));
        AtomicInteger pages = new AtomicInteger();
        // every page is one job, and all of them share the cores: the index and the person and theme pages too
        List<Runnable> jobs = new ArrayList<>();
        // the biggest jobs first, so that no core is left with one of them at the end while the other waits
        if (sink.wants("index.html")) jobs.add(() -> page(lists, "index.ftlh", views.index(), sink, problems, pages));
        if (sink.wants("network.html")) jobs.add(() -> page(lists, "network.ftlh", views.network(), sink, problems, pages));
        if (sink.wants("report.html")) jobs.add(() -> page(lists, "report.ftlh", views.report(), sink, problems, pages));
        if (sink.wants("feed.xml")) jobs.add(() -> sink.accept("feed.xml", AtomFeed.xml("Casebook: case studies in relationship business",
                address, SiteIndexes.updated(casebook), SiteIndexes.feed(casebook))));
        if (sink.wants("sitemap.xml")) jobs.add(() -> sink.accept("sitemap.xml", Sitemap.xml(address, sitemapPaths(casebook, views))));
        List<Story> stories = casebook.project().stories();
        // the search index's lines: the stories', then the people's, then the themes'; the job settling the last one
        // writes the index. The people's and themes' jobs come first, so that it is written while pages still render.
        Optional<SearchLines> search = sink.wants("assets/search-index.js") ? Optional.of(searchLines(casebook, views, sink, jobs)) : Optional.empty();
        // a story's job reads its body once (from its file) for both its page and its search entry
        for (int i = 0; i < stories.size(); i++) {
            Story s = stories.get(i);
            int index = i;
            boolean storyPage = sink.wants(Links.story(s.slug()));
            if (!storyPage && search.isEmpty()) continue;
            jobs.add(() -> {
                Optional<String> markdown = body(s, problems);
                if (markdown.isEmpty()) {
                    search.ifPresent(SearchLines::skip);
                    return;
                }
                // as UTF-8 once, for both: the Markdown renderer and the search words read bytes
                byte[] utf8 = markdown.get().getBytes(StandardCharsets.UTF_8);
                search.ifPresent(lines -> lines.put(index, SearchIndex.line(SiteIndexes.storyEntry(s, markdown.get(), utf8))));
                if (storyPage) storyPage(s, markdown.get(), utf8, views, sink, problems, pages);
            });
        }
        for (Person p : casebook.project().people().values()) {
            if (sink.wants(Links.person(p.id()))) jobs.add(() -> page(lists, "person.ftlh", views.person(p), sink, problems, pages));
        }
        for (String slug : views.storiesByTheme().keySet()) {
            if (sink.wants("theme/" + slug + ".html")) jobs.add(() -> page(lists, "theme.ftlh", views.theme(slug), sink, problems, pages));
        }
        if (sink.wants("search.html")) jobs.add(() -> page(engine, "search.ftlh", views.search(), sink, problems, pages));
        if (sink.wants("404.html")) jobs.add(() -> page(lists, "404.ftlh", views.notFound(address.baseUrl()), sink, problems, pages));
        for (String asset : engine.templates().assetNames()) if (sink.wants(asset)) jobs.add(() -> copyAsset(asset, sink, problems));
        Jobs.run(jobs);
        return new Result(pages.get(), TemplateDiagnostics.collapse(problems));
    }

    /**
     * The search index's lines, with a job for each theme's line and for each batch of people's lines added to
     * {@code jobs}; each story's line is left to that story's job (at its index in the casebook's stories).
     */
    private static SearchLines searchLines(Casebook casebook, SiteViews views, PageSink sink, List<Runnable> jobs) {
        int stories = casebook.project().stories().size();
        List<Person> people = List.copyOf(casebook.project().people().values());
        List<Map.Entry<String, List<Story>>> themes = List.copyOf(views.storiesByTheme().entrySet());
        SearchLines lines = new SearchLines(stories + people.size() + themes.size(), parts -> sink.accept("assets/search-index.js", parts));
        // people in batches, as an entry is quick
        for (int from = 0; from < people.size(); from += SEARCH_BATCH) {
            int start = from;
            int end = Math.min(people.size(), from + SEARCH_BATCH);
            jobs.add(() -> {
                for (int i = start; i < end; i++) lines.put(stories + i, SearchIndex.line(SiteIndexes.personEntry(people.get(i))));
            });
        }
        for (int i = 0; i < themes.size(); i++) {
            int index = stories + people.size() + i;
            Map.Entry<String, List<Story>> theme = themes.get(i);
            jobs.add(() -> lines.put(index, SearchIndex.line(SiteIndexes.themeEntry(theme.getKey(), theme.getValue(), views))));
        }
        return lines;
    }

    /** Every page a reader can land on, in a fixed order (the 404 page is not one). */
    static List<String> sitemapPaths(Casebook casebook, SiteViews views) {
        List<String> paths = new ArrayList<>(List.of("index.html", "network.html", "report.html", "search.html"));
        casebook.project().stories().forEach(s -> paths.add(Links.story(s.slug())));
        casebook.project().people().keySet().forEach(id -> paths.add(Links.person(id)));
        views.storiesByTheme().keySet().forEach(slug -> paths.add("theme/" + slug + ".html"));
        return paths;
    }

    /** The story's Markdown, read back from its file; empty (and an error at the story) when its file changed. */
    private static Optional<String> body(Story s, List<Diagnostic> problems) {
        try {
            return Optional.of(s.body().text());
        } catch (StoryBody.Unavailable e) {
            problems.add(Diagnostic.error(s.pos(), e.getMessage(), e.hint()));
            return Optional.empty();
        }
    }

    private void storyPage(Story s, String markdown, byte[] utf8, SiteViews views, PageSink sink, List<Diagnostic> problems,
                           AtomicInteger pages) {
        List<Diagnostic> local = new ArrayList<>();
        String body = MarkdownRenderer.render(s.pos().file(), s.bodyLine(), markdown, utf8, local::add);
        problems.addAll(local);
        page(engine, "story.ftlh", views.story(s, body), sink, problems, pages);
    }

    private static void page(TemplateEngine engine, String template, Map<String, Object> model, PageSink sink, List<Diagnostic> problems,
                             AtomicInteger count) {
        String path = (String) model.get("path");
        if (!sink.wants(path)) return;
        try {
            sink.accept(path, engine.renderParts(template, model));
            count.incrementAndGet();
        } catch (TemplateEngine.Failure e) {
            problems.add(e.diagnostic());
        }
    }

    private void copyAsset(String path, PageSink sink, List<Diagnostic> problems) {
        try {
            sink.accept(path, engine.templates().asset(path));
        } catch (IOException e) {
            problems.add(Diagnostic.error(SourcePos.of(engine.templates().fileOf(path)), "asset cannot be read: " + e.getMessage(),
                    "check the templates/assets folder"));
        }
    }
}
