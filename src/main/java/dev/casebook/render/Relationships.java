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

    private final Map<String, Pair> pairs = new TreeMap<>();
    private final Map<String, List<Pair>> byPerson = new HashMap<>();
    private final Map<String, Story> storyOfLog = new HashMap<>();
    private final SiteViews views;
    private final Casebook casebook;

    Relationships(Casebook casebook, SiteViews views) {
        this.views = views;
        this.casebook = casebook;
        for (Log log : casebook.project().logs()) {
            Timeline t = casebook.timelines().get(log.id());
            if (t == null) continue;
            for (PlacedEvent p : t.events()) {
                Event e = p.event();
                if (e.type().connects()) {
                    String introduced = TimelineOrder.introduced(e, log);
                    add(introduced, e.to(), p, log);
                    add(e.from(), e.to(), p, log);
                    add(e.from(), introduced, p, log);
                } else {
                    add(e.from(), e.to(), p, log);
                }
            }
        }
        for (Pair pair : pairs.values()) {
            byPerson.computeIfAbsent(pair.a(), k -> new ArrayList<>()).add(pair);
            byPerson.computeIfAbsent(pair.b(), k -> new ArrayList<>()).add(pair);
        }
        for (Story s : casebook.project().stories()) {
            s.log().ifPresent(id -> storyOfLog.putIfAbsent(id, s));
        }
    }

    private void add(String x, String y, PlacedEvent p, Log log) {
        if (x.equals(y) || casebook.project().person(x).isEmpty() || casebook.project().person(y).isEmpty()) return;
        String a = x.compareTo(y) < 0 ? x : y;
        String b = x.compareTo(y) < 0 ? y : x;
        Pair old = pairs.get(a + "\u0000" + b);
        Set<EventType> kinds = old == null ? EnumSet.noneOf(EventType.class) : EnumSet.copyOf(old.kinds());
        kinds.add(p.event().type());
        pairs.put(a + "\u0000" + b, old == null ? new Pair(a, b, p, log, kinds, 1) : new Pair(a, b, old.first(), old.log(), kinds, old.events() + 1));
    }

    List<Pair> pairs() {
        return List.copyOf(pairs.values());
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
            row.put("person", views.personRef(other));
            row.put("began", began(pair));
            row.put("when", pair.first().when());
            row.put("kinds", pair.kinds().stream().map(EventType::word).toList());
            row.put("story", storyOf(pair.log()));
            out.add(row);
        }
        return out;
    }

    Map<String, Object> storyOf(Log log) {
        Story s = storyOfLog.get(log.id());
        return s == null ? Map.of() : storyRef(s);
    }

    private Map<String, Object> storyRef(Story s) {
        return Map.of("title", s.title(), "url", Links.story(s.slug()));
    }
}
