package dev.casebook.bench;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Made-up but realistic-looking English for synthetic stories: sentences, paragraphs, headings, lists and links
 * drawn from small fixed word lists, so the same random source always gives the same text.
 */
final class Prose {

    static final List<String> SUBJECTS = List.of("the owner", "a new client", "the advisor", "her accountant",
            "a local printer", "the bakery", "our program", "a caterer", "the workshop group", "his first customer",
            "a neighbour", "the chamber of commerce", "an old colleague", "the florist", "a supplier", "the mentor");
    static final List<String> VERBS = List.of("noticed", "recommended", "asked about", "wrote about", "shared",
            "paid for", "introduced", "questioned", "remembered", "followed", "answered", "invited", "thanked",
            "explained", "trusted", "returned to", "priced", "tested", "improved", "described");
    static final List<String> OBJECTS = List.of("the price list", "a short newsletter", "the spring open house",
            "a second order", "the training plan", "a simple website", "the referral", "a handwritten note",
            "the follow-up call", "a free consultation", "the market stall", "a quarterly review", "the sample box",
            "an honest answer", "the weekly tip", "a business card", "the guest list", "a tasting menu");
    static final List<String> TAILS = List.of("after a long week", "without being asked", "over coffee",
            "at the trade fair", "by email the next morning", "in front of the whole group", "on a quiet Tuesday",
            "before the season started", "during a phone call", "when the budget was tight", "a month later",
            "for no fee at all", "in a comment online", "while the shop was closed", "with real enthusiasm");
    static final List<String> LINKERS = List.of("Then", "Later", "Because of that,", "In the end,", "At first,",
            "Surprisingly,", "Meanwhile,", "Soon after,", "Quietly,", "For a while,", "Still,", "Eventually,");
    static final List<String> EMPHASIS = List.of("trust", "patience", "listening", "small favours", "follow-up",
            "generosity", "consistency", "curiosity", "a clear offer", "good timing", "honest pricing", "attention");
    static final List<String> HEADINGS = List.of("How it started", "The first conversation", "What changed",
            "An unexpected introduction", "Counting the cost", "What the numbers said", "The turning point",
            "Looking back", "What we would do again", "Mistakes along the way", "The follow-up", "A second chance",
            "Who else helped", "Keeping in touch", "The outcome", "Lessons for the classroom");
    static final List<String> SITES = List.of("example.org", "example.com", "example.net");
    static final List<String> FIRST = List.of("Ann", "Bea", "Carl", "Dana", "Eli", "Fay", "Gus", "Hana", "Ivo",
            "Jo", "Kim", "Lee", "Mo", "Nia", "Oli", "Pat", "Quin", "Ros", "Sam", "Tom", "Uma", "Vic", "Wes", "Zoe");
    static final List<String> LAST = List.of("Archer", "Baker", "Cole", "Dunn", "Ellis", "Frost", "Grant", "Hale",
            "Irwin", "Jones", "Kerr", "Lowe", "Moss", "Nash", "Orr", "Price", "Reed", "Shaw", "Todd", "Vale", "West");
    static final List<String> ROLES = List.of("baker", "caterer", "accountant", "printer", "florist", "coach",
            "photographer", "web designer", "consultant", "shop owner", "event planner", "writer");

    private final SplittableRandom random;

    Prose(SplittableRandom random) {
        this.random = random;
    }

    <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    int between(int lo, int hi) {
        return lo + random.nextInt(hi - lo + 1);
    }

    boolean chance(int percent) {
        return random.nextInt(100) < percent;
    }

    /** One sentence of 10-20 words, sometimes with emphasis or a link. */
    String sentence() {
        StringBuilder sb = new StringBuilder();
        if (chance(30)) sb.append(pick(LINKERS)).append(' ');
        String subject = pick(SUBJECTS);
        sb.append(sb.length() == 0 ? capitalise(subject) : subject);
        sb.append(' ').append(pick(VERBS)).append(' ').append(pick(OBJECTS)).append(' ').append(pick(TAILS));
        int extra = random.nextInt(4);
        if (extra == 0) {
            sb.append(", and it was ").append(chance(50) ? "*" + pick(EMPHASIS) + "*" : "**" + pick(EMPHASIS) + "**")
                    .append(" that made the difference");
        } else if (extra == 1 && chance(50)) {
            sb.append(" (see [").append(pick(OBJECTS)).append("](https://").append(pick(SITES)).append('/')
                    .append(random.nextInt(1000)).append("))");
        }
        return sb.append('.').toString();
    }

    /** A paragraph of a few sentences, wrapped at about 80 columns like a hand-written file. */
    String paragraph(int sentences) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < sentences; i++) {
            if (i > 0) text.append(' ');
            text.append(sentence());
        }
        return wrap(text.toString());
    }

    static String wrap(String text) {
        StringBuilder out = new StringBuilder();
        int col = 0;
        for (String word : text.split(" ")) {
            if (col > 0 && col + 1 + word.length() > 80) {
                out.append('\n');
                col = 0;
            } else if (col > 0) {
                out.append(' ');
                col++;
            }
            out.append(word);
            col += word.length();
        }
        return out.toString();
    }

    static String capitalise(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
