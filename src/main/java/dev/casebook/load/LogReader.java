package dev.casebook.load;

import dev.casebook.model.Channel;
import dev.casebook.model.Diagnostic;
import dev.casebook.model.Event;
import dev.casebook.model.EventType;
import dev.casebook.model.Gap;
import dev.casebook.model.Log;
import dev.casebook.model.Person;
import dev.casebook.model.SourcePos;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads one relationship log. Checks what one file can show by itself: fields, types, dates, ids, duplicate
 * event ids and {@code after} targets. People references are checked later, against the whole project.
 */
public final class LogReader {

    static final List<String> FIELDS = List.of("subject", "people", "events");
    static final List<String> EVENT_FIELDS = List.of("id", "type", "from", "to", "introduces", "via", "date", "after",
            "gap", "note", "value");
    private static final List<String> TYPES = Arrays.stream(EventType.values()).map(EventType::word).toList();

    private LogReader() {
    }

    /**
     * What reading a log gave: the log when it had no errors, and the people it lists (those read without
     * errors), which later checks use so that one broken event does not make its people look unknown.
     * {@code readable} is false when the file could not be read as YAML at all.
     */
    public record Result(Optional<Log> log, List<Person> people, boolean readable, ReferencePositions positions) {
        static Result unreadable() {
            return new Result(Optional.empty(), List.of(), false, ReferencePositions.none());
        }
    }

    /** Reads the YAML text of log {@code id} from {@code file}; never throws for bad input. */
    public static Result read(String file, String id, String text, List<Diagnostic> diagnostics) {
        int before = StoryReader.errorCount(diagnostics);
        Optional<YamlNode> root = YamlReader.read(file, text, 0, diagnostics);
        if (root.isEmpty()) {
            if (StoryReader.errorCount(diagnostics) == before) {
                diagnostics.add(Diagnostic.error(new SourcePos(file, 1, 1), "the log file is empty",
                        "a log needs 'people:' and 'events:' lists; see docs/format.md"));
            }
            return Result.unreadable();
        }
        if (!(root.get() instanceof YamlNode.Mapping map)) {
            diagnostics.add(Diagnostic.error(root.get().pos(), "a log should be fields ('subject:', 'people:', 'events:'), but it is " + root.get().kind(),
                    "start the file with 'people:' and 'events:' lines; see docs/format.md"));
            return Result.unreadable();
        }
        FieldReader f = new FieldReader(map, FIELDS, "a log", diagnostics);
        Optional<String> subject = f.id("subject");
        var people = PersonReader.readAll(f, diagnostics);
        // events name the log's people over and over: each name kept as the one string its person has
        Map<String, String> personIds = new HashMap<>();
        for (Person p : people) personIds.put(p.id(), p.id());
        if (!f.has("events")) {
            diagnostics.add(Diagnostic.error(map.pos(), "the log has no 'events:' list", "add 'events:' with at least one '- id: ...' entry"));
        }
        List<YamlNode.Mapping> eventNodes = f.mappingList("events", "id: first-contact");
        if (eventNodes.size() > YamlLimits.MAX_EVENTS) {
            diagnostics.add(Diagnostic.error(f.posOf("events"), "the log has " + eventNodes.size() + " events; the limit is " + YamlLimits.MAX_EVENTS,
                    "split the story into several logs"));
            return new Result(Optional.empty(), people, true, ReferencePositions.none());
        }
        ReferencePositions.Builder positions = new ReferencePositions.Builder(file);
        if (f.has("subject")) positions.subject(f.posOf("subject"));
        Map<String, Event> events = new LinkedHashMap<>();
        Map<String, SourcePos> afterPos = new LinkedHashMap<>();
        Set<String> written = new HashSet<>();
        for (YamlNode.Mapping em : eventNodes) {
            YamlNode.Entry idEntry = em.entries().get("id");
            if (idEntry != null && idEntry.value() instanceof YamlNode.Scalar s) written.add(s.text().strip());
            readEvent(em, personIds, diagnostics).ifPresent(e -> {
                Event first = events.get(e.id());
                if (first != null) {
                    diagnostics.add(Diagnostic.error(e.pos(), "event id '" + e.id() + "' is used twice in this log (first at line "
                            + first.pos().line() + ")", "give each event its own id, e.g. '" + e.id() + "-2'"));
                } else {
                    events.put(e.id(), e);
                    positions.nextEvent();
                    for (ReferencePositions.Field field : ReferencePositions.Field.values()) {
                        YamlNode.Entry entry = em.entries().get(field.key);
                        if (entry != null) positions.field(field, entry.value().pos());
                    }
                    YamlNode.Entry afterEntry = em.entries().get("after");
                    if (afterEntry != null) afterPos.put(e.id(), afterEntry.value().pos());
                }
            });
        }
        for (Event e : events.values()) {
            e.after().ifPresent(target -> {
                SourcePos at = afterPos.getOrDefault(e.id(), e.pos());
                if (target.equals(e.id())) {
                    diagnostics.add(Diagnostic.error(at, "event '" + e.id() + "' is placed after itself", "name the event it followed"));
                } else if (!events.containsKey(target) && !written.contains(target)) {
                    diagnostics.add(Diagnostic.error(at, "'after' names event '" + target + "', which is not in this log",
                            DidYouMean.hint(target, events.keySet(), "the events of this log")));
                }
            });
        }
        if (StoryReader.errorCount(diagnostics) > before) return new Result(Optional.empty(), people, true, ReferencePositions.none());
        Log log = new Log(id, new SourcePos(file, 1, 1), subject, people, List.copyOf(events.values()));
        return new Result(Optional.of(log), people, true, positions.build());
    }

    private static Optional<Event> readEvent(YamlNode.Mapping m, Map<String, String> personIds, List<Diagnostic> diagnostics) {
        int before = StoryReader.errorCount(diagnostics);
        FieldReader f = new FieldReader(m, EVENT_FIELDS, "an event", diagnostics);
        Optional<String> id = f.required("id", "first-contact").flatMap(x -> f.id("id"));
        Optional<EventType> type = Optional.empty();
        Optional<String> typeWord = f.required("type", "met");
        if (typeWord.isPresent()) {
            type = EventType.fromWord(typeWord.get());
            if (type.isEmpty()) {
                diagnostics.add(Diagnostic.error(f.posOf("type"), "unknown event type '" + Ids.abbreviate(typeWord.get()) + "'",
                        DidYouMean.hint(typeWord.get(), TYPES, "the types are")));
            }
        }
        Optional<String> from = f.required("from", "ann").flatMap(x -> f.id("from")).map(p -> personIds.getOrDefault(p, p));
        Optional<String> to = f.required("to", "dana").flatMap(x -> f.id("to")).map(p -> personIds.getOrDefault(p, p));
        Optional<String> introduces = f.id("introduces").map(p -> personIds.getOrDefault(p, p));
        Optional<Channel> via = f.text("via").flatMap(v -> channel(v, f.posOf("via"), diagnostics));
        var date = f.date("date");
        Optional<String> after = f.id("after");
        Optional<Gap> gap = f.text("gap").map(GapParser::parse);
        var note = f.text("note");
        var value = f.text("value");
        if (f.has("gap") && !f.has("after")) {
            diagnostics.add(Diagnostic.error(f.keyPos("gap"), "'gap' says how long after another event, but there is no 'after'",
                    "add 'after: <event id>' to say which event this one followed"));
        }
        if (from.isPresent() && from.equals(to)) {
            diagnostics.add(Diagnostic.error(f.posOf("to"), "the event goes from '" + from.get() + "' to themselves",
                    "'from' is who acts and 'to' is towards whom: they must be two different people"));
        }
        if (type.isPresent() && introduces.isPresent()) {
            if (!type.get().connects()) {
                diagnostics.add(Diagnostic.error(f.keyPos("introduces"), "'introduces' belongs only to introduction and referral events",
                        "remove it, or change the type to introduction or referral"));
            } else if (introduces.equals(from) || introduces.equals(to)) {
                diagnostics.add(Diagnostic.error(f.posOf("introduces"), "'" + introduces.get() + "' cannot be introduced to themselves or by themselves",
                        "'from' makes the introduction, 'to' receives it, 'introduces' is the third person"));
            }
        }
        if (type.isPresent() && value.isPresent() && type.get() != EventType.BUSINESS) {
            diagnostics.add(Diagnostic.warning(f.keyPos("value"), "'value' is meant for business events; it is shown but not counted",
                    "move it into 'note', or change the type to business"));
        }
        if (StoryReader.errorCount(diagnostics) > before || id.isEmpty() || type.isEmpty() || from.isEmpty() || to.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Event(id.get(), type.get(), from.get(), to.get(), introduces, via, date,
                after, gap, note, value, m.pos()));
    }

    private static Optional<Channel> channel(String raw, SourcePos at, List<Diagnostic> diagnostics) {
        String v = raw.strip();
        Optional<String> problem = Ids.problem(v);
        if (problem.isPresent()) {
            diagnostics.add(Diagnostic.error(at, "channel " + problem.get().replace("an id", "a channel").replace("id:", "channel:"),
                    "for example 'via: " + Ids.suggest(v) + "'; known channels: " + String.join(", ", Channel.KNOWN)));
            return Optional.empty();
        }
        Channel c = Channel.of(v);
        if (!c.known()) {
            DidYouMean.closest(v, Channel.KNOWN).ifPresent(close -> diagnostics.add(Diagnostic.warning(at,
                    "channel '" + v + "' is not one Casebook knows; it is shown as written",
                    "did you mean '" + close + "'?")));
        }
        return Optional.of(c);
    }
}
