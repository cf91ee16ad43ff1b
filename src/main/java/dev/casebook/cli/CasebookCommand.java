package dev.casebook.cli;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;

/** The top command: {@code casebook build | check | ...}. Exit codes: 0 ok, 1 content errors, 2 usage. */
public final class CasebookCommand implements Runnable {

    private final CommandSpec spec = CommandSpecs.command(this, "casebook",
            "Turns relationship case studies (Markdown stories, YAML logs) into a static training site.",
            "Examples:",
            "  casebook build                     build ./content into ./site",
            "  casebook build --out /tmp/preview  build somewhere else",
            "  casebook check                     validate only, write nothing",
            "  casebook help build                the options of build",
            "",
            "Exit codes: 0 ok, 1 errors in the content or templates, 2 wrong usage.",
            "Docs: docs/format.md (content), docs/templates.md (templates).");

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "say what to do: build or check (see --help)");
    }

    /** A command line with Casebook's exit codes and plain error messages, ready to execute. */
    public static CommandLine commandLine() {
        return commandLine(new PrintWriter(System.out, true), new PrintWriter(System.err, true));
    }

    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new CasebookCommand().spec);
        cl.addSubcommand(new CommandLine(new BuildCommand().spec));
        cl.addSubcommand(new CommandLine(new CheckCommand().spec));
        cl.addSubcommand(new CommandLine(new ServeCommand().spec));
        cl.addSubcommand(ThemeCommand.commandLine());
        cl.addSubcommand(new CommandLine(new PackCommand().spec));
        cl.addSubcommand(new CommandLine(new HelpCommand().spec));
        cl.setOut(out);
        cl.setErr(err);
        cl.setExitCodeExceptionMapper(e -> 2);
        cl.setParameterExceptionHandler((ex, args) -> {
            CommandLine c = ex.getCommandLine();
            c.getErr().println("casebook: " + ex.getMessage());
            c.getErr().println("Try '" + c.getCommandSpec().qualifiedName() + " --help' for usage.");
            return 2;
        });
        cl.setExecutionExceptionHandler((ex, c, parsed) -> {
            c.getErr().println("casebook: internal error: " + ex + " (please report it, with the command you ran)");
            return 3;
        });
        return cl;
    }
}
