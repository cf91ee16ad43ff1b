package dev.casebook.render;

import dev.casebook.load.Ids;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Page addresses relative to the site root. Every page also gets {@code root}, the way back up to it. */
public final class Links {

    private static final Map<String, String> THEME_SLUGS = new ConcurrentHashMap<>();

    private Links() {
    }

    public static String story(String slug) {
        return "story/" + slug + ".html";
    }

    public static String person(String id) {
        return "person/" + id + ".html";
    }

    public static String theme(String tag) {
        return "theme/" + themeSlug(tag) + ".html";
    }

    /** {@link Ids#tagSlug}, remembered: every story card asks for the slugs of its tags again. */
    public static String themeSlug(String tag) {
        String slug = THEME_SLUGS.get(tag);
        if (slug == null) {
            slug = Ids.tagSlug(tag);
            if (THEME_SLUGS.size() < 100_000) THEME_SLUGS.put(tag, slug);
        }
        return slug;
    }

    /** "../" for each folder level of {@code path}. */
    public static String rootOf(String path) {
        int depth = (int) path.chars().filter(c -> c == '/').count();
        return "../".repeat(depth);
    }
}
