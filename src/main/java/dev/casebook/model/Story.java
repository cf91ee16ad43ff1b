package dev.casebook.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** One case study: front matter fields and the Markdown body as written (line {@code bodyLine} on). An essay has no log. */
public record Story(String slug, SourcePos pos, String title, Optional<PartialDate> date, Optional<String> author,
                    Optional<String> summary, List<String> tags, List<String> people, Optional<String> log,
                    List<String> lessons, List<String> questions, boolean draft, StoryBody body, int bodyLine) {
    public Story {
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(pos, "pos");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(log, "log");
        Objects.requireNonNull(body, "body");
        tags = List.copyOf(tags);
        people = List.copyOf(people);
        lessons = List.copyOf(lessons);
        questions = List.copyOf(questions);
    }
}
