package dev.casebook.analyse;

import dev.casebook.model.Event;
import dev.casebook.model.EventType;
import dev.casebook.model.Log;
import dev.casebook.model.Project;
import dev.casebook.model.Story;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The cross-story report: what the whole casebook shows about how relationships became business, computed from
 * the timelines, chains and network (never typed in). Plain data for the render stage.
 *
 * @param outcomes          business events in all logs
 * @param traced            of those, how many have a chain back to a first contact
 * @param untraced          the business events with no traceable origin, by log and id
 * @param startingChannels  for traced chains, the channel of the first contact (its label, or "channel not given"),
 *                          with how many chains start there, most first
 * @param referrals         introductions and referrals in all logs
 * @param afterLagniappe    of those, how many came after a lagniappe (something extra given freely) between the
 *                          introducer and one of the two people introduced, earlier in the same timeline
 * @param timeToBusiness    time from the first contact of each traced chain to its business, with how it is known
 * @param topConnectors     the people with the highest betweenness on the introduction graph, highest first
 * @param eventTypes        how many events of each type (the word used in logs), in all logs
 * @param themes            how many published stories carry each theme (tag as written)
 */
public record Report(int outcomes, int traced, List<EventRef> untraced, List<Count> startingChannels, int referrals,
                     int afterLagniappe, TimeToBusiness timeToBusiness, List<Connector> topConnectors,
                     Map<String, Integer> eventTypes, Map<String, Integer> themes) {
    public Report {
        untraced = List.copyOf(untraced);
        startingChannels = List.copyOf(startingChannels);
        topConnectors = List.copyOf(topConnectors);
        eventTypes = Map.copyOf(eventTypes);
        themes = Map.copyOf(themes);
    }

    /** A name and how many times it was counted. */
    public record Count(String name, int count) {
    }

    /**
     * A connector: who, their betweenness on the introduction graph, the introductions they made and the number
     * of outcomes whose chains they are on.
     */
    public record Connector(String personId, double betweenness, int introductionsMade, int outcomesEnabled) {
    }

    /**
     * Time from first contact to business over the traced chains.
     *
     * @param chains        traced chains considered
     * @param measured      of those, how many could be measured at all (from dates or numeric gaps)
     * @param exact         of the measured, how many from two exact dates (to the day)
     * @param medianDays    the median of the measured spans (each taken at the middle of its range)
     * @param shortestDays  the shortest span any chain can have had
     * @param longestDays   the longest span any chain can have had
     * @param median        the median in words: "about 5 months" when every span is from exact dates, "roughly 5
     *                      months" when some are estimates, or "not measurable"
     * @param basis         how honest the figures are, in words ("1 of 2 chains measured, 0 to the day")
     */
    public record TimeToBusiness(int chains, int measured, int exact, Optional<Long> medianDays, Optional<Long> shortestDays,
                                 Optional<Long> longestDays, String median, String basis) {
    }

    /** The share of referrals that followed a lagniappe, 0 to 1 (0 when there are none). */
    public double lagniappeShare() {
        return referrals == 0 ? 0 : afterLagniappe / (double) referrals;
    }

    /**
     * The report in plain sentences, for a reader: one line per finding, names given by {@code name} (a person
     * id to the name the public site shows).
     */
    public List<String> findings(java.util.function.Function<String, String> name) {
        List<String> out = new ArrayList<>();
        out.add(traced + " of " + outcomes + " business outcome" + (outcomes == 1 ? "" : "s") + " can be traced back to a first contact"
                + (untraced.isEmpty() ? "." : "; " + untraced.size() + " cannot."));
        if (!startingChannels.isEmpty()) {
            out.add("Chains that ended in business started " + String.join(", ", startingChannels.stream()
                    .map(c -> (c.name().equals("in person") ? "in person" : "on " + c.name()) + " (" + c.count() + ")").toList()) + ".");
        }
        out.add(afterLagniappe + " of " + referrals + " introductions and referrals came after a lagniappe between the introducer and "
                + "one of the people introduced" + (referrals == 0 ? "." : " (" + Math.round(100 * lagniappeShare()) + "%)."));
        out.add(timeToBusiness.medianDays().isEmpty() ? "Time from first contact to business: not measurable from the dates given ("
                + timeToBusiness.basis() + ")." : "Time from first contact to business: " + timeToBusiness.median() + " (median), from "
                + Elapsed.amount(timeToBusiness.shortestDays().get()) + " to " + Elapsed.amount(timeToBusiness.longestDays().get())
                + "; " + timeToBusiness.basis() + ".");
        if (!topConnectors.isEmpty()) {
            out.add("Top connectors: " + String.join(", ", topConnectors.stream().map(c -> name.apply(c.personId())
                    + " (" + c.introductionsMade() + " introduction" + (c.introductionsMade() == 1 ? "" : "s") + ")").toList()) + ".");
        }
        return out;
    }

    /** Computes the report in one pass over each log's timeline and chains. */
    public static Report of(Project project, Map<String, Timeline> timelines, Map<String, List<ReferralChain>> chains, Network network) {
        int outcomes = 0;
        int referrals = 0;
        int afterLagniappe = 0;
        List<EventRef> untraced = new ArrayList<>();
        Map<String, Integer> channels = new TreeMap<>();
        Map<String, Integer> types = new TreeMap<>();
        List<long[]> spans = new ArrayList<>();
        int traced = 0;
        int exact = 0;
        for (Log log : project.logs()) {
            Timeline timeline = timelines.get(log.id());
            Set<String> gave = new HashSet<>();
            for (PlacedEvent p : timeline.events()) {
                Event e = p.event();
                types.merge(e.type().word(), 1, Integer::sum);
                if (e.type() == EventType.LAGNIAPPE) gave.add(ReferralChains.pair(e.from(), e.to()));
                if (e.type().connects()) {
                    referrals++;
                    if (gave.contains(ReferralChains.pair(e.from(), e.to()))
                            || gave.contains(ReferralChains.pair(e.from(), TimelineOrder.introduced(e, log)))) afterLagniappe++;
                }
            }
            for (ReferralChain c : chains.getOrDefault(log.id(), List.of())) {
                outcomes++;
                if (!c.traced()) {
                    untraced.add(new EventRef(log.id(), c.outcome().event().id()));
                    continue;
                }
                traced++;
                ChainStep origin = c.origin().orElseThrow();
                channels.merge(origin.channel().map(ch -> ch.label()).orElse("channel not given"), 1, Integer::sum);
                Elapsed span = Elapsed.between(origin.placed(), c.outcome(), timeline);
                if (span.minDays().isPresent()) {
                    spans.add(new long[]{span.minDays().get(), span.maxDays().get()});
                    if (origin.placed().dating() == Dating.EXACT && c.outcome().dating() == Dating.EXACT) exact++;
                }
            }
        }
        Map<String, Integer> themes = new TreeMap<>();
        for (Story s : project.stories()) for (String t : new java.util.LinkedHashSet<>(s.tags())) themes.merge(t, 1, Integer::sum);
        List<Count> starting = channels.entrySet().stream().map(en -> new Count(en.getKey(), en.getValue()))
                .sorted(Comparator.comparingInt(Count::count).reversed().thenComparing(Count::name)).toList();
        List<Connector> connectors = network.connectors().stream().map(id -> network.people().get(id))
                .map(p -> new Connector(p.personId(), p.betweenness(), p.introductionsMade().size(), p.outcomesEnabled().size())).toList();
        return new Report(outcomes, traced, untraced, starting, referrals, afterLagniappe, timeToBusiness(traced, spans, exact),
                connectors, types, themes);
    }

    private static TimeToBusiness timeToBusiness(int chains, List<long[]> spans, int exact) {
        String basis = spans.size() + " of " + chains + " traced chain" + (chains == 1 ? "" : "s") + " measured, "
                + exact + " from exact dates at both ends" + (spans.size() > exact ? ", the rest from partial dates or measured gaps" : "");
        if (spans.isEmpty()) {
            return new TimeToBusiness(chains, 0, 0, Optional.empty(), Optional.empty(), Optional.empty(), "not measurable", basis);
        }
        long[] middles = spans.stream().mapToLong(s -> (s[0] + s[1]) / 2).sorted().toArray();
        int m = middles.length;
        long median = m % 2 == 1 ? middles[m / 2] : (middles[m / 2 - 1] + middles[m / 2]) / 2;
        long shortest = spans.stream().mapToLong(s -> s[0]).min().orElseThrow();
        long longest = spans.stream().mapToLong(s -> s[1]).max().orElseThrow();
        return new TimeToBusiness(chains, m, exact, Optional.of(median), Optional.of(shortest), Optional.of(longest),
                exact == m ? Elapsed.describe(median, median) : Elapsed.describe(median, median).replace("about ", "roughly "), basis);
    }
}
