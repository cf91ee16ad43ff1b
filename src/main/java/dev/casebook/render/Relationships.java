package dev.casebook.render;

import dev.casebook.analyse.Casebook;
import dev.casebook.analyse.EventLabels;
import dev.casebook.analyse.PlacedEvent;
import dev.casebook.analyse.Timeline;
import dev.casebook.analyse.TimelineOrder;
import dev.casebook.model.Event;
import dev.casebook.model.EventType;
import dev.casebook.model.Log;
import dev.casebook.model.Story;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Every pair of people the logs link, with how their relationship began (the first event between them in
 * timeline order) and the kinds of event between them: the data of the network page and of each person's
 * "how each relationship began" list. An introduction links the introduced person with the one they are
 * introduced to, and the introducer with both.
 */
final class Relationships {

    /** Two people (ids in order) and what passed between them. */
    record Pair(String a, String b, PlacedEvent first, Log log, Set<EventType> kinds, int events) {
    }

    /** Strongest first: the kind a network line is drawn as. */
    static final List<EventType> STRENGTH = List.of(EventType.BUSINESS, EventType.REFERRAL, EventType.INTRODUCTION,
            EventType.LAGNIAPPE, EventType.MEETING, EventType.CONVERSATION, EventType.MET, EventType.FOLLOWED);

    /** Every pair, ordered by its first id, then its second. */
    private final List<Pair> pairs;
    private final Map<String, List<Pair>> byPerson = new HashMap<>();
    private final SiteViews views;
    private final Casebook casebook;

    Relationships(Casebook casebook, SiteViews views) {
        this.views = views;
        this.casebook = casebook;
        Map<String, Map<String, Growing>> growing = new HashMap<>();
        for (Log log : casebook.project().logs()) {
            Timeline t = casebook.timelines().get(log.id());
            if (t == null) continue;
            for (PlacedEvent p : t.events()) {
                Event e = p.event();
                if (e.type().connects()) {
                    String introduced = TimelineOrder.introduced(e, log);
                    add(growing, introduced, e.to(), p, log);
                    add(growing, e.from(), e.to(), p, log);
                    add(growing, e.from(), introduced, p, log);
                } else {
                    add(growing, e.from(), e.to(), p, log);
                }
            }
        }
        List<Pair> all = new ArrayList<>();
        for (Map<String, Growing> withA : new TreeMap<>(growing).values()) {
            for (Growing g : new TreeMap<>(withA).values()) all.add(g.pair());
        }
        this.pairs = List.copyOf(all);
        for (Pair pair : pairs) {
            byPerson.computeIfAbsent(pair.a(), k -> new ArrayList<>()).add(pair);
            byPerson.computeIfAbsent(pair.b(), k -> new ArrayList<>()).add(pair);
        }
    }

    /** A pair while the logs are read: the first event between the two, the kinds so far, the count. */
    private static final class Growing {
        private final String a;
        private final String b;
        private final PlacedEvent first;
        private final Log log;
        private final Set<EventType> kinds = EnumSet.noneOf(EventType.class);
        private int events;

        Growing(String a, String b, PlacedEvent first, Log log) {
            this.a = a;
            this.b = b;
            this.first = first;
            this.log = log;
        }

        Pair pair() {
            return new Pair(a, b, first, log, java.util.Collections.unmodifiableSet(kinds), events);
        }
    }

    private void add(Map<String, Map<String, Growing>> growing, String x, String y, PlacedEvent p, Log log) {
        if (x.equals(y) || casebook.project().person(x).isEmpty() || casebook.project().person(y).isEmpty()) return;
        boolean inOrder = x.compareTo(y) < 0;
        String a = inOrder ? x : y;
        String b = inOrder ? y : x;
        Map<String, Growing> withA = growing.computeIfAbsent(a, k -> new HashMap<>());
        Growing g = withA.get(b);
        if (g == null) {
            g = new Growing(a, b, p, log);
            withA.put(b, g);
        }
        g.kinds.add(p.event().type());
        g.events++;
    }

    List<Pair> pairs() {
        return pairs;
    }

    static EventType strongest(Set<EventType> kinds) {
        return STRENGTH.stream().filter(kinds::contains).findFirst().orElse(EventType.MET);
    }

    /** How the relationship began, in words: "introduced by Tina, via Twitter" or "Kathleen and Tina meet, in person". */
    String began(Pair pair) {
        Event e = pair.first().event();
        String introduced = TimelineOrder.introduced(e, pair.log());
        String channel = e.via().map(c -> ", via " + c.label()).orElse("");
        boolean introducedPair = e.type().connects() && Set.of(pair.a(), pair.b()).equals(Set.of(introduced, e.to()));
        if (introducedPair) return (e.type() == EventType.REFERRAL ? "referred by " : "introduced by ") + views.name(e.from()) + channel;
        return EventLabels.sentence(e, views::name, views.name(introduced)) + channel;
    }

    /** The view rows of one person's relationships: the other person, how it began, when, and in which story. */
    List<Map<String, Object>> of(String personId) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Pair pair : byPerson.getOrDefault(personId, List.of())) {
            String other = pair.a().equals(personId) ? pair.b() : pair.a();
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("person", views.sharedPersonRef(other));
            row.put("began", began(pair));
            row.put("when", pair.first().when());
            row.put("kinds", pair.kinds().stream().map(EventType::word).toList());
            row.put("story", storyOf(pair.log()));
            out.add(row);
        }
        return out;
    }

    Map<String, Object> storyOf(Log log) {
        return views.storyOfLog(log.id()).map(this::storyRef).orElse(Map.of());
    }

    private Map<String, Object> storyRef(Story s) {
        return Map.of("title", s.title(), "url", Links.story(s.slug()));
    }
}
