package dev.casebook.analyse;

import java.util.List;

/**
 * What the casebook knows of one person across all logs: the stories they appear in, introductions they made
 * and received (event keys "log/event"), the outcomes they helped bring about, and everyone they were in touch with.
 */
public record PersonLinks(String personId, List<String> stories, List<EventRef> introductionsMade,
                          List<EventRef> introductionsReceived, List<EventRef> outcomesEnabled, List<String> contacts) {
    public PersonLinks {
        stories = List.copyOf(stories);
        introductionsMade = List.copyOf(introductionsMade);
        introductionsReceived = List.copyOf(introductionsReceived);
        outcomesEnabled = List.copyOf(outcomesEnabled);
        contacts = List.copyOf(contacts);
    }
}
