package dev.casebook.load;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The rules for ids that become parts of page addresses (people, events, logs, story slugs) and the slugger
 * for free-text tags. Every id is lower-case ASCII, so nothing can climb out of the site folder, collide by
 * case or by Unicode normal form, or hit a name Windows reserves.
 */
public final class Ids {

    private static final Set<String> RESERVED = Set.of("con", "prn", "aux", "nul",
            "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8", "com9",
            "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9");

    private Ids() {
    }

    /** Why {@code id} is not a valid id, or empty when it is. */
    public static Optional<String> problem(String id) {
        if (id.isEmpty()) return Optional.of("an id cannot be empty");
        if (id.length() > 64) return Optional.of("'" + abbreviate(id) + "' is longer than 64 characters");
        if (!wellFormed(id)) {
            return Optional.of("'" + abbreviate(id) + "' is not a valid id: use lower-case letters a-z, digits and '-'");
        }
        if (RESERVED.contains(id)) return Optional.of("'" + id + "' is a name some systems reserve for devices");
        return Optional.empty();
    }

    /**
     * Whether {@code id} (1 to 64 characters) is lower-case letters a-z, digits and '-', not starting with '-'.
     * A loop rather than a regular expression: every id of every event is checked, and a matcher per id was a
     * twentieth of what loading a log allocated.
     */
    static boolean wellFormed(String id) {
        for (int i = 0, n = id.length(); i < n; i++) {
            char c = id.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' && i > 0)) return false;
        }
        return true;
    }

    /** A suggestion for a bad id: lower-cased, accents dropped, other characters as '-'. */
    public static String suggest(String raw) {
        String s = slug(raw);
        if (RESERVED.contains(s)) s = s + "-1";
        return s.isEmpty() ? "ann-archer" : s;
    }

    /**
     * The slug of a tag or other free text: NFKD with accents removed, lower-case ASCII letters and digits,
     * runs of anything else as one '-'. Empty when nothing is left.
     */
    public static String slug(String text) {
        // ASCII is its own NFKD form and has no combining marks
        String d = isAscii(text) ? text : Normalizer.normalize(text, Normalizer.Form.NFKD);
        StringBuilder sb = new StringBuilder();
        boolean dash = false;
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) continue;
            char l = Character.toLowerCase(c);
            if (l >= 'a' && l <= 'z' || l >= '0' && l <= '9') {
                if (dash && sb.length() > 0) sb.append('-');
                sb.append(l);
                dash = false;
            } else {
                dash = true;
            }
            if (sb.length() >= 60) break;
        }
        return sb.toString();
    }

    /**
     * A tag's page name: its slug, or for a tag with no Latin letters a stable name from its first code points
     * (at most 64 characters, like every id).
     */
    public static String tagSlug(String tag) {
        String s = slug(tag);
        if (RESERVED.contains(s)) s = s + "-theme";
        if (!s.isEmpty()) return s;
        StringBuilder sb = new StringBuilder("theme");
        Normalizer.normalize(tag, Normalizer.Form.NFC).codePoints().limit(12).mapToObj(Integer::toHexString)
                .takeWhile(hex -> sb.length() + 1 + hex.length() <= 64)
                .forEach(hex -> sb.append('-').append(hex));
        return sb.toString().toLowerCase(Locale.ROOT);
    }

    private static boolean isAscii(String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            if (s.charAt(i) >= 0x80) return false;
        }
        return true;
    }

    static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 37) + "..." : s;
    }
}
