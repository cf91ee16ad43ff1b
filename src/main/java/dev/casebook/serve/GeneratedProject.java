package dev.casebook.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A deterministic, made-up content folder of any size for the reload benchmark: stories with front matter and
 * Markdown, every other one with its own small relationship log ending in a business event.
 */
public final class GeneratedProject {

    private static final List<String> TAGS = List.of("referrals", "introductions", "twitter", "email", "engagement",
            "trust", "lagniappe", "networking", "follow-up", "community", "events", "teaching", "pricing", "patience",
            "linkedin", "facebook", "in-person", "mentoring", "partnerships", "reputation");
    private static final List<String> WORDS = List.of("advisor", "client", "introduction", "coffee", "workshop",
            "market", "friend", "caterer", "baker", "designer", "tasting", "newsletter", "proposal", "contract",
            "question", "answer", "weekend", "promise", "favour", "reply");

    private GeneratedProject() {
    }

    /** Writes {@code stories} stories (and half as many logs) into {@code content}, which must not exist yet. */
    public static void write(Path content, int stories) throws IOException {
        Files.createDirectories(content.resolve("stories"));
        Files.createDirectories(content.resolve("logs"));
        for (int i = 0; i < stories; i++) {
            boolean withLog = i % 2 == 0;
            Files.writeString(storyFile(content, i), story(i, withLog, 0), StandardCharsets.UTF_8);
            if (withLog) Files.writeString(content.resolve("logs/" + logId(i) + ".yaml"), log(i), StandardCharsets.UTF_8);
        }
    }

    /** The file of story {@code i}. */
    public static Path storyFile(Path content, int i) {
        return content.resolve("stories/" + slug(i) + ".md");
    }

    /** The site page of story {@code i}, relative to the site root. */
    public static String storyPage(int i) {
        return "story/" + slug(i) + ".html";
    }

    /** Story {@code i}'s text as of its {@code revision}-th edit; the revision shows in the title and the body. */
    public static String story(int i, boolean withLog, int revision) {
        StringBuilder sb = new StringBuilder();
        sb.append("---\n");
        sb.append("title: \"Case ").append(i).append(": a ").append(word(i)).append(" leads to a ").append(word(i + 7))
                .append(revision > 0 ? " (revision " + revision + ")" : "").append("\"\n");
        sb.append("date: ").append(2000 + i % 20).append('-').append(String.format("%02d", 1 + i % 12)).append('\n');
        sb.append("author: Advisor ").append(i % 37).append('\n');
        sb.append("summary: A made-up case about a ").append(word(i + 3)).append(" and a ").append(word(i + 5)).append(".\n");
        sb.append("tags: [").append(TAGS.get(i % TAGS.size())).append(", ").append(TAGS.get((i * 7 + 3) % TAGS.size())).append("]\n");
        if (withLog) {
            sb.append("people: [").append(person(i, 0)).append(", ").append(person(i, 1)).append("]\n");
            sb.append("log: ").append(logId(i)).append('\n');
        }
        sb.append("lessons:\n  - Keep in touch with the ").append(word(i + 1)).append(".\n");
        sb.append("questions:\n  - What would you ask the ").append(word(i + 2)).append("?\n");
        sb.append("---\n\n");
        for (int p = 0; p < 6; p++) {
            sb.append("Paragraph ").append(p + 1).append(" of case ").append(i).append(revision > 0 ? ", revision " + revision : "")
                    .append(". The *").append(word(i + p)).append("* met the **").append(word(i + p + 4))
                    .append("** and talked about a ").append(word(i + p + 9)).append(" over a ").append(word(i + p + 11))
                    .append("; a week later a ").append(word(i + p + 13)).append(" followed.\n\n");
        }
        return sb.toString();
    }

    private static String log(int i) {
        String a = person(i, 0), b = person(i, 1), c = person(i, 2), d = person(i, 3);
        return "subject: " + a + "\n"
                + "people:\n"
                + personEntry(a, "Ada " + i, "advisor") + personEntry(b, "Ben " + i, "baker")
                + personEntry(c, "Cy " + i, "caterer") + personEntry(d, "Di " + i, "client")
                + "events:\n"
                + event("e1", "met", a, b, "in-person", "date: " + (2000 + i % 20), "")
                + event("e2", "introduction", b, c, "twitter", "after: e1", "    introduces: " + a + "\n")
                + event("e3", "conversation", a, c, "twitter", "after: e2\n    gap: a few weeks", "")
                + event("e4", "referral", c, d, "email", "after: e3", "    introduces: " + a + "\n")
                + event("e5", "business", d, a, "email", "after: e4", "    value: paid workshop\n");
    }

    private static String personEntry(String id, String name, String role) {
        return "  - id: " + id + "\n    name: " + name + "\n    role: " + role + "\n";
    }

    private static String event(String id, String type, String from, String to, String via, String when, String extra) {
        return "  - id: " + id + "\n    type: " + type + "\n    from: " + from + "\n    to: " + to + "\n    via: " + via + "\n    "
                + when + "\n" + extra + "    note: " + from + " and " + to + " (" + type + ").\n";
    }

    private static String slug(int i) {
        return String.format("case-%05d", i);
    }

    private static String logId(int i) {
        return String.format("log-%05d", i);
    }

    private static String person(int i, int n) {
        return String.format("p%05d-%d", i, n);
    }

    private static String word(int i) {
        return WORDS.get(Math.floorMod(i, WORDS.size()));
    }
}
