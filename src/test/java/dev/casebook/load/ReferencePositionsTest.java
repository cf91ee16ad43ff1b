package dev.casebook.load;

import dev.casebook.model.SourcePos;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ReferencePositionsTest {

    private static final SourcePos FALLBACK = new SourcePos("logs/a.yaml", 3, 1);

    @Test
    void givesWhereEachEventsReferenceWasWrittenAndTheFallbackForOneThatWasNot() {
        ReferencePositions.Builder b = new ReferencePositions.Builder("logs/a.yaml");
        b.subject(new SourcePos("logs/a.yaml", 1, 10));
        for (int i = 0; i < 40; i++) { // past the first allocation
            b.nextEvent();
            b.field(ReferencePositions.Field.FROM, new SourcePos("logs/a.yaml", 10 + 5 * i, 11));
            if (i % 2 == 0) b.field(ReferencePositions.Field.INTRODUCES, new SourcePos("logs/a.yaml", 12 + 5 * i, 17));
        }
        ReferencePositions p = b.build();
        assertEquals(new SourcePos("logs/a.yaml", 1, 10), p.subject(FALLBACK));
        assertEquals(new SourcePos("logs/a.yaml", 10 + 5 * 39, 11), p.of(39, ReferencePositions.Field.FROM, FALLBACK));
        assertEquals(new SourcePos("logs/a.yaml", 12 + 5 * 38, 17), p.of(38, ReferencePositions.Field.INTRODUCES, FALLBACK));
        assertEquals(FALLBACK, p.of(39, ReferencePositions.Field.INTRODUCES, FALLBACK), "not written");
        assertEquals(FALLBACK, p.of(7, ReferencePositions.Field.TO, FALLBACK), "not written");
        assertEquals(FALLBACK, p.of(40, ReferencePositions.Field.FROM, FALLBACK), "no such event");
    }

    @Test
    void noneAnswersEveryQuestionWithItsFallback() {
        assertEquals(FALLBACK, ReferencePositions.none().subject(FALLBACK));
        assertEquals(FALLBACK, ReferencePositions.none().of(0, ReferencePositions.Field.TO, FALLBACK));
    }
}
