package dev.casebook.analyse;

import dev.casebook.model.Diagnostic;
import dev.casebook.model.Event;
import dev.casebook.model.EventType;
import dev.casebook.model.Log;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Traces each business event of a timeline back to where it began. From the outcome (client and paid person)
 * it finds the introduction or referral that linked the two, then how that introducer came to know the paid
 * person (or, when the log does not say, the client), and so on, until a first contact with no introducer.
 * Of several complete paths the one that starts earliest is told; the others are kept as alternatives. The
 * steps are the hops plus the contacts between the people each hop linked, in timeline order. Work per
 * outcome depends on the events of the people involved, never on the size of the log.
 */
public final class ReferralChains {

    /** How many complete paths are kept per outcome, and how many pairs a search may visit. */
    private static final int MAX_PATHS = 8;
    private static final int MAX_VISITS = 512;

    private ReferralChains() {
    }

    public record Result(List<ReferralChain> chains, List<Diagnostic> problems) {
    }

    public static Result of(Log log, Timeline timeline) {
        PairIndex index = new PairIndex(log, timeline);
        List<ReferralChain> chains = new ArrayList<>();
        List<Diagnostic> problems = new ArrayList<>();
        for (PlacedEvent p : timeline.events()) {
            if (p.event().type() != EventType.BUSINESS) continue;
            ReferralChain chain = trace(log, timeline, index, p);
            if (!chain.traced()) problems.add(untraced(log, chain));
            chains.add(chain);
        }
        return new Result(chains, problems);
    }

    private static Diagnostic untraced(Log log, ReferralChain chain) {
        Event e = chain.outcome().event();
        List<ChainStep> hops = chain.hops();
        if (hops.size() <= 1) {
            return Diagnostic.warning(e.pos(), "business '" + e.id() + "' has no traceable origin: nothing in the log shows how '"
                            + e.from() + "' and '" + e.to() + "' came to know each other",
                    "add the first contact or the introduction that linked them, even with no date");
        }
        Event top = hops.get(0).placed().event();
        return Diagnostic.warning(e.pos(), "business '" + e.id() + "' has no traceable origin: the chain stops at '" + top.id()
                        + "' (line " + top.pos().line() + "); nothing shows how '" + top.from() + "' came to know '"
                        + top.to() + "' or '" + TimelineOrder.introduced(top, log) + "'",
                "add how the introducer first met one of them, even with no date");
    }

    /** The events of each pair of people, split into links (an introduction of one to the other) and direct contacts. */
    private static final class PairIndex {
        private final Map<String, List<PlacedEvent>> links = new HashMap<>();
        private final Map<String, List<PlacedEvent>> contacts = new HashMap<>();
        private final Log log;

        PairIndex(Log log, Timeline timeline) {
            this.log = log;
            for (PlacedEvent p : timeline.events()) {
                Event e = p.event();
                if (e.type().connects()) {
                    String introduced = TimelineOrder.introduced(e, log);
                    if (!introduced.equals(e.to())) links.computeIfAbsent(pair(e.to(), introduced), k -> new ArrayList<>(2)).add(p);
                } else if (!e.from().equals(e.to())) {
                    contacts.computeIfAbsent(pair(e.from(), e.to()), k -> new ArrayList<>(2)).add(p);
                }
            }
        }

        List<PlacedEvent> links(String a, String b) {
            return links.getOrDefault(pair(a, b), List.of());
        }

        List<PlacedEvent> contacts(String a, String b) {
            return contacts.getOrDefault(pair(a, b), List.of());
        }

        /** The earliest direct contact of two people before {@code limit}: how they first met. */
        Optional<PlacedEvent> firstContact(String a, String b, int limit) {
            List<PlacedEvent> all = contacts(a, b);
            return all.isEmpty() || all.get(0).index() >= limit ? Optional.empty() : Optional.of(all.get(0));
        }

        String introduced(Event e) {
            return TimelineOrder.introduced(e, log);
        }
    }

    /** A path being built: the introductions from the outcome backwards, and the first contact it ends at (if any). */
    private record Path(List<PlacedEvent> links, Optional<PlacedEvent> origin) {
        int start() {
            return origin.map(PlacedEvent::index).orElse(Integer.MAX_VALUE);
        }
    }

    /** Depth-first search over pairs; collects complete paths and the first partial one, within fixed budgets. */
    private static final class Search {
        private final PairIndex index;
        private final List<Path> complete = new ArrayList<>();
        private Path partial;
        private int visits;

        Search(PairIndex index) {
            this.index = index;
        }

        /** How {@code carried} and {@code other} came to be linked before {@code limit}. */
        void explore(String carried, String other, int limit, List<PlacedEvent> stack, Set<String> people) {
            if (visits++ >= MAX_VISITS || complete.size() >= MAX_PATHS) return;
            Optional<PlacedEvent> first = index.firstContact(carried, other, limit);
            int before = first.map(PlacedEvent::index).orElse(limit);
            List<PlacedEvent> links = index.links(carried, other);
            // a first contact is an origin only when no introduction of the two came before it
            if (first.isPresent() && (links.isEmpty() || links.get(0).index() > before)) {
                complete.add(new Path(List.copyOf(stack), first));
                return;
            }
            boolean any = false;
            for (PlacedEvent link : links) {
                if (link.index() >= before) break;
                String introducer = link.event().from();
                if (people.contains(introducer)) continue;
                any = true;
                stack.add(link);
                people.add(introducer);
                int found = complete.size();
                explore(carried, introducer, link.index(), stack, people);
                if (complete.size() == found) explore(other, introducer, link.index(), stack, people);
                people.remove(introducer);
                stack.remove(stack.size() - 1);
            }
            if (!any && (partial == null || stack.size() > partial.links().size())) {
                partial = new Path(List.copyOf(stack), Optional.empty());
            }
        }
    }

    private static ReferralChain trace(Log log, Timeline timeline, PairIndex index, PlacedEvent outcome) {
        Event b = outcome.event();
        Search search = new Search(index);
        Set<String> people = new HashSet<>(List.of(b.from(), b.to()));
        search.explore(b.to(), b.from(), outcome.index(), new ArrayList<>(), people);
        List<Path> paths = new ArrayList<>(search.complete);
        paths.sort(Comparator.comparingInt(Path::start).thenComparing(ReferralChains::linkIndices, ReferralChains::compareLists));
        if (paths.isEmpty()) {
            Path partial = search.partial == null ? new Path(List.of(), Optional.empty()) : search.partial;
            return chainOf(log, timeline, index, outcome, partial, List.of());
        }
        List<ReferralChain> alternatives = new ArrayList<>();
        for (Path p : paths.subList(1, paths.size())) alternatives.add(chainOf(log, timeline, index, outcome, p, List.of()));
        return chainOf(log, timeline, index, outcome, paths.get(0), alternatives);
    }

    private static List<Integer> linkIndices(Path p) {
        List<Integer> out = new ArrayList<>();
        for (int i = p.links().size() - 1; i >= 0; i--) out.add(p.links().get(i).index());
        return out;
    }

    private static int compareLists(List<Integer> a, List<Integer> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = Integer.compare(a.get(i), b.get(i));
            if (c != 0) return c;
        }
        return Integer.compare(a.size(), b.size());
    }

    /** The chain's steps: its hops, plus the contacts between the people each hop linked, between origin and outcome. */
    private static ReferralChain chainOf(Log log, Timeline timeline, PairIndex index, PlacedEvent outcome, Path path,
                                         List<ReferralChain> alternatives) {
        TreeMap<Integer, ChainStep.Role> roles = new TreeMap<>();
        Map<Integer, PlacedEvent> byIndex = new HashMap<>();
        Map<String, String> introducerOf = new HashMap<>();
        Map<String, Integer> linkedAt = new HashMap<>();
        int start = path.origin().map(PlacedEvent::index).orElse(path.links().isEmpty() ? outcome.index()
                : path.links().get(path.links().size() - 1).index());
        path.origin().ifPresent(o -> {
            roles.put(o.index(), ChainStep.Role.ORIGIN);
            byIndex.put(o.index(), o);
            linkedAt.putIfAbsent(pair(o.event().from(), o.event().to()), o.index());
        });
        for (PlacedEvent link : path.links()) {
            Event e = link.event();
            String introduced = index.introduced(e);
            roles.put(link.index(), ChainStep.Role.INTRODUCTION);
            byIndex.put(link.index(), link);
            introducerOf.put(pair(e.to(), introduced), e.from());
            linkedAt.merge(pair(e.to(), introduced), link.index(), Math::min);
            linkedAt.merge(pair(e.from(), e.to()), start, Math::min);
            linkedAt.merge(pair(e.from(), introduced), start, Math::min);
        }
        for (Map.Entry<String, Integer> linked : linkedAt.entrySet()) {
            String[] two = linked.getKey().split("\u0000", 2);
            for (PlacedEvent c : index.contacts(two[0], two[1])) {
                if (c.index() <= linked.getValue() || c.index() <= start) continue;
                if (c.index() >= outcome.index()) break;
                if (c.event().type() == EventType.BUSINESS) continue;
                roles.putIfAbsent(c.index(), ChainStep.Role.CONTACT);
                byIndex.putIfAbsent(c.index(), c);
            }
        }
        roles.put(outcome.index(), ChainStep.Role.OUTCOME);
        byIndex.put(outcome.index(), outcome);
        List<ChainStep> steps = new ArrayList<>(roles.size());
        PlacedEvent previous = null;
        for (Map.Entry<Integer, ChainStep.Role> r : roles.entrySet()) {
            PlacedEvent p = byIndex.get(r.getKey());
            Event e = p.event();
            Optional<String> by = switch (r.getValue()) {
                case INTRODUCTION -> Optional.of(e.from());
                case CONTACT -> Optional.ofNullable(introducerOf.get(pair(e.from(), e.to())));
                default -> Optional.empty();
            };
            Elapsed elapsed = previous == null ? Elapsed.NONE : Elapsed.between(previous, p, timeline);
            steps.add(new ChainStep(p, r.getValue(), by, elapsed));
            previous = p;
        }
        return new ReferralChain(log.id(), outcome, steps, path.origin().isPresent(), alternatives);
    }

    static String pair(String a, String b) {
        return a.compareTo(b) <= 0 ? a + "\u0000" + b : b + "\u0000" + a;
    }
}
