package dev.casebook.render;

import dev.casebook.analyse.Casebook;
import dev.casebook.model.Diagnostic;
import dev.casebook.model.Person;
import dev.casebook.model.SourcePos;
import dev.casebook.model.Story;

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

    private final TemplateEngine engine;

    public SiteRenderer(Optional<Path> userTemplates) {
        this.engine = TemplateEngine.create(userTemplates);
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
        if (sink.wants("index.html")) jobs.add(() -> page(lists, "index.ftlh", views.index(), sink, problems, pages));
        for (Story s : casebook.project().stories()) {
            if (!sink.wants(Links.story(s.slug()))) continue;
            jobs.add(() -> {
                List<Diagnostic> local = new ArrayList<>();
                String body = MarkdownRenderer.render(s.pos().file(), s.bodyLine(), s.body(), local::add);
                problems.addAll(local);
                page(engine, "story.ftlh", views.story(s, body), sink, problems, pages);
            });
        }
        for (Person p : casebook.project().people().values()) {
            if (sink.wants(Links.person(p.id()))) jobs.add(() -> page(lists, "person.ftlh", views.person(p), sink, problems, pages));
        }
        for (String slug : views.storiesByTheme().keySet()) {
            if (sink.wants("theme/" + slug + ".html")) jobs.add(() -> page(lists, "theme.ftlh", views.theme(slug), sink, problems, pages));
        }
        jobs.parallelStream().forEach(Runnable::run);
        for (String asset : engine.templates().assetNames()) if (sink.wants(asset)) copyAsset(asset, sink, problems);
        return new Result(pages.get(), TemplateDiagnostics.collapse(problems));
    }

    private static void page(TemplateEngine engine, String template, Map<String, Object> model, PageSink sink, List<Diagnostic> problems,
                             AtomicInteger count) {
        String path = (String) model.get("path");
        if (!sink.wants(path)) return;
        try {
            sink.accept(path, engine.render(template, model).getBytes(StandardCharsets.UTF_8));
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
