package dev.casebook.serve;

import dev.casebook.model.Diagnostic;
import dev.casebook.model.SourcePos;
import dev.casebook.pipeline.IncrementalPipeline;
import dev.casebook.render.Links;
import dev.casebook.render.PageSink;
import dev.casebook.render.SiteRenderer;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * Builds the preview into memory and tells open pages what changed. When only stories were edited, their own
 * pages are rendered and announced first (the quick pass), then every other page is rendered again in memory and
 * only pages whose bytes changed are replaced and announced. A failed build keeps the last good pages and shows
 * its diagnostics instead. Runs on one thread at a time.
 */
public final class PreviewBuilder {

    /** What one build did: whether it succeeded, the pages it changed, and how long it took. */
    public record Report(boolean ok, Set<String> changed, long quickMillis, long totalMillis) {
    }

    private final IncrementalPipeline pipeline;
    private final PreviewSite site;
    private final ReloadChannel channel;
    private final PrintWriter out;
    private final Path stories;
    private List<Diagnostic> lastWarnings = List.of();

    public PreviewBuilder(IncrementalPipeline pipeline, PreviewSite site, ReloadChannel channel, PrintWriter out) {
        this.pipeline = pipeline;
        this.site = site;
        this.channel = channel;
        this.out = out;
        this.stories = pipeline.request().content().resolve("stories").toAbsolutePath().normalize();
    }

    /** Builds everything from scratch. */
    public synchronized Report buildAll() {
        pipeline.reset();
        return rebuild(List.of());
    }

    /** Builds again after these files changed (an empty list: check everything). */
    public synchronized Report rebuild(Collection<Path> changedFiles) {
        long start = System.nanoTime();
        try {
            return rebuild(changedFiles, start);
        } catch (RuntimeException e) {
            return fail(List.of(Diagnostic.error(SourcePos.of("(casebook)"), "internal error while building: " + e,
                    "please report it, with the file you just saved")), start);
        }
    }

    private Report rebuild(Collection<Path> changedFiles, long start) {
        pipeline.changed(changedFiles);
        Set<String> quickPages = quickPages(changedFiles);
        boolean wasFailed = !site.failure().isEmpty();
        IncrementalPipeline.Analysed analysed = pipeline.analyse();
        if (analysed.casebook().isEmpty()) return fail(analysed.diagnostics(), start);
        long quick = 0;
        Set<String> announced = new TreeSet<>();
        if (!quickPages.isEmpty() && !wasFailed && site.everBuilt()) {
            Pass pass = render(analysed, quickPages::contains);
            if (pass.failed()) return fail(pass.diagnostics(), start);
            channel.publish(ReloadEvent.of(pass.changed()));
            announced.addAll(pass.changed());
            quick = millisSince(start);
        }
        Pass all = render(analysed, path -> true);
        if (all.failed()) return fail(all.diagnostics(), start);
        Set<String> changed = new TreeSet<>(all.changed());
        changed.addAll(site.retainOnly(all.produced()));
        site.succeeded();
        if (wasFailed) channel.publish(ReloadEvent.everything());
        else if (!changed.isEmpty()) channel.publish(ReloadEvent.of(changed));
        changed.addAll(announced);
        long total = millisSince(start);
        reportWarnings(all.diagnostics());
        out.println(String.format(Locale.ROOT, "%s: %d of %d files changed in %d ms%s",
                wasFailed ? "fixed" : "built", changed.size(), site.size(), total,
                quick > 0 ? " (" + String.join(", ", quickPages) + " shown after " + quick + " ms)" : ""));
        out.flush();
        return new Report(true, changed, quick, total);
    }

    /** The story pages of the changed files, when every changed file is a story (or a hidden file beside them); otherwise none. */
    private Set<String> quickPages(Collection<Path> changedFiles) {
        Set<String> pages = new TreeSet<>();
        for (Path p : changedFiles) {
            Path abs = p.toAbsolutePath().normalize();
            String name = abs.getFileName() == null ? "" : abs.getFileName().toString();
            if (name.startsWith(".") && stories.equals(abs.getParent())) continue; // editors' temporary files, never read
            if (!stories.equals(abs.getParent()) || !name.endsWith(".md")) return Set.of();
            pages.add(Links.story(name.substring(0, name.length() - 3)));
        }
        return pages;
    }

    private record Pass(Set<String> changed, Set<String> produced, List<Diagnostic> diagnostics) {
        boolean failed() {
            return diagnostics.stream().anyMatch(Diagnostic::isError);
        }
    }

    private Pass render(IncrementalPipeline.Analysed analysed, Predicate<String> wanted) {
        Set<String> changed = ConcurrentHashMap.newKeySet();
        Set<String> produced = ConcurrentHashMap.newKeySet();
        PageSink sink = new PageSink() {
            @Override
            public void accept(String path, byte[] content) {
                produced.add(path);
                if (site.put(path, content)) changed.add(path);
            }

            @Override
            public boolean wants(String path) {
                return wanted.test(path);
            }
        };
        SiteRenderer.Result result = pipeline.render(analysed.casebook().orElseThrow(), sink);
        List<Diagnostic> all = new java.util.ArrayList<>(analysed.diagnostics());
        all.addAll(result.problems());
        return new Pass(changed, produced, all.stream().sorted().toList());
    }

    private Report fail(List<Diagnostic> diagnostics, long start) {
        boolean wasFailed = !site.failure().isEmpty();
        site.failed(diagnostics);
        channel.publish(ReloadEvent.everything());
        diagnostics.forEach(d -> out.println(d.format()));
        long errors = diagnostics.stream().filter(Diagnostic::isError).count();
        out.println("build failed: " + errors + (errors == 1 ? " error" : " errors")
                + "; the browser shows " + (errors == 1 ? "it" : "them") + " until the next good save"
                + (wasFailed ? "" : " (the last good pages are kept)"));
        out.flush();
        lastWarnings = List.of();
        return new Report(false, Set.of(), 0, millisSince(start));
    }

    private void reportWarnings(List<Diagnostic> diagnostics) {
        List<Diagnostic> warnings = diagnostics.stream().filter(d -> !d.isError()).toList();
        if (!warnings.equals(lastWarnings)) warnings.forEach(d -> out.println(d.format()));
        lastWarnings = warnings;
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
