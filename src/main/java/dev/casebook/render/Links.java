package dev.casebook.render;

import dev.casebook.load.Ids;

/** Page addresses relative to the site root. Every page also gets {@code root}, the way back up to it. */
public final class Links {

    private Links() {
    }

    public static String story(String slug) {
        return "story/" + slug + ".html";
    }

    public static String person(String id) {
        return "person/" + id + ".html";
    }

    public static String theme(String tag) {
        return "theme/" + Ids.tagSlug(tag) + ".html";
    }

    /** "../" for each folder level of {@code path}. */
    public static String rootOf(String path) {
        int depth = (int) path.chars().filter(c -> c == '/').count();
        return "../".repeat(depth);
    }
}
