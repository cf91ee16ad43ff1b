package dev.casebook.analyse;

import dev.casebook.load.DateParser;
import dev.casebook.load.GapParser;
import dev.casebook.model.Channel;
import dev.casebook.model.Event;
import dev.casebook.model.EventType;
import dev.casebook.model.Log;
import dev.casebook.model.PartialDate;
import dev.casebook.model.Person;
import dev.casebook.model.Project;
import dev.casebook.model.SourcePos;
import dev.casebook.model.Story;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/** Hand-made logs for tests, without files: events line up at lines 10, 20, 30... of {@code logs/<id>.yaml}. */
final class LogBuilder {

    private final String id;
    private final List<EventSpec> events = new ArrayList<>();
    private Optional<String> subject = Optional.empty();

    LogBuilder(String id) {
        this.id = id;
    }

    static LogBuilder log(String id) {
        return new LogBuilder(id);
    }

    LogBuilder subject(String person) {
        subject = Optional.of(person);
        return this;
    }

    /** Adds an event and returns it for its optional fields. */
    EventSpec event(String eventId, EventType type, String from, String to) {
        EventSpec e = new EventSpec(this, eventId, type, from, to);
        events.add(e);
        return e;
    }

    Log build() {
        List<Event> out = new ArrayList<>();
        Set<String> people = new LinkedHashSet<>();
        for (int i = 0; i < events.size(); i++) {
            EventSpec s = events.get(i);
            out.add(new Event(s.id, s.type, s.from, s.to, s.introduces, s.via.map(Channel::new), s.date, s.after,
                    s.gap.map(GapParser::parse), Optional.empty(), s.value, new SourcePos("logs/" + id + ".yaml", 10 * (i + 1), 5)));
            people.add(s.from);
            people.add(s.to);
            s.introduces.ifPresent(people::add);
        }
        subject.ifPresent(people::add);
        List<Person> persons = people.stream().map(LogBuilder::person).toList();
        return new Log(id, SourcePos.of("logs/" + id + ".yaml"), subject, persons, out);
    }

    static Person person(String id) {
        return new Person(id, Character.toUpperCase(id.charAt(0)) + id.substring(1), Optional.empty(), Optional.empty(),
                Optional.empty(), false, SourcePos.of("people.yaml"));
    }

    /** A project of these logs, each told by one story tagged with the given themes. */
    static Project project(List<Log> logs, List<String> tags) {
        Map<String, Person> people = new TreeMap<>();
        List<Story> stories = new ArrayList<>();
        for (Log l : logs) {
            l.people().forEach(p -> people.put(p.id(), p));
            stories.add(new Story("story-" + l.id(), SourcePos.of("stories/" + l.id() + ".md"), "Story " + l.id(), Optional.empty(),
                    Optional.empty(), Optional.empty(), tags, List.of(), Optional.of(l.id()), List.of(), List.of(), false, dev.casebook.model.StoryBody.of(""), 1));
        }
        return new Project(stories, logs, people);
    }

    static PartialDate date(String iso) {
        return ((DateParser.Parsed) DateParser.parse(iso)).date();
    }

    static final Function<String, String> NAMES = id -> Character.toUpperCase(id.charAt(0)) + id.substring(1);

    /** One event's fields; its setters return itself, {@link #and()} returns to the log. */
    static final class EventSpec {
        private final LogBuilder log;
        final String id;
        final EventType type;
        final String from;
        final String to;
        Optional<String> introduces = Optional.empty();
        Optional<String> via = Optional.empty();
        Optional<PartialDate> date = Optional.empty();
        Optional<String> after = Optional.empty();
        Optional<String> gap = Optional.empty();
        Optional<String> value = Optional.empty();

        EventSpec(LogBuilder log, String id, EventType type, String from, String to) {
            this.log = log;
            this.id = id;
            this.type = type;
            this.from = from;
            this.to = to;
        }

        EventSpec introduces(String person) {
            introduces = Optional.of(person);
            return this;
        }

        EventSpec via(String channel) {
            via = Optional.of(channel);
            return this;
        }

        EventSpec date(String iso) {
            date = Optional.of(LogBuilder.date(iso));
            return this;
        }

        EventSpec after(String eventId) {
            after = Optional.of(eventId);
            return this;
        }

        EventSpec after(String eventId, String gapWords) {
            after = Optional.of(eventId);
            gap = Optional.of(gapWords);
            return this;
        }

        EventSpec value(String v) {
            value = Optional.of(v);
            return this;
        }

        EventSpec event(String eventId, EventType type, String from, String to) {
            return log.event(eventId, type, from, to);
        }

        Log build() {
            return log.build();
        }
    }
}
