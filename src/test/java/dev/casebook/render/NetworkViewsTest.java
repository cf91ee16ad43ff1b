package dev.casebook.render;

import org.junit.jupiter.api.Test;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;

class NetworkViewsTest {

    /** The rule as first written: every neighbour list and everyone sorted up front, counts looked up as compared. */
    private static Set<String> drawnByTheRule(Map<String, Integer> links, List<String> connectors, List<Relationships.Pair> pairs) {
        if (links.size() <= NetworkViews.DRAW_LIMIT) return links.keySet();
        Comparator<String> mostLinked = Comparator.<String>comparingInt(id -> -links.getOrDefault(id, 0)).thenComparing(Comparator.naturalOrder());
        Map<String, List<String>> neighbours = new HashMap<>();
        for (Relationships.Pair p : pairs) {
            neighbours.computeIfAbsent(p.a(), k -> new ArrayList<>()).add(p.b());
            neighbours.computeIfAbsent(p.b(), k -> new ArrayList<>()).add(p.a());
        }
        neighbours.values().forEach(list -> list.sort(mostLinked));
        List<String> seeds = new ArrayList<>();
        connectors.stream().filter(links::containsKey).forEach(seeds::add);
        links.keySet().stream().sorted(mostLinked).forEach(seeds::add);
        Set<String> chosen = new LinkedHashSet<>();
        ArrayDeque<String> queue = new ArrayDeque<>();
        for (String seed : seeds) {
            if (chosen.size() >= NetworkViews.DRAW_LIMIT) break;
            if (!chosen.add(seed)) continue;
            queue.add(seed);
            while (!queue.isEmpty() && chosen.size() < NetworkViews.DRAW_LIMIT) {
                for (String next : neighbours.getOrDefault(queue.poll(), List.of())) {
                    if (chosen.size() >= NetworkViews.DRAW_LIMIT) break;
                    if (chosen.add(next)) queue.add(next);
                }
            }
            queue.clear();
        }
        return chosen;
    }

    @Test
    void aBigNetworkIsDrawnAsItsCoreInTheOrderTheRuleGives() {
        Random random = new Random(5);
        for (int round = 0; round < 40; round++) {
            int people = 100 + random.nextInt(900);
            Map<String, Integer> links = new TreeMap<>();
            List<Relationships.Pair> pairs = new ArrayList<>();
            for (int i = 0; i < people * 2; i++) {
                String a = "p" + random.nextInt(people);
                String b = "p" + random.nextInt(people);
                if (a.equals(b)) continue;
                pairs.add(new Relationships.Pair(a, b, null, null, Set.of(), 1));
                links.merge(a, 1, Integer::sum);
                links.merge(b, 1, Integer::sum);
            }
            List<String> connectors = List.of("p" + random.nextInt(people), "p" + random.nextInt(people), "nobody");
            assertEquals(new ArrayList<>(drawnByTheRule(links, connectors, pairs)),
                    new ArrayList<>(NetworkViews.drawn(links, connectors, pairs)), "round " + round);
        }
    }
}
