package dev.casebook.analyse;

import dev.casebook.model.Event;
import dev.casebook.model.Log;
import dev.casebook.model.Project;
import dev.casebook.model.Story;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/** The people of the whole project and how they are linked, person by person. */
public record Network(Map<String, PersonLinks> people) {
    public Network {
        people = Map.copyOf(people);
    }

    public static Network of(Project project, Map<String, Timeline> timelines, Map<String, List<ReferralChain>> chains) {
        Map<String, TreeSet<String>> stories = new TreeMap<>();
        Map<String, List<EventRef>> made = new TreeMap<>();
        Map<String, List<EventRef>> received = new TreeMap<>();
        Map<String, TreeSet<EventRef>> enabled = new TreeMap<>();
        Map<String, TreeSet<String>> contacts = new TreeMap<>();
        Map<String, List<String>> storiesOfLog = new TreeMap<>();
        for (Story s : project.stories()) {
            s.people().forEach(p -> stories.computeIfAbsent(p, k -> new TreeSet<>()).add(s.slug()));
            s.log().ifPresent(l -> storiesOfLog.computeIfAbsent(l, k -> new ArrayList<>()).add(s.slug()));
        }
        for (Log log : project.logs()) {
            Timeline t = timelines.get(log.id());
            for (PlacedEvent p : t.events()) {
                Event e = p.event();
                EventRef ref = new EventRef(log.id(), e.id());
                List<String> involved = new ArrayList<>(List.of(e.from(), e.to()));
                if (e.type().connects()) {
                    String introduced = TimelineOrder.introduced(e, log);
                    involved.add(introduced);
                    made.computeIfAbsent(e.from(), k -> new ArrayList<>()).add(ref);
                    received.computeIfAbsent(e.to(), k -> new ArrayList<>()).add(ref);
                    if (!introduced.equals(e.to())) received.computeIfAbsent(introduced, k -> new ArrayList<>()).add(ref);
                }
                for (String a : involved) {
                    for (String b : involved) if (!a.equals(b)) contacts.computeIfAbsent(a, k -> new TreeSet<>()).add(b);
                    storiesOfLog.getOrDefault(log.id(), List.of())
                            .forEach(slug -> stories.computeIfAbsent(a, k -> new TreeSet<>()).add(slug));
                }
            }
            for (ReferralChain c : chains.getOrDefault(log.id(), List.of())) {
                EventRef outcome = new EventRef(log.id(), c.outcome().event().id());
                for (ChainStep s : c.steps()) {
                    Event e = s.placed().event();
                    enabled.computeIfAbsent(e.from(), k -> new TreeSet<>()).add(outcome);
                    enabled.computeIfAbsent(e.to(), k -> new TreeSet<>()).add(outcome);
                }
            }
        }
        Map<String, PersonLinks> out = new TreeMap<>();
        for (String id : project.people().keySet()) {
            out.put(id, new PersonLinks(id, List.copyOf(stories.getOrDefault(id, new TreeSet<>())),
                    made.getOrDefault(id, List.of()), received.getOrDefault(id, List.of()),
                    List.copyOf(enabled.getOrDefault(id, new TreeSet<>())), List.copyOf(contacts.getOrDefault(id, new TreeSet<>()))));
        }
        return new Network(out);
    }
}
