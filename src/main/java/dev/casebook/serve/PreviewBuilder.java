package dev.casebook.serve;

import dev.casebook.analyse.Casebook;
import dev.casebook.model.Diagnostic;
import dev.casebook.model.SourcePos;
import dev.casebook.pipeline.IncrementalPipeline;
import dev.casebook.render.Links;
import dev.casebook.render.PageSink;
import dev.casebook.render.SiteRenderer;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * Builds the preview into memory and tells open pages what changed. When only stories were edited, just those
 * files are read again and their pages rendered and announced first (the quick pass); then everything is loaded,
 * analysed and rendered again in memory (the full pass), and only pages whose bytes changed are replaced and
 * announced. A newer edit cuts a full pass short. A failed build keeps the last good pages and shows its
 * diagnostics instead. Builds run on one thread ({@link #submit}) or on the caller's ({@link #rebuild}).
 */
public final class PreviewBuilder implements AutoCloseable {

    /** What one build did: whether it succeeded, the pages it changed, and how long it took. */
    public record Report(boolean ok, Set<String> changed, long quickMillis, long totalMillis) {
    }

    private final IncrementalPipeline pipeline;
    private final PreviewSite site;
    private final ReloadChannel channel;
    private final PrintWriter out;
    private final Path stories;
    private final Object lock = new Object();
    private final Set<Path> pending = new TreeSet<>();
    private boolean pendingAll;
    private final Thread thread;
    private volatile boolean closed;
    private boolean building;
    private List<Diagnostic> lastWarnings = List.of();

    public PreviewBuilder(IncrementalPipeline pipeline, PreviewSite site, ReloadChannel channel, PrintWriter out) {
        this.pipeline = pipeline;
        this.site = site;
        this.channel = channel;
        this.out = out;
        this.stories = pipeline.request().content().resolve("stories").toAbsolutePath().normalize();
        this.thread = new Thread(this::loop, "casebook-build");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    /** Queues a build for these changed files (an empty set: check everything); returns at once. */
    public void submit(Set<Path> changed) {
        synchronized (pending) {
            if (changed.isEmpty()) pendingAll = true;
            pending.addAll(changed);
            pending.notifyAll();
        }
    }

    /** Whether no build is queued or running. */
    boolean idle() {
        synchronized (pending) {
            if (pendingAll || !pending.isEmpty() || building) return false;
        }
        return true;
    }

    private boolean hasPending() {
        synchronized (pending) {
            return pendingAll || !pending.isEmpty();
        }
    }

    private void loop() {
        while (!closed) {
            List<Path> batch;
            boolean all;
            synchronized (pending) {
                while (!closed && !pendingAll && pending.isEmpty()) {
                    try {
                        pending.wait();
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                batch = new ArrayList<>(pending);
                all = pendingAll;
                pending.clear();
                pendingAll = false;
                building = true;
            }
            try {
                if (closed) return;
                if (all) buildAll();
                else rebuild(batch);
            } finally {
                synchronized (pending) {
                    building = false;
                }
            }
        }
    }

    /** Builds everything from scratch, on the caller's thread. */
    public Report buildAll() {
        synchronized (lock) {
            pipeline.reset();
            return rebuild(List.of());
        }
    }

    /** Builds after these files changed (an empty list: check everything), on the caller's thread. */
    public Report rebuild(Collection<Path> changedFiles) {
        synchronized (lock) {
            long start = System.nanoTime();
            try {
                return rebuild(changedFiles, start);
            } catch (RuntimeException e) {
                return fail(List.of(Diagnostic.error(SourcePos.of("(casebook)"), "internal error while building: " + e,
                        "please report it, with the file you just saved")), start);
            }
        }
    }

    private Report rebuild(Collection<Path> changedFiles, long start) {
        pipeline.changed(changedFiles);
        Set<String> quickPages = new TreeSet<>();
        List<Path> storyFiles = storyFiles(changedFiles, quickPages);
        boolean wasFailed = !site.failure().isEmpty();
        long quick = 0;
        Set<String> announced = new TreeSet<>();
        if (!storyFiles.isEmpty() && !wasFailed && site.everBuilt()) {
            Optional<Casebook> quickCasebook = pipeline.quick(storyFiles);
            if (quickCasebook.isPresent()) {
                Pass pass = render(quickCasebook.get(), List.of(), quickPages::contains, false);
                if (!pass.failed()) {
                    quickPages.stream().filter(p -> !pass.produced().contains(p)).forEach(site::remove);
                    announced.addAll(pass.changed());
                    announced.addAll(quickPages);
                    channel.publish(ReloadEvent.of(announced));
                    quick = millisSince(start);
                }
            }
        }
        IncrementalPipeline.Analysed analysed = pipeline.analyse();
        if (analysed.casebook().isEmpty()) return fail(analysed.diagnostics(), start);
        Pass all = render(analysed.casebook().get(), analysed.diagnostics(), path -> true, true);
        if (all.cancelled()) {
            if (!all.changed().isEmpty()) channel.publish(ReloadEvent.of(all.changed()));
            return new Report(true, all.changed(), quick, millisSince(start));
        }
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

    /**
     * The changed story files and their pages, when every changed file is a story (or a hidden file beside them,
     * as editors write); otherwise none, and the full pass does everything.
     */
    private List<Path> storyFiles(Collection<Path> changedFiles, Set<String> pages) {
        List<Path> files = new ArrayList<>();
        for (Path p : changedFiles) {
            Path abs = p.toAbsolutePath().normalize();
            String name = abs.getFileName() == null ? "" : abs.getFileName().toString();
            if (!stories.equals(abs.getParent())) return List.of();
            if (name.startsWith(".")) continue;
            if (!name.endsWith(".md")) return List.of();
            files.add(abs);
            pages.add(Links.story(name.substring(0, name.length() - 3)));
        }
        return files;
    }

    private record Pass(Set<String> changed, Set<String> produced, List<Diagnostic> diagnostics, boolean cancelled) {
        boolean failed() {
            return diagnostics.stream().anyMatch(Diagnostic::isError);
        }
    }

    private Pass render(Casebook casebook, List<Diagnostic> before, Predicate<String> wanted, boolean cancellable) {
        Set<String> changed = ConcurrentHashMap.newKeySet();
        Set<String> produced = ConcurrentHashMap.newKeySet();
        java.util.concurrent.atomic.AtomicBoolean cancelled = new java.util.concurrent.atomic.AtomicBoolean();
        PageSink sink = new PageSink() {
            @Override
            public void accept(String path, byte[] content) {
                produced.add(path);
                if (site.put(path, content)) changed.add(path);
            }

            @Override
            public boolean wants(String path) {
                if (cancellable && (cancelled.get() || hasPending())) {
                    cancelled.set(true);
                    return false;
                }
                return wanted.test(path);
            }
        };
        SiteRenderer.Result result = pipeline.render(casebook, sink);
        List<Diagnostic> all = new ArrayList<>(before);
        all.addAll(result.problems());
        return new Pass(changed, produced, all.stream().sorted().toList(), cancelled.get());
    }

    private Report fail(List<Diagnostic> diagnostics, long start) {
        boolean wasFailed = !site.failure().isEmpty();
        diagnostics.forEach(d -> out.println(d.format()));
        long errors = diagnostics.stream().filter(Diagnostic::isError).count();
        out.println("build failed: " + errors + (errors == 1 ? " error" : " errors")
                + "; the browser shows " + (errors == 1 ? "it" : "them") + " until the next good save"
                + (wasFailed ? "" : " (the last good pages are kept)"));
        out.flush();
        site.failed(diagnostics);
        channel.publish(ReloadEvent.everything());
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

    @Override
    public void close() {
        closed = true;
        synchronized (pending) {
            pending.notifyAll();
        }
        thread.interrupt();
    }
}
