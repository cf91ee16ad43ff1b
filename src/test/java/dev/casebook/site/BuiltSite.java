package dev.casebook.site;

import dev.casebook.bench.SyntheticProject;
import dev.casebook.pipeline.BuildOutcome;
import dev.casebook.pipeline.BuildRequest;
import dev.casebook.pipeline.Pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** The sample content built once per test run into target/site-tests/, shared by the site and browser tests. */
public final class BuiltSite {

    private static Path site;

    private BuiltSite() {
    }

    /** The built site's folder (relative paths throughout, no base URL). */
    public static synchronized Path get() {
        if (site == null) site = build("site", Optional.empty());
        return site;
    }

    /** Builds the sample content into target/site-tests/{@code name}. */
    public static Path build(String name, Optional<String> baseUrl) {
        Path out = Path.of("target", "site-tests", name).toAbsolutePath();
        BuildOutcome outcome = Pipeline.build(new BuildRequest(Path.of("content"), Path.of("templates"), out, false, baseUrl));
        if (!outcome.published()) throw new IllegalStateException("sample site did not build: " + outcome.diagnostics());
        return out;
    }

    /**
     * Writes the synthetic project {@code spec} into {@code dir} and builds it into {@code dir}/site; fails when the
     * build reports anything at all (a synthetic project is written to be clean).
     */
    public static Path synthetic(SyntheticProject.Spec spec, Path dir) throws IOException {
        SyntheticProject.write(spec, dir);
        BuildOutcome outcome = Pipeline.build(new BuildRequest(dir.resolve("content"), dir.resolve("templates"), dir.resolve("site"), false));
        if (!outcome.diagnostics().isEmpty() || !outcome.published()) {
            throw new IllegalStateException("the synthetic project did not build cleanly: " + outcome.diagnostics());
        }
        return dir.resolve("site");
    }

    /** Every HTML page of the site, as paths relative to its root, sorted. */
    public static List<String> pages(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".html")).map(p -> root.relativize(p).toString().replace('\\', '/')).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
