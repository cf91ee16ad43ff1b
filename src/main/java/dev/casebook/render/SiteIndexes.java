package dev.casebook.render;

import dev.casebook.analyse.Casebook;
import dev.casebook.model.Person;
import dev.casebook.model.Story;
import dev.casebook.publish.AtomFeed;
import dev.casebook.publish.SearchIndex;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The data of the site's indexes: the search entries (stories, people, themes) and the feed's entries. */
final class SiteIndexes {

    private SiteIndexes() {
    }

    /** The length of a story's snippet, in UTF-16 units as the browser counts them, before the cut to a word boundary. */
    static final int SNIPPET = 220;

    /** Stories first (their entries made in parallel, kept in story order), then people, then themes. */
    static List<SearchIndex.Entry> search(Casebook casebook, SiteViews views) {
        List<SearchIndex.Entry> out = new ArrayList<>(casebook.project().stories().parallelStream().map(SiteIndexes::storyEntry).toList());
        for (Person p : casebook.project().people().values()) {
            String role = p.role().orElse("");
            String org = p.isPrivate() ? "" : p.org().orElse("");
            String handle = p.isPrivate() ? "" : p.handle().orElse("");
            String summary = String.join(", ", List.of(role, org).stream().filter(x -> !x.isEmpty()).toList());
            out.add(new SearchIndex.Entry("person", p.publicName(), Links.person(p.id()), summary, (role + " " + org + " " + handle).strip(),
                    Optional.empty()));
        }
        views.storiesByTheme().forEach((slug, stories) -> out.add(new SearchIndex.Entry("theme", views.themeName(slug),
                "theme/" + slug + ".html", stories.size() + (stories.size() == 1 ? " story" : " stories"),
                String.join(" ", stories.stream().map(Story::title).toList()), Optional.empty())));
        return out;
    }

    /** A story's entry: its distinct words (tags, author, lessons, questions, body) and the start of its body. */
    static SearchIndex.Entry storyEntry(Story s) {
        String body = plain(s.body());
        String text = String.join(" ", s.tags()) + " " + s.author().orElse("") + " " + String.join(" ", s.lessons()) + " "
                + String.join(" ", s.questions()) + " " + body;
        return new SearchIndex.Entry("story", s.title(), Links.story(s.slug()), s.summary().orElse(""), words(text), Optional.of(snippet(body)));
    }

    /**
     * The distinct words of {@code text}, lower-cased, in order of first appearance, joined by single spaces. A word
     * is a run between the white space a browser's {@code \s} matches, with punctuation (Unicode P*) cut from its
     * edges. Accents stay: the browser folds them, as it folds the query. A query word (no white space) that neither
     * starts nor ends with punctuation is found in the words exactly when it is found in the lower-cased text.
     */
    static String words(String text) {
        String ascii = words(text.toCharArray(), true);
        return ascii != null ? ascii : words(text.toLowerCase(Locale.ROOT).toCharArray(), false);
    }

    /**
     * The distinct words of {@code c}; with {@code ascii}, upper-case ASCII letters are lower-cased on the way and
     * the answer is null at the first character beyond ASCII (most text is ASCII, and this spares it a pass).
     */
    private static String words(char[] c, boolean ascii) {
        int n = c.length;
        char[] out = new char[n];
        int len = 0;
        // the words seen so far, by hash, as (start + 1, length) in c: no String made for a word met again
        int size = Integer.highestOneBit(Math.max(16, n)) << 1;
        int[] starts = new int[size];
        int[] lengths = new int[size];
        int mask = size - 1;
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
                if (ascii) {
                    if (ch >= 0x80) return null;
                    if (ch >= 'A' && ch <= 'Z') c[i] = ch = (char) (ch + ('a' - 'A'));
                }
                h = 31 * h + ch;
                if (++i == n) break;
                ch = c[i];
            } while (!isSpace(ch));
            int end = i;
            if (isPunctuationAt(c, start, end) || isPunctuationBefore(c, end, start)) {
                while (start < end && isPunctuationAt(c, start, end)) start += Character.charCount(Character.codePointAt(c, start, end));
                while (end > start && isPunctuationBefore(c, end, start)) end -= Character.charCount(Character.codePointBefore(c, end, start));
                h = 0;
                for (int k = start; k < end; k++) h = 31 * h + c[k];
            }
            int length = end - start;
            if (length == 0) continue;
            int slot = (h ^ (h >>> 16)) & mask;
            boolean seen = false;
            while (starts[slot] != 0) {
                if (lengths[slot] == length && sameChars(c, starts[slot] - 1, start, length)) {
                    seen = true;
                    break;
                }
                slot = (slot + 1) & mask;
            }
            if (seen) continue;
            starts[slot] = start + 1;
            lengths[slot] = length;
            if (len > 0) out[len++] = ' ';
            System.arraycopy(c, start, out, len, length);
            len += length;
        }
        return new String(out, 0, len);
    }

    private static boolean sameChars(char[] c, int a, int b, int length) {
        for (int k = 0; k < length; k++) if (c[a + k] != c[b + k]) return false;
        return true;
    }

    private static boolean isPunctuationAt(char[] c, int i, int end) {
        char ch = c[i];
        if (ch < 0x80) return ASCII_PUNCTUATION[ch];
        return isPunctuation(Character.codePointAt(c, i, end));
    }

    private static boolean isPunctuationBefore(char[] c, int end, int start) {
        char ch = c[end - 1];
        if (ch < 0x80) return ASCII_PUNCTUATION[ch];
        return isPunctuation(Character.codePointBefore(c, end, start));
    }

    private static final boolean[] ASCII_PUNCTUATION = new boolean[0x80];

    static {
        for (char ch = 0; ch < 0x80; ch++) ASCII_PUNCTUATION[ch] = isPunctuation(ch);
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

    /**
     * The start of a story's plain text for a search result: all of it up to {@link #SNIPPET} characters, else cut
     * at the last space within them (or at the limit, never inside a surrogate pair) and marked with an ellipsis.
     */
    static String snippet(String plain) {
        if (plain.length() <= SNIPPET) return plain;
        int space = plain.lastIndexOf(' ', SNIPPET);
        int end = space > 0 ? space : Character.isHighSurrogate(plain.charAt(SNIPPET - 1)) ? SNIPPET - 1 : SNIPPET;
        return plain.substring(0, end) + "\u2026";
    }

    /**
     * Markdown to searchable words: link targets ("](...)") dropped, the marks {@code # * _ ` > [ ] |} turned
     * into spaces, runs of white space folded to one space. One pass over the text: it runs on every story body.
     */
    static String plain(String markdown) {
        char[] in = markdown.toCharArray();
        char[] out = new char[in.length];
        int n = in.length;
        int len = 0;
        boolean pendingSpace = false;
        for (int i = 0; i < n; i++) {
            char c = in[i];
            if (c == ']' && i + 1 < n && in[i + 1] == '(') {
                int close = markdown.indexOf(')', i + 2);
                if (close >= 0) i = close;
            }
            if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r'
                    || c == '#' || c == '*' || c == '_' || c == '`' || c == '>' || c == '[' || c == ']' || c == '|') {
                pendingSpace = true;
                continue;
            }
            if (pendingSpace) out[len++] = ' ';
            pendingSpace = false;
            out[len++] = c;
        }
        return new String(out, 0, len).strip();
    }

    /** Stories newest first (undated last), then by slug. */
    static List<AtomFeed.Entry> feed(Casebook casebook) {
        return casebook.project().stories().stream()
                .sorted(Comparator.comparing((Story s) -> s.date().map(d -> d.earliest().toString()).orElse("")).reversed()
                        .thenComparing(Story::slug))
                .map(s -> new AtomFeed.Entry(s.slug(), s.title(), Links.story(s.slug()), time(s), s.author().orElse(""), s.summary().orElse("")))
                .toList();
    }

    static String updated(Casebook casebook) {
        return casebook.project().stories().stream().map(s -> s.date().map(d -> d.earliest().toString()))
                .flatMap(Optional::stream).max(String::compareTo).map(d -> d + "T00:00:00Z").orElse("1970-01-01T00:00:00Z");
    }

    private static String time(Story s) {
        return s.date().map(d -> d.earliest() + "T00:00:00Z").orElse("1970-01-01T00:00:00Z");
    }
}
