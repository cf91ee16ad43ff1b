package dev.casebook.pipeline;

import dev.casebook.model.Diagnostic;

import java.util.List;

/**
 * How a build or check ended: every diagnostic (sorted), the pages written (0 for a check or a failed build),
 * and whether the site was replaced.
 */
public record BuildOutcome(List<Diagnostic> diagnostics, int pages, int stories, boolean published) {
    public BuildOutcome {
        diagnostics = diagnostics.stream().sorted().toList();
    }

    public long errors() {
        return diagnostics.stream().filter(Diagnostic::isError).count();
    }

    public long warnings() {
        return diagnostics.size() - errors();
    }
}
