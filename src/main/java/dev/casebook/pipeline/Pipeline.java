package dev.casebook.pipeline;

import dev.casebook.analyse.Analysis;
import dev.casebook.load.ContentLoader;
import dev.casebook.load.LoadOptions;
import dev.casebook.load.LoadResult;
import dev.casebook.model.Diagnostic;
import dev.casebook.model.SourcePos;
import dev.casebook.publish.PublishException;
import dev.casebook.publish.SiteWriter;
import dev.casebook.render.PageSink;
import dev.casebook.render.SiteRenderer;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs the stages in order (load, analyse, render, publish) and stops at the first stage with errors, so a
 * failed build never touches the published site. Prints nothing: the caller reports the outcome.
 */
public final class Pipeline {

    private Pipeline() {
    }

    /** Loads and analyses, writing nothing. */
    public static BuildOutcome check(BuildRequest request) {
        List<Diagnostic> all = new ArrayList<>();
        Optional<Analysis.Result> analysed = analyse(request, all);
        int stories = analysed.map(a -> a.casebook().project().stories().size()).orElse(0);
        return new BuildOutcome(all, 0, stories, false);
    }

    /** Builds the site into {@code request.out()}, replacing it only when everything succeeded. */
    public static BuildOutcome build(BuildRequest request) {
        return build(request, PhaseTimes.off());
    }

    /** As {@link #build(BuildRequest)}, recording each phase's time in {@code times}. */
    public static BuildOutcome build(BuildRequest request, PhaseTimes times) {
        List<Diagnostic> all = new ArrayList<>();
        Optional<Analysis.Result> analysed = analyse(request, all, times);
        if (analysed.isEmpty()) return new BuildOutcome(all, 0, 0, false);
        int stories = analysed.get().casebook().project().stories().size();
        SiteWriter writer;
        try {
            writer = SiteWriter.open(request.out());
        } catch (PublishException e) {
            all.add(Diagnostic.error(SourcePos.of(request.out().toString()), e.getMessage(), e.hint()));
            return new BuildOutcome(all, 0, stories, false);
        }
        try (writer) {
            long t = System.nanoTime();
            SiteRenderer renderer = new SiteRenderer(templatesIfAny(request));
            t = times.lap("render setup", t);
            AtomicLong writing = new AtomicLong();
            PageSink sink = !times.on() ? writer : (path, bytes) -> {
                long w = System.nanoTime();
                writer.accept(path, bytes);
                writing.addAndGet(System.nanoTime() - w);
            };
            SiteRenderer.Result rendered = renderer.render(analysed.get().casebook(), sink);
            t = times.lap("render + write", t);
            times.add("  of which writing files", writing.get(), true);
            all.addAll(rendered.problems());
            if (rendered.hasErrors()) return new BuildOutcome(all, 0, stories, false);
            writer.commit();
            times.lap("publish (swap)", t);
            return new BuildOutcome(all, rendered.pages(), stories, true);
        } catch (PublishException e) {
            all.add(Diagnostic.error(SourcePos.of(request.out().toString()), e.getMessage(), e.hint()));
        } catch (UncheckedIOException e) {
            String why = e.getCause().getMessage() != null && e.getCause().getMessage().contains("No space left")
                    ? "the disk is full" : String.valueOf(e.getCause().getMessage());
            all.add(Diagnostic.error(SourcePos.of(request.out().toString()), "writing the site failed: " + why
                    + "; the previous site was left as it was", "free some space or pick another --out, then build again"));
        }
        return new BuildOutcome(all, 0, stories, false);
    }

    private static Optional<java.nio.file.Path> templatesIfAny(BuildRequest request) {
        return Files.isDirectory(request.templates()) ? Optional.of(request.templates()) : Optional.empty();
    }

    private static Optional<Analysis.Result> analyse(BuildRequest request, List<Diagnostic> all) {
        return analyse(request, all, PhaseTimes.off());
    }

    private static Optional<Analysis.Result> analyse(BuildRequest request, List<Diagnostic> all, PhaseTimes times) {
        long t = System.nanoTime();
        LoadResult loaded = ContentLoader.load(request.content(), new LoadOptions(request.drafts()));
        t = times.lap("load (read, front matter, YAML)", t);
        all.addAll(loaded.diagnostics());
        if (loaded.project().isEmpty()) return Optional.empty();
        Analysis.Result analysed = Analysis.of(loaded.project().get());
        times.lap("analyse", t);
        all.addAll(analysed.problems());
        return analysed.hasErrors() ? Optional.empty() : Optional.of(analysed);
    }
}
