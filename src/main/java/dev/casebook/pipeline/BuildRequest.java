package dev.casebook.pipeline;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * What to build: the content and templates folders, the output folder, whether drafts are included, and the
 * address the site will be served from (for feed and sitemap; relative paths when empty).
 */
public record BuildRequest(Path content, Path templates, Path out, boolean drafts, Optional<String> baseUrl) {
    public BuildRequest {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(templates, "templates");
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(baseUrl, "baseUrl");
    }

    public BuildRequest(Path content, Path templates, Path out, boolean drafts) {
        this(content, templates, out, drafts, Optional.empty());
    }
}
