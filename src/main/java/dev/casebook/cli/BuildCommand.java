package dev.casebook.cli;

import dev.casebook.pipeline.BuildOutcome;
import dev.casebook.pipeline.BuildRequest;
import dev.casebook.pipeline.Pipeline;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code casebook build}: the whole pipeline, then a one-line summary. */
final class BuildCommand implements Callable<Integer> {

    final CommandSpec spec = CommandSpecs.command(this, "build",
            "Validate the content and build the site. A failed build leaves the previous site untouched.",
            "Examples:", "  casebook build", "  casebook build --content ~/casebook/content --out /var/www/casebook",
            "  casebook build --drafts --out /tmp/preview");

    BuildCommand() {
        ContentOptions.addTo(spec);
        spec.addOption(CommandSpecs.valued("--out", "DIR", Path.class, "site", "output folder, replaced as a whole (default: ${DEFAULT-VALUE})"));
        spec.addOption(CommandSpecs.valued("--base-url", "URL", String.class, null,
                "address the site will be served from, for the feed and sitemap (default: relative paths)"));
        spec.addOption(OptionSpec.builder("--timings").type(boolean.class).defaultValue("false").hidden(true)
                .description("print how long each stage took, to stderr").build());
    }

    @Override
    public Integer call() {
        long start = System.nanoTime();
        ContentOptions options = ContentOptions.of(spec);
        Path out = CommandSpecs.value(spec, "--out");
        String baseUrl = CommandSpecs.value(spec, "--base-url");
        boolean timings = CommandSpecs.value(spec, "--timings");
        if (baseUrl != null && !baseUrl.matches("(?i)https?://\\S+")) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--base-url must start with http:// or https://, got '" + baseUrl + "'");
        }
        PrintWriter err = spec.commandLine().getErr();
        BuildOutcome outcome;
        try (ProgressLine progress = ProgressLine.forTerminal(err)) {
            PhaseTimer timer = new PhaseTimer(progress);
            outcome = Pipeline.build(new BuildRequest(options.content(), options.templates(), out, options.drafts(),
                    Optional.ofNullable(baseUrl)), timings ? timer : progress);
            if (timings) timer.print(err);
        }
        DiagnosticPrinter.print(outcome.diagnostics(), err);
        double seconds = (System.nanoTime() - start) / 1e9;
        if (!outcome.published()) {
            err.println(String.format(Locale.ROOT, "build failed: %s, %s; %s was left as it was",
                    DiagnosticPrinter.count(outcome.errors(), "error"), DiagnosticPrinter.count(outcome.warnings(), "warning"), out));
            return 1;
        }
        PrintWriter o = spec.commandLine().getOut();
        o.println(String.format(Locale.ROOT, "built %s from %s in %.2f s, %s -> %s",
                DiagnosticPrinter.count(outcome.pages(), "page"), DiagnosticPrinter.count(outcome.stories(), "story"),
                seconds, DiagnosticPrinter.count(outcome.warnings(), "warning"), out));
        o.flush();
        return 0;
    }
}
