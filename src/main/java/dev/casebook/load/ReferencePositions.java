package dev.casebook.load;

import dev.casebook.model.SourcePos;

import java.util.Arrays;
import java.util.Optional;

/**
 * Where a log's person references were written (its subject, and each event's {@code from}, {@code to} and
 * {@code introduces}), for pointing at the very value when a later check finds the person unknown. Kept as
 * numbers by event order rather than a position object per reference: a project of 100,000 events had 300,000
 * of those, kept through loading and copied by every collection on the way.
 */
public final class ReferencePositions {

    /** The references an event has, in the order kept. */
    public enum Field {
        FROM("from"), TO("to"), INTRODUCES("introduces");

        final String key;

        Field(String key) {
            this.key = key;
        }
    }

    private static final int SLOTS = Field.values().length * 2;

    private final String file;
    private final Optional<SourcePos> subject;
    /** For event i, field f: its line at [i * SLOTS + 2f] and column after it; line 0 when not written. */
    private final int[] lineColumn;

    private ReferencePositions(String file, Optional<SourcePos> subject, int[] lineColumn) {
        this.file = file;
        this.subject = subject;
        this.lineColumn = lineColumn;
    }

    /** None known: every question is answered with its fallback. */
    static ReferencePositions none() {
        return new ReferencePositions("", Optional.empty(), new int[0]);
    }

    /** Where the subject was written, or {@code otherwise}. */
    public SourcePos subject(SourcePos otherwise) {
        return subject.orElse(otherwise);
    }

    /** Where the {@code field} of the log's {@code event}-th event (in the log's order) was written, or {@code otherwise}. */
    public SourcePos of(int event, Field field, SourcePos otherwise) {
        int at = event * SLOTS + 2 * field.ordinal();
        if (at + 1 >= lineColumn.length || lineColumn[at] == 0) return otherwise;
        return new SourcePos(file, lineColumn[at], lineColumn[at + 1]);
    }

    /** Collects the positions event by event, in the order the events are kept. */
    static final class Builder {
        private final String file;
        private Optional<SourcePos> subject = Optional.empty();
        private int[] lineColumn = new int[16 * SLOTS];
        private int events;

        Builder(String file) {
            this.file = file;
        }

        void subject(SourcePos at) {
            subject = Optional.of(at);
        }

        /** Starts the next event; its fields follow with {@link #field}. */
        void nextEvent() {
            events++;
            if (events * SLOTS > lineColumn.length) lineColumn = Arrays.copyOf(lineColumn, 2 * lineColumn.length);
        }

        /** The current event's {@code field} was written at {@code at}. */
        void field(Field field, SourcePos at) {
            int i = (events - 1) * SLOTS + 2 * field.ordinal();
            lineColumn[i] = at.line();
            lineColumn[i + 1] = at.column();
        }

        ReferencePositions build() {
            return new ReferencePositions(file, subject, Arrays.copyOf(lineColumn, events * SLOTS));
        }
    }
}
