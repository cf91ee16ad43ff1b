package dev.casebook.render.template;

import dev.casebook.model.Diagnostic;
import dev.casebook.pipeline.BuildOutcome;
import dev.casebook.pipeline.BuildRequest;
import dev.casebook.pipeline.Pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Shared steps of the template tests: write a templates folder, build the sample content with it, read results. */
public final class TemplateBuilds {

    public static final Path CONTENT = Path.of("content");
    public static final Path FIXTURES = Path.of("src/test/resources/templates-tests");

    private TemplateBuilds() {
    }

    /** Writes {@code files} (name → text) under {@code dir} and returns it. */
    public static Path templates(Path dir, Map<String, String> files) {
        try {
            Files.createDirectories(dir);
            for (Map.Entry<String, String> f : files.entrySet()) {
                Path p = dir.resolve(f.getKey());
                Files.createDirectories(p.getParent());
                Files.writeString(p, f.getValue(), StandardCharsets.UTF_8);
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String fixture(String name) {
        try {
            return Files.readString(FIXTURES.resolve(name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static BuildOutcome build(Path templates, Path out) {
        return Pipeline.build(new BuildRequest(CONTENT, templates, out, false));
    }

    /** The diagnostics, one formatted per line, for assertion messages and text checks. */
    public static String report(BuildOutcome outcome) {
        return outcome.diagnostics().stream().map(Diagnostic::format).collect(Collectors.joining("\n"));
    }

    public static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every file under {@code root} by its '/'-separated relative path. */
    public static Map<String, byte[]> tree(Path root) {
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                out.put(root.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
