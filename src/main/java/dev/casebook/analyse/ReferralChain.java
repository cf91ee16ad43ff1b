package dev.casebook.analyse;

import java.util.List;

/**
 * How a business event came about: its steps from a first contact through each introduction to the outcome,
 * in time order. {@code traced} is false when no first contact could be found (the outcome has no traceable
 * origin). {@code alternatives} holds the other introductions that could also have linked the same people.
 */
public record ReferralChain(String logId, PlacedEvent outcome, List<ChainStep> steps, boolean traced, List<String> alternatives) {
    public ReferralChain {
        steps = List.copyOf(steps);
        alternatives = List.copyOf(alternatives);
    }

    /** The introducers along the chain, first to last. */
    public List<String> introducers() {
        return steps.stream().filter(s -> s.role() == ChainStep.Role.INTRODUCTION).map(s -> s.placed().event().from()).toList();
    }
}
