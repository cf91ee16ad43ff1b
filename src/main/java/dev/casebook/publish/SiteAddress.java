package dev.casebook.publish;

import java.util.Optional;

/**
 * Where the site will live, if known: {@code --base-url}. With one, feed and sitemap addresses are absolute;
 * without, they stay relative to the site root.
 */
public record SiteAddress(Optional<String> baseUrl) {

    public static final SiteAddress RELATIVE = new SiteAddress(Optional.empty());

    public SiteAddress {
        baseUrl = baseUrl.map(String::strip).filter(s -> !s.isEmpty()).map(s -> s.endsWith("/") ? s : s + "/");
    }

    public static SiteAddress of(String baseUrl) {
        return new SiteAddress(Optional.ofNullable(baseUrl));
    }

    /** The address of {@code path} (relative to the site root): absolute with a base URL, else as it is. */
    public String resolve(String path) {
        return baseUrl.map(b -> b + path).orElse(path);
    }
}
