package dev.casebook.analyse;

import java.util.List;
import java.util.Map;

/**
 * What the casebook knows of one person across all logs: the stories they appear in, introductions they made
 * and received, the outcomes whose chains they are on, everyone they were in touch with and the first event
 * that put them in touch with each, their degree (how many people they are linked to) and their betweenness on
 * the introduction graph (how often they lie on the shortest introduction path between two others).
 */
public record PersonLinks(String personId, List<String> stories, List<EventRef> introductionsMade,
                          List<EventRef> introductionsReceived, List<EventRef> outcomesEnabled, List<String> contacts,
                          Map<String, EventRef> firstContacts, int degree, double betweenness) {
    public PersonLinks {
        stories = List.copyOf(stories);
        introductionsMade = List.copyOf(introductionsMade);
        introductionsReceived = List.copyOf(introductionsReceived);
        outcomesEnabled = List.copyOf(outcomesEnabled);
        contacts = List.copyOf(contacts);
        firstContacts = Map.copyOf(firstContacts);
    }
}
