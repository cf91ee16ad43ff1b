package dev.casebook.render;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * The distinct words the browser's search looks in: lower-cased, punctuation cut from their edges, each once in
 * order of first appearance, joined by single spaces. Accents stay (the browser folds them, as it folds the query).
 */
final class SearchWords {

    /** Markdown marks {@link SiteIndexes#plain} turns into spaces: they end a word in Markdown, as white space does. */
    private static final String MARKDOWN_MARKS = "#*_`>[]|";
    private static final boolean[] ASCII_PUNCTUATION = new boolean[0x80];

    /** In {@link #MARKDOWN_LOWER} and {@link #TEXT_LOWER}: the character ends a word (never an ASCII character's lower case). */
    private static final char BREAK = '\uffff';
    /**
     * By ASCII character, in Markdown and in plain text: its lower case within a word, or {@link #BREAK}. The scan's
     * inner loop is one array read a character under C1.
     */
    private static final char[] MARKDOWN_LOWER = new char[0x80];
    private static final char[] TEXT_LOWER = new char[0x80];

    static {
        for (char ch = 0; ch < 0x80; ch++) {
            ASCII_PUNCTUATION[ch] = isPunctuation(ch);
            char lower = ch >= 'A' && ch <= 'Z' ? (char) (ch + ('a' - 'A')) : ch;
            MARKDOWN_LOWER[ch] = isSpace(ch) || MARKDOWN_MARKS.indexOf(ch) >= 0 ? BREAK : lower;
            TEXT_LOWER[ch] = isSpace(ch) ? BREAK : lower;
        }
    }

    /**
     * Each thread's buffers for the ASCII scan, reused from story to story: a story's text copied into fresh arrays
     * and a fresh table of words was a twentieth of all the memory a build allocated.
     */
    private static final ThreadLocal<SearchWords> SCRATCH = ThreadLocal.withInitial(() -> new SearchWords(8192));

    /** The text being scanned, when it is copied into {@link #SCRATCH}'s buffer. */
    private char[] in = new char[0];
    private char[] out;
    private int length;
    // the words kept so far, by hash, as (offset in out + 1, length, hash): no String made for a word met again
    private int[] offsets;
    private int[] lengths;
    private int[] hashes;
    private int count;

    private SearchWords(int capacity) {
        out = new char[capacity];
        allocate(tableSize(capacity));
    }

    private static int tableSize(int capacity) {
        return Integer.highestOneBit(Math.max(64, capacity / 8));
    }

    /** Empties this scratch for a text of {@code capacity} characters. */
    private SearchWords reset(int capacity) {
        if (out.length < capacity) out = new char[capacity];
        length = 0;
        count = 0;
        int size = tableSize(capacity);
        if (offsets.length == size) Arrays.fill(offsets, 0);
        else allocate(size);
        return this;
    }

    /**
     * The distinct words of {@code text}. A word is a run between the white space a browser's {@code \s} matches,
     * punctuation (Unicode P*) cut from its edges. A query word (no white space) that neither starts nor ends with
     * punctuation is found in the words exactly when it is found in the lower-cased text.
     */
    static String of(String text) {
        return of(text, "");
    }

    /**
     * The distinct words of {@code text} followed by those of {@code markdown}'s plain text, exactly as
     * {@code of(text + " " + SiteIndexes.plain(markdown))}, without making the plain text when both are ASCII.
     */
    static String of(String text, String markdown) {
        return of(text, markdown, markdown.getBytes(StandardCharsets.UTF_8));
    }

    /** As {@link #of(String, String)}, given {@code markdown} as UTF-8 too (the page's renderer reads that as well). */
    static String of(String text, String markdown, byte[] markdownUtf8) {
        SearchWords ascii = SCRATCH.get().reset(text.length() + markdownUtf8.length + 1);
        byte[] textBytes = text.getBytes(StandardCharsets.UTF_8);
        if (ascii.scanAscii(textBytes, false) && ascii.scanAscii(markdownUtf8, true)) return ascii.toString();
        // beyond ASCII, lower case depends on context (Greek final sigma): lower-case the plain text as a whole
        char[] lower = (markdown.isEmpty() ? text : text + " " + SiteIndexes.plain(markdown)).toLowerCase(Locale.ROOT).toCharArray();
        SearchWords any = new SearchWords(lower.length);
        any.scan(lower);
        return any.toString();
    }

    /**
     * Adds the words of the UTF-8 text {@code s}, read into the char buffer and lower-cased on the way (in one
     * pass); in {@code markdown}, Markdown's marks end words too and link targets are skipped, as
     * {@link SiteIndexes#plain} does. False at the first byte beyond ASCII: then the caller starts again on the
     * lower-cased text.
     */
    private boolean scanAscii(byte[] s, boolean markdown) {
        int n = s.length;
        if (in.length < n) in = new char[Math.max(n, 2 * in.length)];
        char[] c = in;
        char[] lower = markdown ? MARKDOWN_LOWER : TEXT_LOWER;
        int i = 0;
        while (i < n) {
            byte b = s[i];
            if (b < 0) return false;
            char ch = lower[b];
            if (ch == BREAK) {
                if (markdown && b == ']') i = linkTargetEnd(s, i, n);
                i++;
                continue;
            }
            int start = i;
            int h = 0;
            while (true) {
                c[i] = ch;
                h = 31 * h + ch;
                if (++i == n) break;
                b = s[i];
                if (b < 0) return false;
                ch = lower[b];
                if (ch == BREAK) break;
            }
            word(c, start, i, h);
        }
        return true;
    }

    /** Adds the words of {@code c}, already lower-cased, split on white space only. */
    private void scan(char[] c) {
        int n = c.length;
        int i = 0;
        while (i < n) {
            char ch = c[i];
            if (isSpace(ch)) {
                i++;
                continue;
            }
            int start = i;
            int h = 0;
            do {
                h = 31 * h + ch;
                if (++i == n) break;
                ch = c[i];
            } while (!isSpace(ch));
            word(c, start, i, h);
        }
    }

    /** Whether {@code c} ends a word in Markdown: ASCII white space or one of the marks plain text leaves out. */
    static boolean isMarkdownBreak(char c) {
        return c < 0x80 && MARKDOWN_LOWER[c] == BREAK;
    }

    /** Where the "(...)" after a ']' at {@code i} ends (its ')'), or {@code i} when no link target follows. */
    static int linkTargetEnd(char[] c, int i) {
        if (i + 1 < c.length && c[i + 1] == '(') {
            for (int k = i + 2; k < c.length; k++) if (c[k] == ')') return k;
        }
        return i;
    }

    /** As {@link #linkTargetEnd(char[], int)}, in the UTF-8 text {@code c[0, n)}. */
    private static int linkTargetEnd(byte[] c, int i, int n) {
        if (i + 1 < n && c[i + 1] == '(') {
            for (int k = i + 2; k < n; k++) if (c[k] == ')') return k;
        }
        return i;
    }

    /** The run {@code c[start, end)} (hash {@code h}), punctuation cut from its edges, kept unless already met. */
    private void word(char[] c, int start, int end, int h) {
        if (isPunctuationAt(c, start, end) || isPunctuationBefore(c, end, start)) {
            // mostly one ASCII mark (a comma, a full stop): a step of one character, no code point worked out
            while (start < end && isPunctuationAt(c, start, end)) start += c[start] < 0x80 ? 1 : Character.charCount(Character.codePointAt(c, start, end));
            while (end > start && isPunctuationBefore(c, end, start)) end -= c[end - 1] < 0x80 ? 1 : Character.charCount(Character.codePointBefore(c, end, start));
            h = 0;
            for (int k = start; k < end; k++) h = 31 * h + c[k];
        }
        int n = end - start;
        if (n == 0) return;
        int mask = offsets.length - 1;
        int slot = (h ^ (h >>> 16)) & mask;
        while (offsets[slot] != 0) {
            if (hashes[slot] == h && lengths[slot] == n && sameChars(c, start, offsets[slot] - 1, n)) return;
            slot = (slot + 1) & mask;
        }
        if (length > 0) out[length++] = ' ';
        offsets[slot] = length + 1;
        lengths[slot] = n;
        hashes[slot] = h;
        System.arraycopy(c, start, out, length, n);
        length += n;
        if (++count * 2 > offsets.length) grow();
    }

    private boolean sameChars(char[] c, int start, int offset, int n) {
        for (int k = 0; k < n; k++) if (c[start + k] != out[offset + k]) return false;
        return true;
    }

    private void allocate(int size) {
        offsets = new int[size];
        lengths = new int[size];
        hashes = new int[size];
    }

    private void grow() {
        int[] oldOffsets = offsets;
        int[] oldLengths = lengths;
        int[] oldHashes = hashes;
        allocate(oldOffsets.length * 2);
        int mask = offsets.length - 1;
        for (int k = 0; k < oldOffsets.length; k++) {
            if (oldOffsets[k] == 0) continue;
            int slot = (oldHashes[k] ^ (oldHashes[k] >>> 16)) & mask;
            while (offsets[slot] != 0) slot = (slot + 1) & mask;
            offsets[slot] = oldOffsets[k];
            lengths[slot] = oldLengths[k];
            hashes[slot] = oldHashes[k];
        }
    }

    @Override
    public String toString() {
        return new String(out, 0, length);
    }

    /** White space as JavaScript's {@code \s} has it (the browser splits the query on it). */
    static boolean isSpace(char c) {
        if (c <= ' ') return c == ' ' || (c >= '\t' && c <= '\r');
        return c >= '\u00a0' && (c == '\u00a0' || c == '\u1680' || (c >= '\u2000' && c <= '\u200a') || c == '\u2028' || c == '\u2029'
                || c == '\u202f' || c == '\u205f' || c == '\u3000' || c == '\ufeff');
    }

    /** Unicode punctuation (general category P*), as JavaScript's {@code \p{P}} has it. */
    static boolean isPunctuation(int codePoint) {
        return switch (Character.getType(codePoint)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION, Character.END_PUNCTUATION,
                 Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION, Character.OTHER_PUNCTUATION -> true;
            default -> false;
        };
    }

    private static boolean isPunctuationAt(char[] c, int i, int end) {
        char ch = c[i];
        return ch < 0x80 ? ASCII_PUNCTUATION[ch] : isPunctuation(Character.codePointAt(c, i, end));
    }

    private static boolean isPunctuationBefore(char[] c, int end, int start) {
        char ch = c[end - 1];
        return ch < 0x80 ? ASCII_PUNCTUATION[ch] : isPunctuation(Character.codePointBefore(c, end, start));
    }
}
