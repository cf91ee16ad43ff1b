package dev.casebook.pipeline;

import dev.casebook.analyse.Analysis;
import dev.casebook.analyse.Casebook;
import dev.casebook.load.ContentLoader;
import dev.casebook.load.LoadCache;
import dev.casebook.load.LoadOptions;
import dev.casebook.load.LoadResult;
import dev.casebook.model.Diagnostic;
import dev.casebook.render.PageSink;
import dev.casebook.render.SiteRenderer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The stages run again and again over one request, for the preview server: files are re-read only when they
 * changed, the analysis is reused when only stories changed, and the renderer renders only the pages its sink
 * wants. Not thread-safe: one caller at a time. Prints nothing.
 */
public final class IncrementalPipeline {

    /** The analysed casebook when load and analysis had no errors, and every diagnostic so far (sorted). */
    public record Analysed(Optional<Casebook> casebook, List<Diagnostic> diagnostics) {
        public Analysed {
            diagnostics = diagnostics.stream().sorted().toList();
        }
    }

    private final BuildRequest request;
    private final LoadCache cache = LoadCache.create();
    private Optional<Analysis.Result> previous = Optional.empty();
    private Optional<SiteRenderer> renderer = Optional.empty();

    public IncrementalPipeline(BuildRequest request) {
        this.request = request;
    }

    public BuildRequest request() {
        return request;
    }

    /** Says which files changed on disk, so they are read again even if their time and size look the same. */
    public void changed(Collection<Path> files) {
        cache.forget(files);
        Path templates = request.templates().toAbsolutePath().normalize();
        if (files.stream().anyMatch(f -> f.toAbsolutePath().normalize().startsWith(templates))) renderer = Optional.empty();
    }

    /** Forgets everything remembered: the next run reads every file and renders with fresh templates. */
    public void reset() {
        cache.clear();
        previous = Optional.empty();
        renderer = Optional.empty();
    }

    /** Load (re-reading only changed files) and analyse (reusing the last analysis when only stories changed). */
    public Analysed analyse() {
        LoadResult loaded = ContentLoader.load(request.content(), new LoadOptions(request.drafts()), cache);
        List<Diagnostic> all = new ArrayList<>(loaded.diagnostics());
        if (loaded.project().isEmpty()) return new Analysed(Optional.empty(), all);
        Analysis.Result analysed = previous.map(p -> Analysis.of(loaded.project().get(), p)).orElseGet(() -> Analysis.of(loaded.project().get()));
        previous = Optional.of(analysed);
        all.addAll(analysed.problems());
        return new Analysed(analysed.hasErrors() ? Optional.empty() : Optional.of(analysed.casebook()), all);
    }

    /**
     * The quick pass: the last analysed casebook with only these story files read again, enough to render their
     * pages at once. Empty when there is no good last analysis or a story has an error (the full run reports it).
     */
    public Optional<Casebook> quick(Collection<Path> storyFiles) {
        if (previous.isEmpty() || previous.get().hasErrors()) return Optional.empty();
        Analysis.Result last = previous.get();
        return ContentLoader.withStories(request.content(), new LoadOptions(request.drafts()), last.casebook().project(), storyFiles)
                .map(project -> Analysis.withStories(project, last));
    }

    /** Renders the pages {@code sink} wants; the renderer (and its template cache) lives until templates change. */
    public SiteRenderer.Result render(Casebook casebook, PageSink sink) {
        if (renderer.isEmpty()) {
            Optional<Path> templates = Files.isDirectory(request.templates()) ? Optional.of(request.templates()) : Optional.empty();
            renderer = Optional.of(new SiteRenderer(templates));
        }
        return renderer.get().render(casebook, sink);
    }
}
