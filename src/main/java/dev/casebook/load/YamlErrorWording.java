package dev.casebook.load;

import dev.casebook.model.Diagnostic;
import dev.casebook.model.SourcePos;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

import java.util.function.Function;

/** Turns the YAML parser's wording into plain words and a hint, pointing at the spot a person must fix. */
final class YamlErrorWording {

    private YamlErrorWording() {
    }

    /** The diagnostic for a parser error in {@code text} (the YAML as handed to the parser). */
    static Diagnostic translate(MarkedYAMLException e, Function<Mark, SourcePos> pos, String file, String text) {
        String problem = e.getProblem() == null ? "" : e.getProblem();
        String context = e.getContext() == null ? "" : e.getContext();
        Mark problemMark = e.getProblemMark();
        Mark contextMark = e.getContextMark();
        SourcePos at = problemMark != null ? pos.apply(problemMark) : contextMark != null ? pos.apply(contextMark) : SourcePos.of(file);
        SourcePos start = contextMark != null ? pos.apply(contextMark) : at;

        if (context.contains("quoted scalar")) {
            return Diagnostic.error(start, "this quoted value is never closed",
                    "add the matching closing quote on the same line; to write a quote inside, use the other kind ('It\"s' or \"It's\")");
        }
        if (problem.contains("'\\t'") || problem.contains("\\t(TAB)") || problem.contains("TAB")) {
            return Diagnostic.error(at, "a tab is used for indentation; YAML accepts only spaces",
                    "replace the tab at the start of this line with spaces");
        }
        if (context.contains("flow sequence") && contextMark != null) {
            return Diagnostic.error(start, "the list that starts here with '[' is never closed",
                    "add the closing ']' on the same line, or write one '- item' per line without brackets");
        }
        if (context.contains("flow mapping") && contextMark != null) {
            return Diagnostic.error(start, "the group of fields that starts here with '{' is never closed",
                    "add the closing '}' on the same line, or write one 'field: value' per line without braces");
        }
        if (problem.contains("mapping values are not allowed") && problemMark != null) {
            String line = lineOf(text, problemMark.getLine());
            String beforeColon = line.substring(0, Math.min(line.length(), problemMark.getColumn()));
            if (!beforeColon.contains(": ") && !beforeColon.strip().startsWith("- ")) {
                int indent = line.length() - line.stripLeading().length();
                String key = beforeColon.strip();
                return Diagnostic.error(pos.apply(new Mark("", 0, problemMark.getLine(), indent, new int[0], 0)),
                        "'" + key + ":' is indented more than the field above it, so YAML reads it as part of that field's value",
                        "start '" + key + ":' in the same column as the other fields of this block");
            }
            return Diagnostic.error(at, "a ': ' inside a value makes YAML read it as a new field",
                    "put the whole value in double quotes, e.g. note: \"Rebecca: a caterer\"");
        }
        if (problem.contains("cannot start any token")) {
            String ch = problem.replaceAll(".*found character '?(.+?)'? that cannot start any token.*", "$1");
            return Diagnostic.error(at, "a value cannot start with " + ch + " unless it is quoted",
                    "put the value in double quotes, e.g. handle: \"@ann_bakes\"");
        }
        if (problem.contains("expected <block end>") || context.contains("block mapping") || context.contains("block collection")) {
            return Diagnostic.error(at, "this line is not lined up with the lines of its block",
                    "fields of the same person or event must start in the same column; check the spaces before it");
        }
        if (problem.contains("could not find expected ':'")) {
            return Diagnostic.error(start, "a field is missing its ':' (or a line is wrapped without quotes)",
                    "write 'name: value'; wrap long text in quotes or use a '>' block");
        }
        if (problem.contains("alias") || problem.contains("anchor")) {
            return Diagnostic.error(at, "YAML anchors and aliases ('&name', '*name') are not supported in Casebook files",
                    "write the value out in full where it is needed");
        }
        if (problem.contains("special characters are not allowed") || problem.contains("unacceptable code point")) {
            return Diagnostic.error(at, "the file holds a character YAML does not allow here",
                    "remove invisible control characters; save the file as plain UTF-8 text");
        }
        if (problem.contains("exceed") || problem.contains("Nesting Depth")) {
            return Diagnostic.error(at, "the YAML is too deeply nested or too large",
                    "files may be at most 2 MiB and " + YamlLimits.MAX_DEPTH + " levels deep");
        }
        String plain = problem.isEmpty() ? context : problem;
        return Diagnostic.error(at, "the YAML cannot be read here: " + plain,
                "check the indentation (spaces only) and that quotes and brackets are closed");
    }

    private static String lineOf(String text, int index) {
        String[] lines = text.split("\n", -1);
        return index >= 0 && index < lines.length ? lines[index] : "";
    }
}
