package dev.casebook.analyse;

import dev.casebook.model.Project;

import java.util.List;
import java.util.Map;

/** The analysed project handed to the render stage: timelines and referral chains by log id, the network and the cross-story report. */
public record Casebook(Project project, Map<String, Timeline> timelines, Map<String, List<ReferralChain>> chains, Network network, Report report) {
    public Casebook {
        timelines = Map.copyOf(timelines);
        chains = Map.copyOf(chains);
    }
}
