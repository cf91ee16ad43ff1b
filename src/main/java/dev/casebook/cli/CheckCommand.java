package dev.casebook.cli;

import dev.casebook.pipeline.BuildOutcome;
import dev.casebook.pipeline.BuildRequest;
import dev.casebook.pipeline.Pipeline;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code casebook check}: validate only; writes nothing. */
final class CheckCommand implements Callable<Integer> {

    final CommandSpec spec = CommandSpecs.command(this, "check",
            "Validate the content (files, fields, references, dates, chains) without writing anything.",
            "Examples:", "  casebook check", "  casebook check --content ~/casebook/content --drafts");

    CheckCommand() {
        ContentOptions.addTo(spec);
    }

    @Override
    public Integer call() {
        ContentOptions options = ContentOptions.of(spec);
        BuildOutcome outcome = Pipeline.check(new BuildRequest(options.content(), options.templates(), Path.of("site"), options.drafts()));
        PrintWriter err = spec.commandLine().getErr();
        DiagnosticPrinter.print(outcome.diagnostics(), err);
        String summary = DiagnosticPrinter.count(outcome.errors(), "error") + ", " + DiagnosticPrinter.count(outcome.warnings(), "warning");
        if (outcome.errors() > 0) {
            err.println("check failed: " + summary);
            return 1;
        }
        spec.commandLine().getOut().println("check passed: " + DiagnosticPrinter.count(outcome.stories(), "story") + ", " + summary);
        spec.commandLine().getOut().flush();
        return 0;
    }
}
