package dev.casebook.render;

import dev.casebook.model.EventType;
import dev.casebook.model.Person;
import dev.casebook.analyse.Network;
import dev.casebook.analyse.PersonLinks;
import dev.casebook.render.svg.NetworkDrawing;
import dev.casebook.render.svg.ReportCharts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The view data of the network page: the drawing, the relationships as a table, and who links the most people. */
final class NetworkViews {

    /**
     * The most people the drawing shows. A force-directed drawing of thousands of people is unreadable (and its
     * layout costs the square of their number each round), so a larger network is drawn as its core: the
     * connectors, then the most-linked people. Each person's page still lists all their relationships.
     */
    static final int DRAW_LIMIT = 150;

    private NetworkViews() {
    }

    /**
     * Who is drawn: everyone in a network of at most {@link #DRAW_LIMIT}; else whole neighbourhoods, so that the
     * drawing shows how people are linked rather than scattered names: starting from each connector in turn, then
     * from the most-linked people left, everyone within reach is added breadth first (the most-linked neighbours
     * first, ties by id) until the limit.
     */
    static java.util.Set<String> drawn(Map<String, Integer> links, List<String> connectors, List<Relationships.Pair> pairs) {
        if (links.size() <= DRAW_LIMIT) return links.keySet();
        Comparator<String> mostLinked = Comparator.<String>comparingInt(id -> -links.getOrDefault(id, 0)).thenComparing(Comparator.naturalOrder());
        Map<String, List<String>> neighbours = new java.util.HashMap<>();
        for (Relationships.Pair p : pairs) {
            neighbours.computeIfAbsent(p.a(), k -> new ArrayList<>()).add(p.b());
            neighbours.computeIfAbsent(p.b(), k -> new ArrayList<>()).add(p.a());
        }
        List<String> seeds = new ArrayList<>();
        connectors.stream().filter(links::containsKey).forEach(seeds::add);
        // everyone by links, most first: sorted on their counts taken once, not looked up at every comparison
        record Ranked(String id, int links) {
        }
        links.entrySet().stream().map(e -> new Ranked(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingInt((Ranked r) -> -r.links()).thenComparing(Ranked::id))
                .forEach(r -> seeds.add(r.id()));
        java.util.Set<String> chosen = new java.util.LinkedHashSet<>();
        java.util.ArrayDeque<String> queue = new java.util.ArrayDeque<>();
        for (String seed : seeds) {
            if (chosen.size() >= DRAW_LIMIT) break;
            if (!chosen.add(seed)) continue;
            queue.add(seed);
            while (!queue.isEmpty() && chosen.size() < DRAW_LIMIT) {
                // a person's neighbours are put in order when the walk reaches them: it reaches a few of thousands
                List<String> around = neighbours.get(queue.poll());
                if (around == null) continue;
                around.sort(mostLinked);
                for (String next : around) {
                    if (chosen.size() >= DRAW_LIMIT) break;
                    if (chosen.add(next)) queue.add(next);
                }
            }
            queue.clear();
        }
        return chosen;
    }

    static Map<String, Object> network(SiteViews views, Relationships relationships, Map<String, Person> people, Network network) {
        Map<String, Object> m = views.page("network.html", "Network");
        List<Relationships.Pair> pairs = relationships.pairs();
        Map<String, Integer> links = new TreeMap<>();
        people.keySet().forEach(id -> links.put(id, 0));
        for (Relationships.Pair p : pairs) {
            links.merge(p.a(), 1, Integer::sum);
            links.merge(p.b(), 1, Integer::sum);
        }
        java.util.Set<String> connectorIds = new java.util.HashSet<>(network.connectors());
        java.util.Set<String> drawn = drawn(links, network.connectors(), pairs);
        List<NetworkDrawing.Node> nodes = new ArrayList<>();
        links.forEach((id, n) -> {
            if (drawn.contains(id)) nodes.add(new NetworkDrawing.Node(id, views.name(id), Links.person(id), n, connectorIds.contains(id)));
        });
        List<NetworkDrawing.Edge> edges = new ArrayList<>();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Relationships.Pair p : pairs) {
            if (!drawn.contains(p.a()) || !drawn.contains(p.b())) continue;
            EventType kind = Relationships.strongest(p.kinds());
            List<String> kinds = Relationships.STRENGTH.stream().filter(p.kinds()::contains).map(EventType::word).toList();
            String began = relationships.began(p);
            edges.add(new NetworkDrawing.Edge(p.a(), p.b(), kind.word(),
                    views.name(p.a()) + " and " + views.name(p.b()) + ": " + String.join(", ", kinds) + "; began: " + began));
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("a", views.sharedPersonRef(p.a()));
            row.put("b", views.sharedPersonRef(p.b()));
            row.put("kind", kind.word());
            row.put("kinds", kinds);
            row.put("events", p.events());
            row.put("began", began);
            row.put("story", relationships.storyOf(p.log()));
            rows.add(row);
        }
        m.put("svg", NetworkDrawing.draw(nodes, edges, ""));
        m.put("relationships", rows);
        List<Map<String, Object>> connectors = new ArrayList<>();
        for (String id : network.connectors()) {
            PersonLinks p = network.people().get(id);
            Map<String, Object> ref = views.personRef(id);
            ref.put("links", links.getOrDefault(id, 0));
            ref.put("betweenness", ReportCharts.value(p.betweenness()));
            ref.put("introductions", p.introductionsMade().size());
            connectors.add(ref);
        }
        m.put("connectors", connectors);
        List<Map<String, Object>> everyone = new ArrayList<>();
        links.forEach((id, n) -> {
            Map<String, Object> ref = views.personRef(id);
            ref.put("links", n);
            everyone.add(ref);
        });
        m.put("people", everyone);
        m.put("counts", Map.of("people", links.size(), "relationships", pairs.size(),
                "alone", (int) links.values().stream().filter(v -> v == 0).count(),
                "drawnPeople", nodes.size(), "drawnRelationships", edges.size()));
        m.put("kinds", Relationships.STRENGTH.stream().map(EventType::word).sorted(Comparator.naturalOrder()).toList());
        return m;
    }
}
