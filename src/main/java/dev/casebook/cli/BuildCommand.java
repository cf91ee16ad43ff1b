package dev.casebook.cli;

import dev.casebook.pipeline.BuildOutcome;
import dev.casebook.pipeline.BuildRequest;
import dev.casebook.pipeline.Pipeline;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code casebook build}: the whole pipeline, then a one-line summary. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Validate the content and build the site. A failed build leaves the previous site untouched.",
        footer = {"", "Examples:", "  casebook build", "  casebook build --content ~/casebook/content --out /var/www/casebook",
                "  casebook build --drafts --out /tmp/preview"})
final class BuildCommand implements Callable<Integer> {

    @Mixin
    ContentOptions options;

    @Option(names = "--out", paramLabel = "DIR", description = "output folder, replaced as a whole (default: ${DEFAULT-VALUE})", defaultValue = "site")
    Path out;

    @Option(names = "--base-url", paramLabel = "URL",
            description = "address the site will be served from, for the feed and sitemap (default: relative paths)")
    String baseUrl;

    @Option(names = "--timings", hidden = true, description = "print how long each stage took, to stderr")
    boolean timings;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        long start = System.nanoTime();
        if (baseUrl != null && !baseUrl.matches("(?i)https?://\\S+")) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--base-url must start with http:// or https://, got '" + baseUrl + "'");
        }
        PrintWriter err = spec.commandLine().getErr();
        BuildOutcome outcome;
        try (ProgressLine progress = ProgressLine.forTerminal(err)) {
            PhaseTimer timer = new PhaseTimer(progress);
            outcome = Pipeline.build(new BuildRequest(options.content, options.templates, out, options.drafts,
                    java.util.Optional.ofNullable(baseUrl)), timings ? timer : progress);
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
