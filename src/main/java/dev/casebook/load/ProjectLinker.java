package dev.casebook.load;

import dev.casebook.model.Diagnostic;
import dev.casebook.model.Event;
import dev.casebook.model.Log;
import dev.casebook.model.Person;
import dev.casebook.model.SourcePos;
import dev.casebook.model.Story;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Checks what only the whole project can show: each person defined once (or the same way everywhere), every
 * person, log and story reference resolvable, tags that become the same page.
 */
final class ProjectLinker {

    private ProjectLinker() {
    }

    /** Every person of the project by id; conflicting definitions are reported with both places. */
    static Map<String, Person> people(List<Person> shared, List<Log> logs, List<Diagnostic> diagnostics) {
        Map<String, Person> all = new TreeMap<>();
        List<Person> order = new ArrayList<>(shared);
        logs.forEach(l -> order.addAll(l.people()));
        for (Person p : order) {
            Person first = all.get(p.id());
            if (first == null) {
                all.put(p.id(), p);
            } else if (!first.sameDetails(p)) {
                diagnostics.add(Diagnostic.error(p.pos(), "person '" + p.id() + "' is defined differently at " + first.pos()
                                + " (" + differences(first, p) + ")",
                        "a person is one entry for the whole project: make both entries the same, or keep one in content/people.yaml and remove the other"));
            }
        }
        return all;
    }

    private static String differences(Person a, Person b) {
        List<String> d = new ArrayList<>();
        if (!a.name().equals(b.name())) d.add("name '" + a.name() + "' vs '" + b.name() + "'");
        if (!a.handle().equals(b.handle())) d.add("handle " + a.handle().orElse("(none)") + " vs " + b.handle().orElse("(none)"));
        if (!a.role().equals(b.role())) d.add("role " + a.role().orElse("(none)") + " vs " + b.role().orElse("(none)"));
        if (!a.org().equals(b.org())) d.add("org " + a.org().orElse("(none)") + " vs " + b.org().orElse("(none)"));
        if (a.isPrivate() != b.isPrivate()) d.add("private " + a.isPrivate() + " vs " + b.isPrivate());
        return String.join("; ", d);
    }

    /** Every person an event or subject names must be in the log's people or in people.yaml; reported where it is written. */
    static void checkLog(Log log, LogReader.Result read, List<Person> shared, Map<String, String> definedIn,
                         List<Diagnostic> diagnostics) {
        Set<String> known = new HashSet<>();
        shared.forEach(p -> known.add(p.id()));
        log.people().forEach(p -> known.add(p.id()));
        ReferencePositions at = read.positions();
        log.subject().ifPresent(s -> checkPerson(s, at.subject(log.pos()), "subject", known, definedIn, diagnostics));
        for (int i = 0; i < log.events().size(); i++) {
            Event e = log.events().get(i);
            // where a reference was written is worked out only for one that names nobody known
            if (!known.contains(e.from())) checkPerson(e.from(), at.of(i, ReferencePositions.Field.FROM, e.pos()), "from", known, definedIn, diagnostics);
            if (!known.contains(e.to())) checkPerson(e.to(), at.of(i, ReferencePositions.Field.TO, e.pos()), "to", known, definedIn, diagnostics);
            if (e.introduces().isPresent() && !known.contains(e.introduces().get())) {
                checkPerson(e.introduces().get(), at.of(i, ReferencePositions.Field.INTRODUCES, e.pos()), "introduces", known, definedIn, diagnostics);
            }
            if (e.type().connects() && e.introduces().isEmpty() && log.subject().isEmpty()) {
                diagnostics.add(Diagnostic.warning(e.pos(), "introduction '" + e.id() + "' does not say who is introduced and the log has no subject",
                        "add 'introduces: <person id>' to the event or 'subject: <person id>' at the top of the log"));
            }
        }
    }

    private static void checkPerson(String id, SourcePos at, String field, Set<String> known, Map<String, String> definedIn,
                                    List<Diagnostic> diagnostics) {
        if (known.contains(id)) return;
        String elsewhere = definedIn.get(id);
        String hint = elsewhere != null
                ? "'" + id + "' is defined in " + elsewhere + "; to use a person in several logs, move them to content/people.yaml"
                : DidYouMean.hint(id, known, "the people this log can name") + "; add the person to the log's 'people:' list";
        diagnostics.add(Diagnostic.error(at, "'" + field + "' names '" + id + "', who is not in this log's people or in people.yaml", hint));
    }

    /**
     * A story's log and people must exist. {@code people} holds every person defined anywhere (also in logs that
     * had errors); when some log could not be read at all, unknown people are not reported, since that log may
     * define them.
     */
    static void checkStory(Story s, Set<String> logIds, Set<String> people, boolean someLogUnreadable,
                           List<Diagnostic> diagnostics, Map<String, SourcePos> fieldPos) {
        s.log().ifPresent(l -> {
            if (!logIds.contains(l)) {
                diagnostics.add(Diagnostic.error(fieldPos.getOrDefault("log", s.pos()), "the story's log '" + l + "' does not exist",
                        DidYouMean.hint(l, logIds, "logs in content/logs/") + " (a log's id is its file name without .yaml)"));
            }
        });
        if (someLogUnreadable) return;
        for (String p : s.people()) {
            if (!people.contains(p)) {
                SourcePos at = fieldPos.getOrDefault("people:" + p, fieldPos.getOrDefault("people", s.pos()));
                diagnostics.add(Diagnostic.error(at, "the story names person '" + p + "', who is not defined anywhere",
                        DidYouMean.hint(p, people, "people") + "; define them in a log or in content/people.yaml"));
            }
        }
    }

    /** Tags that differ only in case or accents become one theme page; say so when they are spelt differently. */
    static void checkTags(List<Story> stories, List<Diagnostic> diagnostics) {
        Map<String, String> firstSpelling = new TreeMap<>();
        Map<String, SourcePos> firstPlace = new TreeMap<>();
        for (Story s : stories) {
            for (String t : s.tags()) {
                String slug = Ids.tagSlug(t);
                String seen = firstSpelling.putIfAbsent(slug, t);
                firstPlace.putIfAbsent(slug, s.pos());
                if (seen != null && !seen.equals(t)) {
                    boolean sameLetters = Normalizer.normalize(seen, Normalizer.Form.NFC).equals(Normalizer.normalize(t, Normalizer.Form.NFC));
                    diagnostics.add(Diagnostic.warning(s.pos(), "tag '" + t + "' and tag '" + seen + "' (" + firstPlace.get(slug)
                                    + ") make the same theme page '" + slug + "'"
                                    + (sameLetters ? "; they look the same but their accents are stored differently (Unicode NFC and NFD)" : ""),
                            sameLetters ? "retype the tag in one of the two files so both are stored the same way"
                                    : "spell the tag the same way in every story"));
                }
            }
        }
    }
}
