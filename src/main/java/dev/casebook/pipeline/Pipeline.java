package dev.casebook.pipeline;

import dev.casebook.analyse.Analysis;
import dev.casebook.load.ContentLoader;
import dev.casebook.load.LoadOptions;
import dev.casebook.load.LoadResult;
import dev.casebook.model.Diagnostic;
import dev.casebook.model.SourcePos;
import dev.casebook.publish.PublishException;
import dev.casebook.publish.SiteAddress;
import dev.casebook.publish.SiteWriter;
import dev.casebook.render.PageSink;
import dev.casebook.render.SiteRenderer;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs the stages in order (load, analyse, render, publish) and stops at the first stage with errors, so a
 * failed build never touches the published site. Prints nothing: the caller reports the outcome.
 */
public final class Pipeline {

    private Pipeline() {
    }

    /** Loads and analyses, then renders every page in memory to check the templates, writing nothing. */
    public static BuildOutcome check(BuildRequest request) {
        List<Diagnostic> all = new ArrayList<>();
        Optional<Analysis.Result> analysed = analyse(request, all, BuildProgress.NONE);
        all.addAll(analysed.isPresent()
                ? new SiteRenderer(templatesIfAny(request)).render(analysed.get().casebook(), (path, bytes) -> { }).problems()
                : SiteRenderer.checkTemplates(templatesIfAny(request)));
        int stories = analysed.map(a -> a.casebook().project().stories().size()).orElse(0);
        return new BuildOutcome(all, 0, stories, false);
    }

    /** Builds the site into {@code request.out()}, replacing it only when everything succeeded. */
    public static BuildOutcome build(BuildRequest request) {
        return build(request, BuildProgress.NONE);
    }

    /** As {@link #build(BuildRequest)}, telling {@code progress} how far it has got. */
    public static BuildOutcome build(BuildRequest request, BuildProgress progress) {
        List<Diagnostic> all = new ArrayList<>();
        // the templates are read, parsed and checked while the content loads (a third of a small build's time)
        FutureTask<SiteRenderer> renderer = new FutureTask<>(() -> new SiteRenderer(templatesIfAny(request), new SiteAddress(request.baseUrl())).prepared());
        Thread preparing = new Thread(renderer, "casebook-templates");
        preparing.setDaemon(true);
        preparing.start();
        // and Freemarker's classes are initialised at the same time as the templates are read
        Thread warming = new Thread(SiteRenderer::warmUp, "casebook-template-engine");
        warming.setDaemon(true);
        warming.start();
        Optional<Analysis.Result> analysed = analyse(request, all, progress);
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
            progress.stage("rendering");
            AtomicInteger written = new AtomicInteger();
            PageSink counting = new PageSink() {
                @Override
                public void accept(String path, byte[] content) {
                    accept(path, List.of(content));
                }

                @Override
                public void accept(String path, List<byte[]> parts) {
                    long start = System.nanoTime();
                    writer.accept(path, parts);
                    progress.writeTime(System.nanoTime() - start);
                    progress.fileWritten(written.incrementAndGet());
                }
            };
            SiteRenderer.Result rendered = ready(renderer).render(analysed.get().casebook(), counting);
            all.addAll(rendered.problems());
            if (rendered.hasErrors()) return new BuildOutcome(all, 0, stories, false);
            progress.stage("publishing");
            writer.commit();
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

    /** The renderer prepared on its own thread; a failure there (a bug, never a user's mistake) is rethrown here. */
    private static SiteRenderer ready(FutureTask<SiteRenderer> renderer) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return renderer.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw new IllegalStateException(e.getCause());
        } finally {
            if (interrupted) Thread.currentThread().interrupt();
        }
    }

    private static Optional<java.nio.file.Path> templatesIfAny(BuildRequest request) {
        return Files.isDirectory(request.templates()) ? Optional.of(request.templates()) : Optional.empty();
    }

    private static Optional<Analysis.Result> analyse(BuildRequest request, List<Diagnostic> all, BuildProgress progress) {
        progress.stage("loading");
        LoadResult loaded = ContentLoader.load(request.content(), new LoadOptions(request.drafts()));
        all.addAll(loaded.diagnostics());
        if (loaded.project().isEmpty()) return Optional.empty();
        progress.stage("analysing");
        Analysis.Result analysed = Analysis.of(loaded.project().get());
        all.addAll(analysed.problems());
        return analysed.hasErrors() ? Optional.empty() : Optional.of(analysed);
    }
}
