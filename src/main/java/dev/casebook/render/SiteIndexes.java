package dev.casebook.render;

import dev.casebook.analyse.Casebook;
import dev.casebook.model.Person;
import dev.casebook.model.Story;
import dev.casebook.publish.AtomFeed;
import dev.casebook.publish.SearchIndex;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The data of the site's indexes: the search entries (stories, people, themes) and the feed's entries. */
final class SiteIndexes {

    private SiteIndexes() {
    }

    static List<SearchIndex.Entry> search(Casebook casebook, SiteViews views) {
        List<SearchIndex.Entry> out = new ArrayList<>();
        for (Story s : casebook.project().stories()) {
            String text = String.join(" ", s.tags()) + " " + s.author().orElse("") + " " + String.join(" ", s.lessons()) + " "
                    + String.join(" ", s.questions()) + " " + plain(s.body());
            out.add(new SearchIndex.Entry("story", s.title(), Links.story(s.slug()), s.summary().orElse(""), text.strip()));
        }
        for (Person p : casebook.project().people().values()) {
            String role = p.role().orElse("");
            String org = p.isPrivate() ? "" : p.org().orElse("");
            String handle = p.isPrivate() ? "" : p.handle().orElse("");
            String summary = String.join(", ", List.of(role, org).stream().filter(x -> !x.isEmpty()).toList());
            out.add(new SearchIndex.Entry("person", p.publicName(), Links.person(p.id()), summary, (role + " " + org + " " + handle).strip()));
        }
        views.storiesByTheme().forEach((slug, stories) -> out.add(new SearchIndex.Entry("theme", views.themeName(slug),
                "theme/" + slug + ".html", stories.size() + (stories.size() == 1 ? " story" : " stories"),
                String.join(" ", stories.stream().map(Story::title).toList()))));
        return out;
    }

    /** Markdown to searchable words: marks and link targets dropped, white space folded. */
    static String plain(String markdown) {
        return markdown.replaceAll("\\]\\([^)]*\\)", "]").replaceAll("[#*_`>\\[\\]|]", " ").replaceAll("\\s+", " ").strip();
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
