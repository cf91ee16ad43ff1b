package dev.casebook.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * A deterministic synthetic casebook of any size: plain-essay stories of about 1,000 words of Markdown with tags,
 * and optionally relationship logs (people, events with exact, partial, relative and unknown dates) that the
 * first stories point at. Each file depends only on its index and the seed, so any N gives the same first files.
 */
public final class SyntheticProject {

    /** Bumped whenever the output changes, so cached corpora are regenerated. */
    public static final String VERSION = "1";

    /** How many events each of a log's episodes has (met/follow, introduction, extra, business). */
    static final int EPISODE = 5;

    /** The 60 tags stories draw from (so theme pages stay few and large, as in a real program). */
    static final List<String> TAGS;

    static {
        List<String> t = new ArrayList<>();
        String[] a = {"referrals", "trust", "pricing", "twitter", "email", "networking", "follow-up", "events",
                "lagniappe", "mentoring", "retail", "food", "services", "franchise", "marketing"};
        String[] b = {"", " basics", " in practice", " mistakes"};
        for (String x : b) for (String y : a) t.add(y + x);
        TAGS = List.copyOf(t);
    }

    /** What to generate: stories, logs (0 for plain essays) and events per log. */
    public record Spec(int stories, int logs, int eventsPerLog, long seed) {
        public Spec {
            if (stories < 0 || logs < 0 || eventsPerLog < 0) throw new IllegalArgumentException("counts must be >= 0");
            if (logs > stories) throw new IllegalArgumentException("each log needs a story: logs <= stories");
        }

        /** Plain essays only. */
        public static Spec plain(int stories) {
            return new Spec(stories, 0, 0, 1);
        }

        /** The issue's mix: 16,000 stories to 5,000 logs of 20 events (100,000 events), scaled to N. */
        public static Spec withLogs(int stories) {
            return new Spec(stories, (int) Math.max(stories > 0 ? 1 : 0, Math.round(stories * 5.0 / 16)), 20, 1);
        }
    }

    private SyntheticProject() {
    }

    /** Writes {@code content/} for {@code spec} under {@code root} (stories/, logs/, people.yaml). */
    public static void write(Spec spec, Path root) throws IOException {
        Path content = root.resolve("content");
        Path stories = Files.createDirectories(content.resolve("stories"));
        Path logs = Files.createDirectories(content.resolve("logs"));
        Files.writeString(content.resolve("people.yaml"), people(), StandardCharsets.UTF_8);
        try {
            IntStream.range(0, spec.stories()).parallel().forEach(i ->
                    put(stories.resolve(storyId(i) + ".md"), story(spec, i)));
            IntStream.range(0, spec.logs()).parallel().forEach(i ->
                    put(logs.resolve(logId(i) + ".yaml"), log(spec, i)));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static void put(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String storyId(int i) {
        return String.format(Locale.ROOT, "story-%06d", i);
    }

    static String logId(int i) {
        return String.format(Locale.ROOT, "log-%05d", i);
    }

    static String personId(int log, int k) {
        return logId(log) + "-p" + k;
    }

    private static SplittableRandom random(Spec spec, int kind, int i) {
        return new SplittableRandom(spec.seed() * 0x9E3779B97F4A7C15L + kind * 1_000_003L + i);
    }

    /** The shared people file: a few advisors who tell the essays. */
    static String people() {
        StringBuilder sb = new StringBuilder("# Synthetic people shared by the whole project.\npeople:\n");
        for (int k = 0; k < Prose.FIRST.size(); k++) {
            sb.append("  - id: advisor-").append(k).append('\n')
                    .append("    name: ").append(Prose.FIRST.get(k)).append(' ').append(Prose.LAST.get(k % Prose.LAST.size())).append('\n')
                    .append("    role: business advisor\n");
        }
        return sb.toString();
    }

    /** One story: front matter with tags (and a log for the first {@code logs} stories), then ~1,000 words. */
    static String story(Spec spec, int i) {
        Prose p = new Prose(random(spec, 1, i));
        StringBuilder sb = new StringBuilder("---\n");
        String title = Prose.capitalise(p.pick(Prose.SUBJECTS)) + " " + p.pick(Prose.VERBS) + " " + p.pick(Prose.OBJECTS);
        sb.append("title: \"").append(title).append(" (").append(i).append(")\"\n");
        int year = 2000 + p.between(0, 20);
        switch (p.between(0, 2)) {
            case 0 -> sb.append("date: ").append(year).append('\n');
            case 1 -> sb.append(String.format(Locale.ROOT, "date: %d-%02d\n", year, p.between(1, 12)));
            default -> sb.append(String.format(Locale.ROOT, "date: %d-%02d-%02d\n", year, p.between(1, 12), p.between(1, 28)));
        }
        int advisor = p.between(0, Prose.FIRST.size() - 1);
        sb.append("author: ").append(Prose.FIRST.get(advisor)).append(' ').append(Prose.LAST.get(advisor % Prose.LAST.size())).append('\n');
        sb.append("summary: >-\n  ").append(Prose.wrap(p.sentence()).replace("\n", "\n  ")).append('\n');
        List<String> tags = new ArrayList<>();
        int n = p.between(2, 5);
        while (tags.size() < n) {
            String t = p.pick(TAGS);
            if (!tags.contains(t)) tags.add(t);
        }
        sb.append("tags: [").append(String.join(", ", tags)).append("]\n");
        if (i < spec.logs()) {
            sb.append("people: [").append(personId(i, 0)).append(", ").append(personId(i, 1)).append("]\n");
            sb.append("log: ").append(logId(i)).append('\n');
        } else {
            sb.append("people: [advisor-").append(advisor).append("]\n");
        }
        sb.append("lessons:\n");
        for (int k = 0; k < 3; k++) sb.append("  - ").append(p.sentence()).append('\n');
        sb.append("questions:\n");
        for (int k = 0; k < 2; k++) sb.append("  - What would you have done about ").append(p.pick(Prose.OBJECTS)).append("?\n");
        sb.append("---\n\n");
        sb.append(p.paragraph(p.between(5, 7))).append("\n\n");
        int sections = p.between(4, 6);
        for (int s = 0; s < sections; s++) {
            sb.append("## ").append(p.pick(Prose.HEADINGS)).append("\n\n");
            sb.append(p.paragraph(p.between(5, 7))).append("\n\n");
            switch (s % 3) {
                case 0 -> {
                    int items = p.between(3, 5);
                    for (int k = 0; k < items; k++) sb.append("- ").append(p.sentence()).append('\n');
                    sb.append('\n');
                }
                case 1 -> {
                    int items = p.between(2, 4);
                    for (int k = 1; k <= items; k++) sb.append(k).append(". ").append(p.sentence()).append('\n');
                    sb.append('\n');
                }
                default -> sb.append("> ").append(Prose.wrap(p.sentence()).replace("\n", "\n> ")).append("\n\n");
            }
            sb.append(p.paragraph(p.between(3, 5))).append("\n\n");
        }
        return sb.toString();
    }

    /**
     * One log: six people (person 0 is the subject) and {@code eventsPerLog} events in episodes of five (first
     * contact, follow or conversation, an introduction of the subject, a small extra with no date, and the
     * business it led to), dated by year, month, day, 'after' with a gap, or not at all, always consistently.
     */
    static String log(Spec spec, int i) {
        Prose p = new Prose(random(spec, 2, i));
        StringBuilder sb = new StringBuilder("# Synthetic relationship log ").append(i).append('\n');
        sb.append("subject: ").append(personId(i, 0)).append("\npeople:\n");
        for (int k = 0; k < 6; k++) {
            sb.append("  - id: ").append(personId(i, k)).append('\n')
                    .append("    name: ").append(p.pick(Prose.FIRST)).append(' ').append(p.pick(Prose.LAST)).append('\n')
                    .append("    role: ").append(p.pick(Prose.ROLES)).append('\n');
            if (k % 3 == 1) sb.append("    handle: \"@").append(logId(i).replace("-", "_")).append('_').append(k).append("\"\n");
            if (k == 5) sb.append("    private: true\n");
        }
        sb.append("events:\n");
        String subject = personId(i, 0);
        int year = 1995 + i % 20;
        int events = spec.eventsPerLog();
        for (int e = 0; e < events; e++) {
            int episode = e / EPISODE;
            int step = e % EPISODE;
            int y = year + episode;
            String b = personId(i, 1 + (2 * episode) % 5);
            String c = personId(i, 1 + (2 * episode + 1) % 5);
            sb.append("  - id: e").append(e + 1).append('\n');
            switch (step) {
                case 0 -> {
                    sb.append("    type: ").append(episode == 0 ? "met" : "followed").append('\n');
                    sb.append("    from: ").append(subject).append("\n    to: ").append(b).append('\n');
                    sb.append("    via: ").append(episode == 0 ? "in-person" : "twitter").append('\n');
                    if (episode == 0) sb.append("    date: ").append(y).append('\n');
                    else sb.append("    after: e").append(e).append("\n    gap: a few weeks\n");
                }
                case 1 -> {
                    sb.append("    type: conversation\n    from: ").append(b).append("\n    to: ").append(subject).append('\n');
                    sb.append("    via: ").append(p.pick(List.of("twitter", "email", "phone", "blog"))).append('\n');
                    sb.append(String.format(Locale.ROOT, "    date: %d-%02d\n", y + 1, 3));
                }
                case 2 -> {
                    sb.append("    type: ").append(p.chance(50) ? "introduction" : "referral").append('\n');
                    sb.append("    from: ").append(b).append("\n    to: ").append(c).append("\n    introduces: ").append(subject).append('\n');
                    sb.append("    via: email\n    after: e").append(e).append('\n');
                    sb.append("    gap: ").append(p.between(1, 6)).append(" weeks\n");
                }
                case 3 -> {
                    sb.append("    type: lagniappe\n    from: ").append(subject).append("\n    to: ").append(c).append('\n');
                    sb.append("    via: phone\n");
                }
                default -> {
                    sb.append("    type: business\n    from: ").append(c).append("\n    to: ").append(subject).append('\n');
                    sb.append(String.format(Locale.ROOT, "    date: %d-%02d-%02d\n", y + 1, 9, p.between(1, 28)));
                    sb.append("    value: ").append(p.pick(List.of("paid workshop", "catering order", "annual contract", "website project"))).append('\n');
                }
            }
            sb.append("    note: ").append(p.sentence()).append('\n');
        }
        return sb.toString();
    }
}
