package dev.casebook.load;

import dev.casebook.model.Diagnostic;
import dev.casebook.model.PartialDate;
import dev.casebook.model.SourcePos;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the fields of one YAML mapping against the list of fields it may have: each getter checks the shape
 * and reports problems (with did-you-mean for unknown fields) instead of throwing.
 */
final class FieldReader {

    private final YamlNode.Mapping map;
    private final String what;
    private final List<Diagnostic> diagnostics;
    private final List<String> known;
    private final List<String> unknown = new ArrayList<>();

    FieldReader(YamlNode.Mapping map, List<String> known, String what, List<Diagnostic> diagnostics) {
        this.map = map;
        this.known = known;
        this.what = what;
        this.diagnostics = diagnostics;
        for (YamlNode.Entry e : map.entries().values()) {
            if (!known.contains(e.key())) {
                unknown.add(e.key());
                Optional<String> close = DidYouMean.closest(e.key(), known);
                diagnostics.add(Diagnostic.error(e.keyPos(), "unknown field '" + Ids.abbreviate(e.key()) + "' in " + what,
                        close.map(c -> "did you mean '" + c + "'? ").orElse("") + "the fields of " + what + " are: " + String.join(", ", known)));
            }
        }
    }

    /** Whether an unknown field of this mapping looks like a misspelling of {@code key} (already reported). */
    private boolean misspelt(String key) {
        return unknown.stream().anyMatch(u -> DidYouMean.closest(u, known).map(key::equals).orElse(false));
    }

    SourcePos pos() {
        return map.pos();
    }

    boolean has(String key) {
        return map.entries().containsKey(key);
    }

    /** Where the value of {@code key} was written, or the mapping's own position. */
    SourcePos posOf(String key) {
        YamlNode.Entry e = map.entries().get(key);
        return e == null ? map.pos() : e.value().pos();
    }

    SourcePos keyPos(String key) {
        YamlNode.Entry e = map.entries().get(key);
        return e == null ? map.pos() : e.keyPos();
    }

    Optional<YamlNode> node(String key) {
        YamlNode.Entry e = map.entries().get(key);
        return e == null ? Optional.empty() : Optional.of(e.value());
    }

    /** A single text value; blank counts as absent. */
    Optional<String> text(String key) {
        YamlNode.Entry e = map.entries().get(key);
        if (e == null) return Optional.empty();
        if (e.value() instanceof YamlNode.Scalar s) {
            if (s.empty() || s.text().isBlank()) return Optional.empty();
            return Optional.of(s.text().strip());
        }
        diagnostics.add(Diagnostic.error(e.value().pos(), "'" + key + "' should be a single value, but it is " + e.value().kind(),
                e.value() instanceof YamlNode.Sequence ? "write one value after '" + key + ":' (if it is text with commas, put it in quotes)"
                        : "write the value on the same line: " + key + ": ..."));
        return Optional.empty();
    }

    /** A required single text value. */
    Optional<String> required(String key, String example) {
        if (!has(key) && misspelt(key)) return Optional.empty();
        if (!has(key)) {
            diagnostics.add(Diagnostic.error(map.pos(), what + " has no '" + key + "'", "add a line '" + key + ": " + example + "'"));
            return Optional.empty();
        }
        Optional<String> v = text(key);
        if (v.isEmpty() && map.entries().get(key).value() instanceof YamlNode.Scalar) {
            diagnostics.add(Diagnostic.error(posOf(key), "'" + key + "' is empty", "write a value, e.g. " + key + ": " + example));
        }
        return v;
    }

    /** An id (person, event, log); reports a bad form. */
    Optional<String> id(String key) {
        Optional<String> v = text(key);
        if (v.isPresent()) {
            Optional<String> problem = Ids.problem(v.get());
            if (problem.isPresent()) {
                diagnostics.add(Diagnostic.error(posOf(key), problem.get(), "for example '" + Ids.suggest(v.get()) + "'"));
                return Optional.empty();
            }
        }
        return v;
    }

    /** A list of text values; a single value where a list belongs is reported with the fix. */
    List<String> textList(String key) {
        return scalarList(key).stream().map(YamlNode.Scalar::text).map(String::strip).toList();
    }

    /** A list of scalars with positions. */
    List<YamlNode.Scalar> scalarList(String key) {
        YamlNode.Entry e = map.entries().get(key);
        if (e == null) return List.of();
        if (e.value() instanceof YamlNode.Scalar s) {
            if (s.empty()) return List.of();
            diagnostics.add(Diagnostic.error(s.pos(), "'" + key + "' should be a list, but it is a single value",
                    "write it as a list: " + key + ": [" + Ids.abbreviate(s.text()) + "], or one '- item' per line"));
            return List.of();
        }
        if (e.value() instanceof YamlNode.Mapping m) {
            diagnostics.add(Diagnostic.error(m.pos(), "'" + key + "' should be a list of values, but it is a set of fields",
                    "write one '- item' per line under '" + key + ":'"));
            return List.of();
        }
        List<YamlNode.Scalar> out = new ArrayList<>();
        for (YamlNode item : ((YamlNode.Sequence) e.value()).items()) {
            if (item instanceof YamlNode.Scalar s && !s.empty() && !s.text().isBlank()) {
                out.add(s);
            } else if (item instanceof YamlNode.Scalar s) {
                diagnostics.add(Diagnostic.error(s.pos(), "an item of '" + key + "' is empty", "remove the empty '-' line"));
            } else {
                diagnostics.add(Diagnostic.error(item.pos(), "an item of '" + key + "' should be a single value, but it is " + item.kind(),
                        "write each item as plain text; put text containing ': ' in quotes"));
            }
        }
        return out;
    }

    /** A list of mappings (people, events). */
    List<YamlNode.Mapping> mappingList(String key, String itemExample) {
        YamlNode.Entry e = map.entries().get(key);
        if (e == null) return List.of();
        if (e.value() instanceof YamlNode.Scalar s && s.empty()) return List.of();
        if (!(e.value() instanceof YamlNode.Sequence seq)) {
            diagnostics.add(Diagnostic.error(e.value().pos(), "'" + key + "' should be a list, but it is " + e.value().kind(),
                    "write each entry on its own '- " + itemExample + "' line under '" + key + ":'"));
            return List.of();
        }
        List<YamlNode.Mapping> out = new ArrayList<>();
        for (YamlNode item : seq.items()) {
            if (item instanceof YamlNode.Mapping m) {
                out.add(m);
            } else {
                diagnostics.add(Diagnostic.error(item.pos(), "an entry of '" + key + "' should be a set of fields, but it is " + item.kind(),
                        "write it as '- " + itemExample + "' with its other fields indented below"));
            }
        }
        return out;
    }

    Optional<PartialDate> date(String key) {
        YamlNode.Entry e = map.entries().get(key);
        if (e == null) return Optional.empty();
        Optional<String> raw = text(key);
        if (raw.isEmpty()) return Optional.empty();
        DateParser.Result r = DateParser.parse(raw.get());
        if (r instanceof DateParser.Parsed p) return Optional.of(p.date());
        DateParser.Rejected rej = (DateParser.Rejected) r;
        diagnostics.add(Diagnostic.error(posOf(key), rej.message(), rej.hint()));
        return Optional.empty();
    }

    boolean flag(String key) {
        Optional<String> v = text(key);
        if (v.isEmpty()) return false;
        if (v.get().equals("true")) return true;
        if (v.get().equals("false")) return false;
        diagnostics.add(Diagnostic.error(posOf(key), "'" + key + "' must be true or false, not '" + Ids.abbreviate(v.get()) + "'",
                "write " + key + ": true, or leave the line out"));
        return false;
    }
}
