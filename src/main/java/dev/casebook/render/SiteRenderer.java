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
import java.util.function.Consumer;

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
        int[] pages = {0};
        Consumer<String> count = p -> {
            synchronized (pages) {
                pages[0]++;
            }
        };
        if (sink.wants("index.html")) page("index.ftlh", views.index(), sink, problems, count);
        casebook.project().stories().parallelStream().filter(s -> sink.wants(Links.story(s.slug()))).forEach(s -> {
            List<Diagnostic> local = new ArrayList<>();
            String body = MarkdownRenderer.render(s.pos().file(), s.bodyLine(), s.body(), local::add);
            problems.addAll(local);
            page("story.ftlh", views.story(s, body), sink, problems, count);
        });
        for (Person p : casebook.project().people().values()) {
            if (sink.wants(Links.person(p.id()))) page("person.ftlh", views.person(p), sink, problems, count);
        }
        for (String slug : views.storiesByTheme().keySet()) {
            if (sink.wants("theme/" + slug + ".html")) page("theme.ftlh", views.theme(slug), sink, problems, count);
        }
        for (String asset : engine.templates().assetNames()) if (sink.wants(asset)) copyAsset(asset, sink, problems);
        return new Result(pages[0], TemplateDiagnostics.collapse(problems));
    }

    private void page(String template, Map<String, Object> model, PageSink sink, List<Diagnostic> problems, Consumer<String> count) {
        String path = (String) model.get("path");
        if (!sink.wants(path)) return;
        try {
            sink.accept(path, engine.render(template, model).getBytes(StandardCharsets.UTF_8));
            count.accept(path);
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
