package dev.casebook.analyse;

import dev.casebook.model.Event;
import dev.casebook.model.Log;
import dev.casebook.model.Project;
import dev.casebook.model.Story;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The people of the whole project and how they are linked: every edge, each person's links and metrics, and the
 * connectors (people with the highest betweenness on the introduction graph, where an introducer is joined to
 * the two people they introduced). {@code exactBetweenness} is false when a very large component was sampled.
 */
public record Network(Map<String, PersonLinks> people, List<Link> links, List<String> connectors, boolean exactBetweenness) {

    /** How many connectors the network names at most. */
    public static final int CONNECTORS = 10;

    public Network {
        people = Map.copyOf(people);
        links = List.copyOf(links);
        connectors = List.copyOf(connectors);
    }

    public static Network of(Project project, Map<String, Timeline> timelines, Map<String, List<ReferralChain>> chains) {
        Builder b = new Builder(project);
        for (Log log : project.logs()) b.add(log, timelines.get(log.id()), chains.getOrDefault(log.id(), List.of()));
        return b.build();
    }

    /** Collects, log by log, what each person did; each event is visited once. */
    private static final class Builder {
        private final Project project;
        private final Map<String, Integer> ids = new HashMap<>();
        private final String[] names;
        private final List<TreeSet<String>> stories = new ArrayList<>();
        private final List<List<EventRef>> made = new ArrayList<>();
        private final List<List<EventRef>> received = new ArrayList<>();
        private final List<TreeSet<EventRef>> enabled = new ArrayList<>();
        private final List<Map<String, First>> first = new ArrayList<>();
        private final List<long[]> introEdges = new ArrayList<>();
        private final List<Link> links = new ArrayList<>();
        private final Map<String, List<String>> storiesOfLog = new HashMap<>();

        /** The first event two people shared, with what is known of its date. */
        private record First(EventRef event, Optional<LocalDate> earliest) {
        }

        Builder(Project project) {
            this.project = project;
            this.names = project.people().keySet().toArray(new String[0]);
            for (int i = 0; i < names.length; i++) {
                ids.put(names[i], i);
                stories.add(new TreeSet<>());
                made.add(new ArrayList<>());
                received.add(new ArrayList<>());
                enabled.add(new TreeSet<>());
                first.add(new HashMap<>());
            }
            for (Story s : project.stories()) {
                s.people().forEach(p -> person(p).ifPresent(i -> stories.get(i).add(s.slug())));
                s.log().ifPresent(l -> storiesOfLog.computeIfAbsent(l, k -> new ArrayList<>()).add(s.slug()));
            }
        }

        private Optional<Integer> person(String id) {
            return Optional.ofNullable(ids.get(id));
        }

        void add(Log log, Timeline timeline, List<ReferralChain> logChains) {
            List<String> slugs = storiesOfLog.getOrDefault(log.id(), List.of());
            for (PlacedEvent p : timeline.events()) {
                Event e = p.event();
                EventRef ref = new EventRef(log.id(), e.id());
                String[] involved;
                if (e.type().connects()) {
                    String introduced = TimelineOrder.introduced(e, log);
                    involved = new String[]{e.from(), e.to(), introduced};
                    person(e.from()).ifPresent(i -> made.get(i).add(ref));
                    person(e.to()).ifPresent(i -> received.get(i).add(ref));
                    if (!introduced.equals(e.to())) person(introduced).ifPresent(i -> received.get(i).add(ref));
                    links.add(new Link(e.from(), e.to(), e.type(), e.via(), ref, true));
                    links.add(new Link(e.from(), introduced, e.type(), e.via(), ref, true));
                    links.add(new Link(e.to(), introduced, e.type(), e.via(), ref, false));
                    introEdge(e.from(), e.to());
                    introEdge(e.from(), introduced);
                } else {
                    involved = new String[]{e.from(), e.to()};
                    links.add(new Link(e.from(), e.to(), e.type(), e.via(), ref, true));
                }
                for (String a : involved) {
                    Optional<Integer> ai = person(a);
                    if (ai.isEmpty()) continue;
                    stories.get(ai.get()).addAll(slugs);
                    for (String other : involved) if (!other.equals(a)) meet(ai.get(), other, ref, p.window().earliest());
                }
            }
            for (ReferralChain c : logChains) {
                EventRef outcome = new EventRef(log.id(), c.outcome().event().id());
                for (ChainStep s : c.steps()) {
                    Event e = s.placed().event();
                    person(e.from()).ifPresent(i -> enabled.get(i).add(outcome));
                    person(e.to()).ifPresent(i -> enabled.get(i).add(outcome));
                    if (e.type().connects()) person(TimelineOrder.introduced(e, log)).ifPresent(i -> enabled.get(i).add(outcome));
                }
            }
        }

        /**
         * Keeps the first event shared with {@code other}: within a log the earlier in its timeline (logs come in id
         * order); across logs the one with the earlier known date, an unknown date never replacing a known one.
         */
        private void meet(int a, String other, EventRef ref, Optional<LocalDate> earliest) {
            first.get(a).merge(other, new First(ref, earliest), (old, now) ->
                    now.earliest().isPresent() && (old.earliest().isEmpty() && !old.event().logId().equals(ref.logId())
                            || old.earliest().isPresent() && now.earliest().get().isBefore(old.earliest().get())) ? now : old);
        }

        private void introEdge(String a, String b) {
            Optional<Integer> x = person(a);
            Optional<Integer> y = person(b);
            if (x.isEmpty() || y.isEmpty() || x.get().equals(y.get())) return;
            introEdges.add(new long[]{x.get(), y.get()});
        }

        Network build() {
            int n = names.length;
            int[][] graph = introductionGraph(n);
            Betweenness.Scores scores = Betweenness.of(graph[0], graph[1]);
            Map<String, PersonLinks> out = new TreeMap<>();
            for (int i = 0; i < n; i++) {
                Map<String, EventRef> firsts = new TreeMap<>();
                first.get(i).forEach((k, v) -> firsts.put(k, v.event()));
                out.put(names[i], new PersonLinks(names[i], List.copyOf(stories.get(i)), made.get(i), received.get(i),
                        List.copyOf(enabled.get(i)), List.copyOf(firsts.keySet()), firsts, firsts.size(), scores.values()[i]));
            }
            List<String> connectors = out.values().stream().filter(p -> p.betweenness() > 0)
                    .sorted(Comparator.comparingDouble(PersonLinks::betweenness).reversed()
                            .thenComparing(p -> -p.introductionsMade().size()).thenComparing(PersonLinks::personId))
                    .limit(CONNECTORS).map(PersonLinks::personId).toList();
            return new Network(out, links, connectors, scores.exact());
        }

        /** The introduction graph in compressed form ({start, targets}): each undirected edge once per end, no repeats. */
        private int[][] introductionGraph(int n) {
            long[] keys = new long[introEdges.size() * 2];
            int k = 0;
            for (long[] e : introEdges) {
                keys[k++] = e[0] << 32 | e[1];
                keys[k++] = e[1] << 32 | e[0];
            }
            Arrays.sort(keys);
            int[] start = new int[n + 1];
            int[] targets = new int[keys.length];
            int m = 0;
            for (int i = 0; i < keys.length; i++) {
                if (i > 0 && keys[i] == keys[i - 1]) continue;
                int from = (int) (keys[i] >>> 32);
                targets[m++] = (int) keys[i];
                start[from + 1]++;
            }
            for (int v = 0; v < n; v++) start[v + 1] += start[v];
            return new int[][]{start, Arrays.copyOf(targets, m)};
        }
    }
}
