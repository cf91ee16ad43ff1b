package dev.casebook.load;

import dev.casebook.model.Diagnostic;
import dev.casebook.model.SourcePos;
import dev.casebook.model.Story;
import dev.casebook.model.StoryBody;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** Reads one story file (front matter and Markdown body) into a {@link Story}. */
public final class StoryReader {

    static final List<String> FIELDS = List.of("title", "date", "author", "summary", "tags", "people", "log",
            "lessons", "questions", "draft");

    private StoryReader() {
    }

    /** A story and where its reference fields were written, for later checks. */
    public record Read(Story story, Map<String, SourcePos> fieldPos) {
    }

    /** Reads story {@code slug} from the LF-only {@code text} of {@code file}, keeping its body in memory; never throws for bad input. */
    public static Optional<Read> read(String file, String slug, String text, List<Diagnostic> diagnostics) {
        return read(file, slug, text, diagnostics, fm -> StoryBody.of(fm.body()));
    }

    /** As {@link #read(String, String, String, List)}, the body kept as {@code body} makes it from the split file. */
    static Optional<Read> read(String file, String slug, String text, List<Diagnostic> diagnostics, Function<FrontMatter, StoryBody> body) {
        Optional<FrontMatter> fm = FrontMatter.split(file, text, diagnostics);
        if (fm.isEmpty()) return Optional.empty();
        int before = errorCount(diagnostics);
        Optional<YamlNode> root = YamlReader.read(file, fm.get().yaml(), fm.get().yamlFirstLine() - 1, diagnostics);
        if (root.isEmpty()) {
            if (errorCount(diagnostics) == before) {
                diagnostics.add(Diagnostic.error(new SourcePos(file, 1, 1), "the front matter is empty",
                        "add at least 'title: ...' between the two '---' lines"));
            }
            return Optional.empty();
        }
        if (!(root.get() instanceof YamlNode.Mapping map)) {
            diagnostics.add(Diagnostic.error(root.get().pos(), "the front matter should be fields like 'title: ...', but it is " + root.get().kind(),
                    "write one 'field: value' per line between the '---' lines"));
            return Optional.empty();
        }
        FieldReader f = new FieldReader(map, FIELDS, "a story's front matter", diagnostics);
        Optional<String> title = f.required("title", "How a tweet became a paid gig");
        var date = f.date("date");
        var author = f.text("author");
        var summary = f.text("summary");
        var tags = f.textList("tags");
        List<YamlNode.Scalar> peopleNodes = f.scalarList("people");
        List<String> people = peopleNodes.stream().map(n -> n.text().strip()).toList();
        var log = f.id("log");
        var lessons = f.textList("lessons");
        var questions = f.textList("questions");
        boolean draft = f.flag("draft");
        if (errorCount(diagnostics) > before || title.isEmpty()) return Optional.empty();
        Story story = new Story(slug, new SourcePos(file, 1, 1), title.get(), date, author, summary, tags, people, log,
                lessons, questions, draft, body.apply(fm.get()), fm.get().bodyFirstLine());
        Map<String, SourcePos> fieldPos = new HashMap<>(Map.of("log", f.posOf("log"), "people", f.posOf("people")));
        peopleNodes.forEach(n -> fieldPos.putIfAbsent("people:" + n.text().strip(), n.pos()));
        return Optional.of(new Read(story, Map.copyOf(fieldPos)));
    }

    static int errorCount(List<Diagnostic> diagnostics) {
        int n = 0;
        for (Diagnostic d : diagnostics) if (d.isError()) n++;
        return n;
    }
}
