package dev.casebook.load;

import org.junit.jupiter.api.Test;

import java.text.Normalizer;
import java.util.Random;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The id rule and the tag slugger, checked against their plain definitions on generated text. */
class IdsTest {

    /** The rule as docs/format.md states it. */
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
    private static final String PIECES = "abcxyz0189-_A Z.é/\\\u00e9\u0301:";

    private static String random(Random r, int maxLength) {
        StringBuilder b = new StringBuilder();
        int n = 1 + r.nextInt(maxLength);
        for (int i = 0; i < n; i++) b.append(PIECES.charAt(r.nextInt(r.nextInt(4) == 0 ? PIECES.length() : 13)));
        return b.toString();
    }

    @Test
    void anIdIsWellFormedExactlyWhenItMatchesTheRule() {
        Random r = new Random(11);
        int valid = 0;
        for (int i = 0; i < 50_000; i++) {
            String id = random(r, 70);
            boolean expected = id.length() <= 64 && ID.matcher(id).matches();
            assertEquals(expected, Ids.problem(id).isEmpty() || Ids.problem(id).get().contains("reserve"), id);
            if (id.length() <= 64) assertEquals(ID.matcher(id).matches(), Ids.wellFormed(id), id);
            if (expected) valid++;
        }
        assertTrue(valid > 1_000 && valid < 45_000, "both kinds generated: " + valid);
        assertTrue(Ids.wellFormed("a-1"));
        assertFalse(Ids.wellFormed("-a"));
        assertFalse(Ids.wellFormed("A"));
    }

    @Test
    void asciiIsItsOwnNormalFormWithoutMarks() {
        // what the slugger's shortcut for ASCII text relies on: NFKD changes no ASCII text, and no ASCII
        // character is a combining mark
        StringBuilder all = new StringBuilder();
        for (char c = 0; c < 0x80; c++) {
            all.append(c);
            assertTrue(Character.getType(c) != Character.NON_SPACING_MARK, "U+" + Integer.toHexString(c));
        }
        assertEquals(all.toString(), Normalizer.normalize(all, Normalizer.Form.NFKD));
        assertEquals("cafe-au-lait", Ids.slug("Café au lait"));
        assertEquals("cafe-au-lait", Ids.slug("Cafe\u0301 au  lait!"));
        assertEquals("email-mistakes", Ids.slug("Email mistakes"));
    }
}
