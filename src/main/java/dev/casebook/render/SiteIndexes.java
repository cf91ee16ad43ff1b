package dev.casebook.render;

import dev.casebook.analyse.Casebook;
import dev.casebook.model.Person;
import dev.casebook.model.Story;
import dev.casebook.publish.AtomFeed;
import dev.casebook.publish.SearchIndex;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The data of the site's indexes: the search entries (stories, people, themes) and the feed's entries. */
final class SiteIndexes {

    private SiteIndexes() {
    }

    /** The length of a story's snippet, in UTF-16 units as the browser counts them, before the cut to a word boundary. */
    static final int SNIPPET = 220;
    /** The feed holds the newest stories only: a reader fetches it again and again and shows what is new. */
    static final int FEED_ENTRIES = 50;

    /** A person's search entry (they follow the stories' in the index, in the people's order): their role, organisation and handle. */
    static SearchIndex.Entry personEntry(Person p) {
        String role = p.role().orElse("");
        String org = p.isPrivate() ? "" : p.org().orElse("");
        String handle = p.isPrivate() ? "" : p.handle().orElse("");
        String summary = String.join(", ", List.of(role, org).stream().filter(x -> !x.isEmpty()).toList());
        return new SearchIndex.Entry("person", p.publicName(), Links.person(p.id()), summary, (role + " " + org + " " + handle).strip(),
                Optional.empty());
    }

    /** A theme's search entry (they follow the people's, in the themes' order): the titles of its stories. */
    static SearchIndex.Entry themeEntry(String slug, List<Story> stories, SiteViews views) {
        return new SearchIndex.Entry("theme", views.themeName(slug), "theme/" + slug + ".html",
                stories.size() + (stories.size() == 1 ? " story" : " stories"), String.join(" ", stories.stream().map(Story::title).toList()),
                Optional.empty());
    }

    /**
     * A story's entry: its distinct words (tags, author, lessons, questions, its Markdown {@code body}, also given as
     * UTF-8) and the start of its body.
     */
    static SearchIndex.Entry storyEntry(Story s, String body, byte[] bodyUtf8) {
        String text = String.join(" ", s.tags()) + " " + s.author().orElse("") + " " + String.join(" ", s.lessons()) + " "
                + String.join(" ", s.questions());
        return new SearchIndex.Entry("story", s.title(), Links.story(s.slug()), s.summary().orElse(""), SearchWords.of(text, body, bodyUtf8),
                Optional.of(snippet(body)));
    }

    /**
     * The start of a Markdown text's plain text, for a search result: all of it up to {@link #SNIPPET} characters,
     * else cut at the last space within them (or at the limit, never inside a surrogate pair) and marked with an
     * ellipsis. Only the start of the text is made plain.
     */
    static String snippet(String markdown) {
        String start = plain(markdown, SNIPPET + 2);
        String plain = start.length() > SNIPPET ? start : plain(markdown); // short, or mostly white space: all of it
        if (plain.length() <= SNIPPET) return plain;
        int space = plain.lastIndexOf(' ', SNIPPET);
        int end = space > 0 ? space : Character.isHighSurrogate(plain.charAt(SNIPPET - 1)) ? SNIPPET - 1 : SNIPPET;
        return plain.substring(0, end) + "\u2026";
    }

    /**
     * Markdown to plain text, for search: link targets ("](...)") dropped, the marks {@code # * _ ` > [ ] |} turned
     * into spaces, runs of white space folded to one space. One pass over the text: it runs on every story body.
     */
    static String plain(String markdown) {
        return plain(markdown, Integer.MAX_VALUE);
    }

    /** The start of {@code plain(markdown)}: all of it, or a part that makes at least {@code limit} characters before the strip. */
    static String plain(String markdown, int limit) {
        int n = markdown.length();
        // a snippet needs the first few hundred characters of a body of thousands: try a part of the text first
        long enough = 8L * limit + 64;
        if (enough < n) {
            char[] part = new char[(int) enough];
            markdown.getChars(0, part.length, part, 0);
            Optional<String> start = plain(part, limit, false);
            if (start.isPresent()) return start.get();
        }
        return plain(markdown.toCharArray(), limit, true).orElseThrow();
    }

    /**
     * The plain text of {@code in}, up to {@code limit} characters. When {@code in} is only the start of the text
     * ({@code whole} false), empty if that start ran out before the limit or ends inside a link target.
     */
    private static Optional<String> plain(char[] in, int limit, boolean whole) {
        int n = in.length;
        char[] out = new char[(int) Math.min(n, limit + 1L)]; // each step adds at most two characters
        int len = 0;
        boolean pendingSpace = false;
        for (int i = 0; i < n && len < limit; i++) {
            char c = in[i];
            if (c == ']') {
                int end = SearchWords.linkTargetEnd(in, i);
                if (!whole && end == i && (i + 1 == n || in[i + 1] == '(')) return Optional.empty(); // its ')' may lie beyond
                i = end;
            }
            if (SearchWords.isMarkdownBreak(c)) {
                pendingSpace = true;
                continue;
            }
            if (pendingSpace) out[len++] = ' ';
            pendingSpace = false;
            out[len++] = c;
        }
        if (!whole && len < limit) return Optional.empty();
        return Optional.of(new String(out, 0, len).strip());
    }

    /** The {@link #FEED_ENTRIES} newest stories, newest first (undated last), then by slug. */
    static List<AtomFeed.Entry> feed(Casebook casebook) {
        record Dated(Story story, String date) {
        }
        // each story's date written once, not at every comparison of the sort
        return casebook.project().stories().stream()
                .map(s -> new Dated(s, s.date().map(d -> d.earliest().toString()).orElse("")))
                .sorted(Comparator.comparing(Dated::date).reversed().thenComparing(d -> d.story().slug()))
                .limit(FEED_ENTRIES)
                .map(Dated::story)
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
