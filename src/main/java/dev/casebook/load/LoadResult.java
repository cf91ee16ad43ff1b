package dev.casebook.load;

import dev.casebook.model.Diagnostic;
import dev.casebook.model.Project;

import java.util.List;
import java.util.Optional;

/** What loading gave: the project when there were no errors, and every diagnostic, sorted. */
public record LoadResult(Optional<Project> project, List<Diagnostic> diagnostics) {
    public LoadResult {
        diagnostics = diagnostics.stream().sorted().toList();
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }
}
