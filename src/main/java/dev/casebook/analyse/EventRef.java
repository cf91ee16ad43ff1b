package dev.casebook.analyse;

/** An event named by its log and id. */
public record EventRef(String logId, String eventId) implements Comparable<EventRef> {
    @Override
    public int compareTo(EventRef o) {
        int c = logId.compareTo(o.logId);
        return c != 0 ? c : eventId.compareTo(o.eventId);
    }
}
