package dev.casebook.load;

import dev.casebook.model.Diagnostic;
import dev.casebook.model.SourcePos;

import java.util.List;
import java.util.Optional;

/**
 * A story file split into its YAML front matter and its Markdown body, with the line each starts on.
 * The file must start with a line {@code ---}; the front matter ends at the next line that is {@code ---}.
 * The body is kept as where it starts in {@code text}: most builds never need it as a string of its own.
 */
public record FrontMatter(String yaml, int yamlFirstLine, String text, int bodyStart, int bodyFirstLine) {

    /** The Markdown body: the text after the closing line. */
    public String body() {
        return text.substring(bodyStart);
    }

    /** Splits LF-only text; reports a missing or unclosed block. */
    public static Optional<FrontMatter> split(String file, String text, List<Diagnostic> diagnostics) {
        if (!(text.startsWith("---\n") || text.equals("---") || text.startsWith("--- \n"))) {
            String firstLine = text.isEmpty() ? "" : text.substring(0, Math.max(0, text.indexOf('\n') < 0 ? text.length() : text.indexOf('\n')));
            diagnostics.add(Diagnostic.error(new SourcePos(file, 1, 1),
                    text.isBlank() ? "the story file is empty" : "the story has no front matter (its first line is not '---')",
                    "start the file with a '---' line, then 'title: ...', then another '---' line, then the story"
                            + (firstLine.startsWith("title:") ? "; it looks like the opening '---' line is missing" : "")));
            return Optional.empty();
        }
        int yamlStart = text.indexOf('\n') + 1;
        if (yamlStart == 0) yamlStart = text.length();
        int line = 2;
        int i = yamlStart;
        while (i < text.length()) {
            int end = text.indexOf('\n', i);
            if (end < 0) end = text.length();
            if (closes(text, i, end)) {
                String yaml = text.substring(yamlStart, i);
                int bodyStart = Math.min(text.length(), end + 1);
                return Optional.of(new FrontMatter(yaml, 2, text, bodyStart, line + 1));
            }
            i = end + 1;
            line++;
        }
        diagnostics.add(Diagnostic.error(new SourcePos(file, 1, 1), "the front matter that starts here is never closed",
                "add a line with just '---' after the last front-matter field, before the story text"));
        return Optional.empty();
    }

    /** Whether the line from {@code start} to {@code end} is "---" (perhaps with trailing white space) or "...". */
    private static boolean closes(String text, int start, int end) {
        if (end - start == 3 && text.startsWith("...", start)) return true;
        if (end - start < 3 || !text.startsWith("---", start)) return false;
        for (int i = start + 3; i < end; i++) {
            if (!Character.isWhitespace(text.charAt(i))) return false;
        }
        return true;
    }
}
