package dev.casebook.analyse;

import dev.casebook.model.Event;
import dev.casebook.model.EventType;
import dev.casebook.model.Log;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static dev.casebook.analyse.LogBuilder.NAMES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Random logs that are consistent by construction (every event has a hidden true day; dates and gaps are
 * written from it), analysed and checked against the rules, with a fixed seed so a failure can be replayed.
 */
class AnalysisPropertiesTest {

    private static final int LOGS = 300;
    private static final EventType[] TYPES = EventType.values();

    /** A random consistent log and the true day of each of its events. */
    private record Sample(Log log, Map<String, LocalDate> truth) {
    }

    private static Sample sample(Random random, int number) {
        int n = 2 + random.nextInt(25);
        int people = 2 + random.nextInt(6);
        LocalDate base = LocalDate.of(2005, 1, 1);
        List<Integer> days = new ArrayList<>();
        for (int i = 0; i < n; i++) days.add(random.nextInt(2000));
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < n; i++) order.add(i);
        Collections.shuffle(order, random);
        LogBuilder b = LogBuilder.log("log" + number).subject("p0");
        Map<String, LocalDate> truth = new HashMap<>();
        List<Integer> written = new ArrayList<>();
        for (int k : order) {
            EventType type = TYPES[random.nextInt(TYPES.length)];
            int from = random.nextInt(people);
            int to = (from + 1 + random.nextInt(people - 1)) % people;
            LogBuilder.EventSpec e = b.event("e" + k, type, "p" + from, "p" + to);
            if (type.connects()) {
                int x = random.nextInt(people);
                if (x != from && x != to) e.introduces("p" + x);
            }
            LocalDate day = base.plusDays(days.get(k));
            truth.put("e" + k, day);
            switch (random.nextInt(5)) {
                case 0 -> e.date(day.toString());
                case 1 -> e.date(day.toString().substring(0, 7));
                case 2 -> e.date(day.toString().substring(0, 4));
                default -> { }
            }
            // an anchor among events that truly happened no later (written before or after this one in the file)
            List<Integer> earlier = new ArrayList<>();
            for (int j = 0; j < n; j++) if (j != k && days.get(j) <= days.get(k) && (days.get(j) < days.get(k) || j < k)) earlier.add(j);
            if (!earlier.isEmpty() && random.nextInt(3) > 0) {
                int a = earlier.get(random.nextInt(earlier.size()));
                int gap = days.get(k) - days.get(a);
                switch (random.nextInt(3)) {
                    case 0 -> e.after("e" + a, gap + " days");
                    case 1 -> e.after("e" + a, "a while");
                    default -> e.after("e" + a);
                }
            }
            written.add(k);
        }
        return new Sample(b.build(), truth);
    }

    @Test
    void everyConstraintHoldsInTheComputedOrder() {
        Random random = new Random(20260105L);
        for (int s = 0; s < LOGS; s++) {
            Sample sample = sample(random, s);
            TimelineOrder.Result r = TimelineOrder.of(sample.log(), NAMES);
            String where = "sample " + s;
            assertEquals(List.of(), r.problems(), where);
            List<PlacedEvent> events = r.timeline().events();
            assertEquals(sample.log().events().size(), events.size(), where);
            Map<String, Integer> at = new HashMap<>();
            for (int i = 0; i < events.size(); i++) {
                assertEquals(i, events.get(i).index(), where);
                at.put(events.get(i).event().id(), i);
            }
            for (PlacedEvent p : events) {
                Event e = p.event();
                LocalDate day = sample.truth().get(e.id());
                p.window().earliest().ifPresent(d -> assertFalse(d.isAfter(day), where + ": " + e.id() + " earliest " + d + " after true " + day));
                p.window().latest().ifPresent(d -> assertFalse(d.isBefore(day), where + ": " + e.id() + " latest " + d + " before true " + day));
                e.after().ifPresent(a -> assertTrue(at.get(a) < p.index(), where + ": " + e.id() + " before its anchor " + a));
                e.date().ifPresent(d -> {
                    assertFalse(p.window().earliest().orElseThrow().isBefore(d.earliest()), where);
                    assertFalse(p.window().latest().orElseThrow().isAfter(d.latest()), where);
                });
            }
            for (PlacedEvent x : events) {
                for (PlacedEvent y : events) {
                    if (x.window().latest().isPresent() && y.window().earliest().isPresent()
                            && x.window().latest().get().isBefore(y.window().earliest().get())) {
                        assertTrue(x.index() < y.index(), where + ": " + x.event().id() + " must come before " + y.event().id());
                    }
                }
            }
        }
    }

    @Test
    void everyChainHopIsARealEventInTimeOrder() {
        Random random = new Random(77L);
        int traced = 0;
        int withAlternatives = 0;
        for (int s = 0; s < LOGS; s++) {
            Log log = sample(random, s).log();
            Timeline timeline = TimelineOrder.of(log, NAMES).timeline();
            ReferralChains.Result r = ReferralChains.of(log, timeline);
            long business = log.events().stream().filter(e -> e.type() == EventType.BUSINESS).count();
            assertEquals(business, r.chains().size());
            assertEquals(r.chains().stream().filter(c -> !c.traced()).count(), r.problems().size());
            for (ReferralChain c : r.chains()) {
                List<ReferralChain> all = new ArrayList<>(c.alternatives());
                all.add(0, c);
                if (c.traced()) traced++;
                if (!c.alternatives().isEmpty()) withAlternatives++;
                for (ReferralChain chain : all) {
                    List<ChainStep> steps = chain.steps();
                    assertSame(c.outcome(), steps.get(steps.size() - 1).placed());
                    for (int i = 0; i < steps.size(); i++) {
                        PlacedEvent p = steps.get(i).placed();
                        assertSame(timeline.events().get(p.index()), p, "a hop is an event of the timeline");
                        if (i > 0) assertTrue(steps.get(i - 1).placed().index() < p.index(), "steps in time order");
                    }
                    if (chain.traced()) {
                        ChainStep origin = steps.get(0);
                        assertEquals(ChainStep.Role.ORIGIN, origin.role());
                        assertFalse(origin.placed().event().type().connects());
                    }
                    for (ChainStep step : chain.hops()) {
                        if (step.role() == ChainStep.Role.INTRODUCTION) assertTrue(step.placed().event().type().connects());
                    }
                }
            }
        }
        assertTrue(traced > 20, "the samples exercise traced chains: " + traced);
        assertTrue(withAlternatives > 0, "the samples exercise alternatives");
    }
}
