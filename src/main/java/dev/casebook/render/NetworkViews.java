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

    private NetworkViews() {
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
        List<NetworkDrawing.Node> nodes = new ArrayList<>();
        java.util.Set<String> connectorIds = new java.util.HashSet<>(network.connectors());
        links.forEach((id, n) -> nodes.add(new NetworkDrawing.Node(id, views.name(id), Links.person(id), n, connectorIds.contains(id))));
        List<NetworkDrawing.Edge> edges = new ArrayList<>();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Relationships.Pair p : pairs) {
            EventType kind = Relationships.strongest(p.kinds());
            List<String> kinds = Relationships.STRENGTH.stream().filter(p.kinds()::contains).map(EventType::word).toList();
            String began = relationships.began(p);
            edges.add(new NetworkDrawing.Edge(p.a(), p.b(), kind.word(),
                    views.name(p.a()) + " and " + views.name(p.b()) + ": " + String.join(", ", kinds) + "; began: " + began));
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("a", views.personRef(p.a()));
            row.put("b", views.personRef(p.b()));
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
        m.put("counts", Map.of("people", nodes.size(), "relationships", edges.size(),
                "alone", (int) links.values().stream().filter(v -> v == 0).count()));
        m.put("kinds", Relationships.STRENGTH.stream().map(EventType::word).sorted(Comparator.naturalOrder()).toList());
        return m;
    }
}
