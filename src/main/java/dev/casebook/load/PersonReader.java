package dev.casebook.load;

import dev.casebook.model.Diagnostic;
import dev.casebook.model.Person;

import java.util.List;
import java.util.Optional;

/** Reads a person entry, the same in a log and in people.yaml. */
final class PersonReader {

    static final List<String> FIELDS = List.of("id", "name", "handle", "role", "org", "private");

    private PersonReader() {
    }

    static Optional<Person> read(YamlNode.Mapping m, List<Diagnostic> diagnostics) {
        int before = StoryReader.errorCount(diagnostics);
        FieldReader f = new FieldReader(m, FIELDS, "a person", diagnostics);
        Optional<String> id = f.required("id", "ann-archer").flatMap(x -> f.id("id"));
        Optional<String> name = f.required("name", "Ann Archer");
        var handle = f.text("handle");
        var role = f.text("role");
        var org = f.text("org");
        boolean isPrivate = f.flag("private");
        if (StoryReader.errorCount(diagnostics) > before || id.isEmpty() || name.isEmpty()) return Optional.empty();
        return Optional.of(new Person(id.get(), name.get(), handle, role, org, isPrivate, f.keyPos("id")));
    }

    /** Reads {@code people:} of a root mapping, reporting the same id twice in one file. */
    static List<Person> readAll(FieldReader root, List<Diagnostic> diagnostics) {
        java.util.Map<String, Person> seen = new java.util.LinkedHashMap<>();
        for (YamlNode.Mapping pm : root.mappingList("people", "id: ann-archer")) {
            read(pm, diagnostics).ifPresent(p -> {
                Person first = seen.get(p.id());
                if (first != null) {
                    diagnostics.add(Diagnostic.error(p.pos(), "person '" + p.id() + "' is listed twice in this file (first at line "
                            + first.pos().line() + ")", "keep one entry for '" + p.id() + "'"));
                } else {
                    seen.put(p.id(), p);
                }
            });
        }
        return List.copyOf(seen.values());
    }
}
