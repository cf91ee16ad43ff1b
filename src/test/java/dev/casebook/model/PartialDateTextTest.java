package dev.casebook.model;

import org.junit.jupiter.api.Test;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** PartialDate's ISO and reader's forms, written by hand, match the formatter definitions. */
class PartialDateTextTest {

    @Test
    void isoFormIsZeroPaddedLikeTheFormatter() {
        int[] years = {1, 9, 10, 99, 100, 999, 1000, 2010, 9999};
        for (int y : years) {
            assertEquals(String.format(Locale.ROOT, "%04d", y), PartialDate.ofYear(y).iso());
            for (int m = 1; m <= 12; m++) {
                assertEquals(String.format(Locale.ROOT, "%04d-%02d", y, m), PartialDate.ofMonth(y, m).iso());
                for (int d : new int[] {1, 9, 10, 28}) {
                    assertEquals(String.format(Locale.ROOT, "%04d-%02d-%02d", y, m, d), PartialDate.ofDay(y, m, d).iso());
                }
            }
        }
        assertEquals("2010-04-17", PartialDate.ofDay(2010, 4, 17).toString());
    }

    @Test
    void readersFormNamesTheMonthInEnglish() {
        for (Month month : Month.values()) {
            String name = month.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            assertEquals(name + " 2010", PartialDate.ofMonth(2010, month.getValue()).display());
            assertEquals("7 " + name + " 2010", PartialDate.ofDay(2010, month.getValue(), 7).display());
        }
        assertEquals("17 April 2010", PartialDate.ofDay(2010, 4, 17).display());
        assertEquals("2010", PartialDate.ofYear(2010).display());
    }
}
