package dev.casebook.render;

import dev.casebook.load.DidYouMean;
import dev.casebook.model.Diagnostic;
import dev.casebook.model.SourcePos;
import freemarker.core.Environment;
import freemarker.core.InvalidReferenceException;
import freemarker.core.ParseException;
import freemarker.template.TemplateException;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateHashModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateModelIterator;
import freemarker.template.TemplateScalarModel;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns Freemarker's errors into Casebook diagnostics at the template's file, line and column, in plain words:
 * no Freemarker stack, no Java class names. A missing variable is reported with the fields that do exist
 * where it was looked up.
 */
final class TemplateDiagnostics {

    static final String DOCS = "see docs/templates.md for what each template receives";
    private static final Pattern DOTTED = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(?:\\.[A-Za-z_][A-Za-z0-9_]*)*");
    private static final Pattern WRAPPER = Pattern.compile("\\s*\\(wrapper: [^)]*\\)");
    private static final Pattern WHERE = Pattern.compile("\\s*\\[in template \"[^\"]*\" at line \\d+, column \\d+]");
    private static final Pattern MANUAL = Pattern.compile("\\s*(Help \\(latest version\\):.*?FreeMarker [0-9.]+\\.|\\(See FreeMarker Manual[^)]*\\)\\.?)");
    private static final Pattern PAGE = Pattern.compile(" while rendering (\\S+?)(?=[;:]|$)");
    private static final int MAX_MESSAGE = 400;

    private TemplateDiagnostics() {
    }

    /**
     * The same template mistake met on many pages, said once: "... while rendering theme/a.html (and 19 more
     * pages)". Other diagnostics pass through as they are. The result is sorted.
     */
    static List<Diagnostic> collapse(Collection<Diagnostic> problems) {
        Map<String, List<Diagnostic>> groups = new LinkedHashMap<>();
        for (Diagnostic d : problems.stream().distinct().sorted().toList()) {
            String key = d.pos() + "\u0000" + d.severity() + "\u0000" + PAGE.matcher(d.message()).replaceFirst(" while rendering *") + "\u0000" + d.hint();
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(d);
        }
        List<Diagnostic> out = new ArrayList<>();
        for (List<Diagnostic> g : groups.values()) {
            Diagnostic first = g.get(0);
            if (g.size() == 1) {
                out.add(first);
                continue;
            }
            Matcher m = PAGE.matcher(first.message());
            String message = m.find()
                    ? first.message().substring(0, m.end(1)) + " (and " + (g.size() - 1) + " more " + (g.size() == 2 ? "page" : "pages") + ")" + first.message().substring(m.end(1))
                    : first.message();
            out.add(new Diagnostic(first.pos(), first.severity(), message, first.hint()));
        }
        return out.stream().sorted().toList();
    }

    /** A syntax error, at the directive's '<' when Freemarker points at its '#'. */
    static Diagnostic syntax(ParseException e, TemplateSet set) {
        int column = e.getColumnNumber();
        Optional<TemplateSet.Source> source = set.get(e.getTemplateName());
        if (source.isPresent() && column > 1) {
            String[] lines = source.get().text().split("\n", -1);
            int line = e.getLineNumber() - 1;
            if (line >= 0 && line < lines.length && column <= lines[line].length()) {
                String l = lines[line];
                char at = l.charAt(column - 1);
                if ((at == '#' || at == '@' || at == '/') && l.charAt(column - 2) == '<') column--;
                else if (at == '#' && column > 2 && l.charAt(column - 2) == '/' && l.charAt(column - 3) == '<') column -= 2;
            }
        }
        return Diagnostic.error(new SourcePos(set.fileOf(e.getTemplateName()), e.getLineNumber(), column),
                "template syntax: " + clean(e.getEditorMessage()), "fix the template; see docs/templates.md for the syntax");
    }

    /** A problem met while rendering {@code page}; {@code fields} are the names next to a missing variable, if known. */
    static Diagnostic failure(TemplateException e, String page, Optional<MissingField> missing, TemplateSet set) {
        SourcePos pos = new SourcePos(set.fileOf(e.getTemplateSourceName()),
                e.getLineNumber() == null ? 0 : e.getLineNumber(), e.getColumnNumber() == null ? 0 : e.getColumnNumber());
        if (missing.isPresent()) {
            MissingField m = missing.get();
            return Diagnostic.error(pos, m.expression() + " is missing while rendering " + page + "; "
                    + (m.parent().isEmpty() ? "the page has" : m.parent() + " has") + ": " + String.join(", ", m.fields()),
                    DidYouMean.closest(m.name(), m.fields()).map(c -> "did you mean '" + c + "'? ").orElse("")
                            + "write ${" + m.expression() + "!} to allow it to be missing; " + DOCS);
        }
        if (e.getCause() instanceof BoundedWriter.LimitExceeded limit) return stopped(pos, page, limit.getMessage());
        String text = e.getMessageWithoutStackTop();
        if (text != null && (text.contains("Malformed template name") || quotedName(text).matches("\"(\\.\\./|.*/\\.\\./).*"))) {
            return Diagnostic.error(pos, "include or import names a file outside the template folders",
                    "templates may only include or import other templates in templates/ or the built-in theme, by a relative name");
        }
        if (text != null && text.contains("Template not found for name")) {
            return Diagnostic.error(pos, "include or import names a template that does not exist: " + quotedName(text),
                    "templates may only include or import .ftlh files in templates/ or the built-in theme; names are relative to the including file");
        }
        return Diagnostic.error(pos, "template failed while rendering " + page + ": " + clean(text), DOCS);
    }

    /** A page stopped for going past a limit. */
    static Diagnostic stopped(SourcePos pos, String page, String why) {
        return Diagnostic.error(pos, "stopped rendering " + page + ": " + why,
                "look for a loop that never ends or repeats too often, here or in the templates it uses");
    }

    static String quotedName(String text) {
        int a = text.indexOf("Template not found for name \"");
        if (a < 0) return "";
        int s = a + "Template not found for name \"".length();
        int b = text.indexOf('"', s);
        return b < 0 ? "" : "\"" + text.substring(s, b) + "\"";
    }

    /** Freemarker's message without tips, stack, Java wrapper names or repeated locations, on one line. */
    static String clean(String message) {
        if (message == null) return "";
        String m = message;
        for (String end : List.of("\n----", "Was expecting", " This usually because")) {
            int cut = m.indexOf(end);
            if (cut >= 0) m = m.substring(0, cut);
        }
        m = WRAPPER.matcher(m).replaceAll("");
        m = WHERE.matcher(m).replaceAll("");
        m = MANUAL.matcher(m).replaceAll("");
        List<String> lines = new ArrayList<>();
        for (String line : m.split("\n")) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("Tip:") || l.startsWith("FTL stack trace") || l.startsWith("- Failed at:")) continue;
            if (l.startsWith("==> ")) l = l.substring(4).strip();
            lines.add(l);
        }
        String one = String.join(" ", lines).replaceAll("\\s+", " ").strip();
        return one.length() > MAX_MESSAGE ? one.substring(0, MAX_MESSAGE) + "..." : one;
    }

    /** A variable a template asked for that is not there, and the fields that are there at its level. */
    record MissingField(String expression, String parent, String name, List<String> fields) {
    }

    /**
     * Called where the error happens (while the template's variables are still in scope): which fields exist beside
     * the missing one. Only for plain names and dotted paths ({@code story.titel}); empty otherwise.
     */
    static Optional<MissingField> missing(TemplateException e, Environment env) {
        if (!(e instanceof InvalidReferenceException)) return Optional.empty();
        String expr = e.getBlamedExpressionString();
        if (expr == null || !DOTTED.matcher(expr).matches()) return Optional.empty();
        int dot = expr.lastIndexOf('.');
        String parent = dot < 0 ? "" : expr.substring(0, dot);
        String name = expr.substring(dot + 1);
        try {
            TemplateModel level;
            if (parent.isEmpty()) {
                level = env.getDataModel();
            } else {
                String[] parts = parent.split("\\.");
                level = env.getVariable(parts[0]);
                for (int i = 1; i < parts.length && level instanceof TemplateHashModel h; i++) level = h.get(parts[i]);
            }
            if (!(level instanceof TemplateHashModelEx hash)) return Optional.empty();
            List<String> fields = new ArrayList<>();
            TemplateModelIterator keys = hash.keys().iterator();
            while (keys.hasNext()) {
                TemplateModel k = keys.next();
                if (k instanceof TemplateScalarModel s) fields.add(s.getAsString());
            }
            return Optional.of(new MissingField(expr, parent, name, fields));
        } catch (TemplateModelException ex) {
            return Optional.empty();
        }
    }
}
