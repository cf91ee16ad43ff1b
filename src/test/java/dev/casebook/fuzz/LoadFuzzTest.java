package dev.casebook.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.casebook.load.DateParser;
import dev.casebook.load.FrontMatter;
import dev.casebook.load.Ids;
import dev.casebook.load.LogReader;
import dev.casebook.load.SourceText;
import dev.casebook.load.StoryReader;
import dev.casebook.model.Diagnostic;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Fuzz tests of the load stage. The property for every target: any input gives a result or diagnostics (errors
 * whenever there is no result) and never an uncaught exception, in bounded time: a replayed input that takes
 * more than 30 seconds fails (a hang guard, not a speed test); when fuzzing, libFuzzer's per-input timeout does
 * that job (a JUnit {@code @Timeout} would also cut the whole fuzzing run short). In {@code mvn test} each target
 * replays its saved inputs from src/test/resources/dev/casebook/fuzz/LoadFuzzTestInputs/<target>/; to fuzz, see
 * docs/validation.md ({@code JAZZER_FUZZ=1 mvn test -Dtest=LoadFuzzTest#yamlLoader}).
 */
class LoadFuzzTest {

    private static final boolean FUZZING = !System.getenv().getOrDefault("JAZZER_FUZZ", "").isEmpty();
    private static final Duration HANG = Duration.ofSeconds(30);
    private static final Pattern SLUG = Pattern.compile("([a-z0-9]+(-[a-z0-9]+)*)?");
    private static final Pattern PAGE_NAME = Pattern.compile("[a-z0-9][a-z0-9-]*");

    @FuzzTest(maxDuration = "60s")
    void frontMatter(byte[] input) {
        List<Diagnostic> d = new ArrayList<>();
        Optional<String> text = decoded("f.md", input, d);
        if (text.isEmpty()) return;
        Optional<FrontMatter> fm = bounded(() -> FrontMatter.split("f.md", text.get(), d));
        if (fm.isEmpty()) {
            assertHasError(d);
        } else {
            assertTrue(text.get().contains(fm.get().yaml()), "the front matter is part of the file");
            assertTrue(text.get().endsWith(fm.get().body()), "the body is the end of the file");
            assertEquals(2, fm.get().yamlFirstLine());
            assertTrue(fm.get().bodyFirstLine() >= 3);
        }
        assertPositionsInside(d, text.get());
    }

    @FuzzTest(maxDuration = "60s")
    void yamlLoader(byte[] input) {
        List<Diagnostic> d = new ArrayList<>();
        Optional<String> text = decoded("l.yaml", input, d);
        if (text.isEmpty()) return;
        LogReader.Result r = bounded(() -> LogReader.read("l.yaml", "l", text.get(), d));
        if (r.log().isEmpty()) assertHasError(d);
        else assertFalse(d.stream().anyMatch(Diagnostic::isError), "a log came back despite errors");
        assertPositionsInside(d, text.get());
    }

    @FuzzTest(maxDuration = "60s")
    void storyFile(byte[] input) {
        List<Diagnostic> d = new ArrayList<>();
        Optional<String> text = decoded("s.md", input, d);
        if (text.isEmpty()) return;
        Optional<StoryReader.Read> r = bounded(() -> StoryReader.read("s.md", "s", text.get(), d));
        if (r.isEmpty()) assertHasError(d);
        assertPositionsInside(d, text.get());
    }

    @FuzzTest(maxDuration = "60s")
    void dateParser(byte[] input) {
        String raw = new String(input, StandardCharsets.UTF_8);
        DateParser.Result r = bounded(() -> DateParser.parse(raw));
        if (r instanceof DateParser.Parsed p) {
            DateParser.Result again = DateParser.parse(p.date().iso());
            assertEquals(p, again, "a parsed date reads back the same from its ISO form");
        } else {
            DateParser.Rejected rej = (DateParser.Rejected) r;
            assertFalse(rej.message().isBlank() || rej.hint().isBlank(), "a rejection says what is wrong and what to write");
        }
    }

    @FuzzTest(maxDuration = "60s")
    void slugger(byte[] input) {
        String raw = new String(input, StandardCharsets.UTF_8);
        String slug = bounded(() -> Ids.slug(raw));
        assertTrue(SLUG.matcher(slug).matches(), "slug '" + slug + "'");
        String tag = Ids.tagSlug(raw);
        assertTrue(PAGE_NAME.matcher(tag).matches(), "tag page name '" + tag + "'");
        assertTrue(Ids.problem(tag).isEmpty(), "tag page name '" + tag + "': " + Ids.problem(tag));
        String suggested = Ids.suggest(raw);
        assertEquals(Optional.empty(), Ids.problem(suggested), "the suggested id '" + suggested + "' is valid");
        Ids.problem(raw).ifPresent(p -> assertFalse(p.isBlank()));
    }

    /** Runs one step, failing a replayed input that hangs; while fuzzing, libFuzzer's own timeout applies. */
    private static <T> T bounded(Supplier<T> step) {
        if (FUZZING) return step.get();
        return assertTimeoutPreemptively(HANG, step::get, "the input did not finish within " + HANG.toSeconds() + " s");
    }

    /** The file's text, or (for bytes that are not UTF-8 or carry control characters) an error saying why. */
    private static Optional<String> decoded(String file, byte[] input, List<Diagnostic> d) {
        Optional<String> text = bounded(() -> SourceText.decode(file, input, d));
        if (text.isEmpty()) assertHasError(d);
        return text;
    }

    private static void assertHasError(List<Diagnostic> d) {
        assertTrue(d.stream().anyMatch(Diagnostic::isError), "no result, yet no error says why: " + d);
    }

    /** Every diagnostic points into the file (line 0 means the whole file) and carries words. */
    private static void assertPositionsInside(List<Diagnostic> d, String text) {
        long lines = text.chars().filter(c -> c == '\n').count() + 1;
        for (Diagnostic x : d) {
            assertTrue(x.pos().line() >= 0 && x.pos().line() <= lines + 1, "line of " + x.format() + " in a file of " + lines + " lines");
            assertTrue(x.pos().column() >= 0, x.format());
            assertFalse(x.message().isBlank(), x.format());
            if (!text.contains("Exception")) assertFalse(x.message().contains("Exception"), "an exception name leaked: " + x.format());
        }
    }
}
