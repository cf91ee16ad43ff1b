package dev.casebook.analyse;

import dev.casebook.model.Diagnostic;
import dev.casebook.model.Event;
import dev.casebook.model.EventType;
import dev.casebook.model.Log;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Traces each business event of a timeline back to where it began. From the outcome (client and paid person)
 * it finds the introduction or referral that linked the two, then how that introducer came to know the paid
 * person, and so on, until a first contact with no introducer. The chain's steps are those introductions plus
 * the contacts between the people each one linked, in timeline order.
 */
public final class ReferralChains {

    private ReferralChains() {
    }

    public record Result(List<ReferralChain> chains, List<Diagnostic> problems) {
    }

    public static Result of(Log log, Timeline timeline) {
        List<ReferralChain> chains = new ArrayList<>();
        List<Diagnostic> problems = new ArrayList<>();
        for (PlacedEvent p : timeline.events()) {
            if (p.event().type() != EventType.BUSINESS) continue;
            ReferralChain chain = trace(log, timeline, p);
            if (!chain.traced()) {
                problems.add(Diagnostic.warning(p.event().pos(), "business '" + p.event().id() + "' has no traceable origin: nothing in the log shows how "
                                + p.event().from() + " and " + p.event().to() + " came to know each other",
                        "add the first contact or the introduction that linked them, even with 'date unknown'"));
            }
            chains.add(chain);
        }
        return new Result(chains, problems);
    }

    private static ReferralChain trace(Log log, Timeline timeline, PlacedEvent outcome) {
        List<PlacedEvent> events = timeline.events();
        String paid = outcome.event().to();
        String client = outcome.event().from();
        Set<String> pairs = new HashSet<>();
        List<PlacedEvent> introductions = new ArrayList<>();
        List<String> alternatives = new ArrayList<>();
        Set<String> visited = new HashSet<>();
        String other = client;
        int limit = outcome.index();
        PlacedEvent origin = null;
        while (visited.add(other)) {
            pairs.add(pair(paid, other));
            List<PlacedEvent> links = linksBetween(log, events, paid, other, limit);
            if (!links.isEmpty()) {
                PlacedEvent link = links.get(0); // the earliest: the one a reader would tell
                links.stream().skip(1).forEach(l -> alternatives.add(l.event().id()));
                introductions.add(link);
                String introducer = link.event().from();
                pairs.add(pair(introducer, link.event().to()));
                pairs.add(pair(introducer, TimelineOrder.introduced(link.event(), log)));
                other = introducer;
                limit = link.index();
                continue;
            }
            origin = firstContact(events, paid, other, limit).orElse(null);
            break;
        }
        Set<String> chosen = new HashSet<>();
        introductions.forEach(l -> chosen.add(l.event().id()));
        if (origin != null) chosen.add(origin.event().id());
        List<ChainStep> steps = new ArrayList<>();
        PlacedEvent previous = null;
        for (PlacedEvent p : events) {
            if (p.index() > outcome.index()) break;
            Event e = p.event();
            ChainStep.Role role;
            if (p == outcome) role = ChainStep.Role.OUTCOME;
            else if (chosen.contains(e.id())) role = e.type().connects() ? ChainStep.Role.INTRODUCTION : ChainStep.Role.ORIGIN;
            else if (!e.type().connects() && e.type() != EventType.BUSINESS && pairs.contains(pair(e.from(), e.to()))
                    && (origin == null || p.index() > origin.index())) role = ChainStep.Role.CONTACT;
            else continue;
            Optional<String> by = role == ChainStep.Role.INTRODUCTION ? Optional.of(e.from()) : Optional.empty();
            steps.add(new ChainStep(p, role, by, previous == null ? "" : Elapsed.between(previous, p)));
            previous = p;
        }
        boolean traced = origin != null;
        return new ReferralChain(log.id(), outcome, steps, traced, alternatives);
    }

    /** Introductions and referrals before {@code limit} that link {@code a} and {@code b}, earliest first. */
    private static List<PlacedEvent> linksBetween(Log log, List<PlacedEvent> events, String a, String b, int limit) {
        List<PlacedEvent> out = new ArrayList<>();
        for (PlacedEvent p : events) {
            if (p.index() >= limit) break;
            Event e = p.event();
            if (!e.type().connects()) continue;
            String introduced = TimelineOrder.introduced(e, log);
            if (pair(e.to(), introduced).equals(pair(a, b))) out.add(p);
        }
        return out;
    }

    /** The earliest direct contact of two people before {@code limit}: how they first met. */
    private static Optional<PlacedEvent> firstContact(List<PlacedEvent> events, String a, String b, int limit) {
        String key = pair(a, b);
        for (PlacedEvent p : events) {
            if (p.index() >= limit) break;
            Event e = p.event();
            if (!e.type().connects() && pair(e.from(), e.to()).equals(key)) return Optional.of(p);
        }
        return Optional.empty();
    }

    static String pair(String a, String b) {
        return a.compareTo(b) <= 0 ? a + "\u0000" + b : b + "\u0000" + a;
    }
}
