package dev.casebook.analyse;

import java.util.List;
import java.util.Optional;

/**
 * How a business event came about: its steps from a first contact through each introduction to the outcome,
 * in time order. {@code traced} is false when no first contact could be found (no traceable origin).
 * {@code alternatives} holds the other complete chains that also lead to the same outcome, in the order a
 * reader would take them.
 */
public record ReferralChain(String logId, PlacedEvent outcome, List<ChainStep> steps, boolean traced,
                            List<ReferralChain> alternatives) {
    public ReferralChain {
        steps = List.copyOf(steps);
        alternatives = List.copyOf(alternatives);
    }

    /** The introducers along the chain, first to last. */
    public List<String> introducers() {
        return steps.stream().filter(s -> s.role() == ChainStep.Role.INTRODUCTION).map(s -> s.placed().event().from()).toList();
    }

    /** The first contact the chain starts from, when it was traced. */
    public Optional<ChainStep> origin() {
        return steps.stream().filter(s -> s.role() == ChainStep.Role.ORIGIN).findFirst();
    }

    /** The hops alone (first contact, introductions, outcome), without the contacts between them. */
    public List<ChainStep> hops() {
        return steps.stream().filter(s -> s.role() != ChainStep.Role.CONTACT).toList();
    }

    /** The ids of the hops' events, first to last: "kathleen-knows-tina → tina-introduces-rebecca → ...". */
    public String path() {
        return String.join(" → ", hops().stream().map(s -> s.placed().event().id()).toList());
    }
}
