package dev.casebook.analyse;

import dev.casebook.model.Channel;
import dev.casebook.model.Event;
import dev.casebook.model.EventType;
import dev.casebook.model.Log;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * A referral chain told forwards in short beats, the way an advisor would say it:
 * "Tina (in person)", "Rebecca (Twitter introduction)", "follows and conversations (Twitter)", "a few weeks
 * later", "Kristine (email introduction by Rebecca)", "paid tasting (business)".
 */
public final class ChainTelling {

    private ChainTelling() {
    }

    /** The beats of {@code chain}, first to last; {@code name} gives the name a reader sees for a person id. */
    public static List<String> of(ReferralChain chain, Log log, Function<String, String> name) {
        String paid = chain.outcome().event().to();
        Set<String> named = new HashSet<>(Set.of(paid));
        List<String> beats = new ArrayList<>();
        String lastPerson = null;
        List<ChainStep> steps = chain.steps();
        for (int i = 0; i < steps.size(); i++) {
            ChainStep step = steps.get(i);
            Event e = step.placed().event();
            if (step.elapsed().basis() != Elapsed.Basis.UNKNOWN && step.elapsed().basis() != Elapsed.Basis.NONE) {
                beats.add(step.elapsed().phrase());
            }
            switch (step.role()) {
                case ORIGIN -> {
                    String who = e.from().equals(paid) ? e.to() : e.from();
                    named.add(e.from());
                    named.add(e.to());
                    beats.add(name.apply(who) + " (" + e.via().map(Channel::label).orElse("first contact") + ")");
                    lastPerson = who;
                }
                case INTRODUCTION -> {
                    String introduced = TimelineOrder.introduced(e, log);
                    String who = !named.contains(e.to()) ? e.to() : introduced;
                    named.add(e.to());
                    named.add(introduced);
                    String how = e.via().map(c -> c.label() + " ").orElse("") + e.type().word();
                    String by = e.from().equals(lastPerson) ? "" : " by " + name.apply(e.from());
                    beats.add(name.apply(who) + " (" + how + by + ")");
                    lastPerson = who;
                }
                case CONTACT -> {
                    if (!e.involves(paid)) continue;
                    String other = e.from().equals(paid) ? e.to() : e.from();
                    LinkedHashSet<String> kinds = new LinkedHashSet<>();
                    LinkedHashSet<String> channels = new LinkedHashSet<>();
                    int j = i;
                    while (j < steps.size() && sameContact(steps.get(j), paid, other) && (j == i || steps.get(j).elapsed().basis() == Elapsed.Basis.UNKNOWN)) {
                        Event c = steps.get(j).placed().event();
                        kinds.add(plural(c.type()));
                        c.via().ifPresent(v -> channels.add(v.label()));
                        j++;
                    }
                    i = j - 1;
                    beats.add(joined(new ArrayList<>(kinds)) + (channels.isEmpty() ? "" : " (" + joined(new ArrayList<>(channels)) + ")"));
                    lastPerson = null;
                }
                case OUTCOME -> beats.add(e.value().orElse("business") + " (business)");
            }
        }
        return beats;
    }

    private static boolean sameContact(ChainStep s, String paid, String other) {
        Event e = s.placed().event();
        return s.role() == ChainStep.Role.CONTACT && e.involves(paid) && e.involves(other);
    }

    private static String plural(EventType type) {
        return switch (type) {
            case MET, MEETING -> "meetings";
            case FOLLOWED -> "follows";
            case CONVERSATION -> "conversations";
            case LAGNIAPPE -> "lagniappes";
            case INTRODUCTION -> "introductions";
            case REFERRAL -> "referrals";
            case BUSINESS -> "business";
        };
    }

    private static String joined(List<String> words) {
        if (words.size() <= 1) return String.join("", words);
        return String.join(", ", words.subList(0, words.size() - 1)) + " and " + words.get(words.size() - 1);
    }
}
