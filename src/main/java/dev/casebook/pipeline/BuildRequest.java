package dev.casebook.pipeline;

import java.nio.file.Path;
import java.util.Objects;

/** What to build: the content and templates folders, the output folder, and whether drafts are included. */
public record BuildRequest(Path content, Path templates, Path out, boolean drafts) {
    public BuildRequest {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(templates, "templates");
        Objects.requireNonNull(out, "out");
    }
}
