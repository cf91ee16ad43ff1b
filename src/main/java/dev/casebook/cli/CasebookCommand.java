package dev.casebook.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;

/** The top command: {@code casebook build | check | ...}. Exit codes: 0 ok, 1 content errors, 2 usage. */
@Command(name = "casebook",
        mixinStandardHelpOptions = true,
        versionProvider = CasebookCommand.Version.class,
        description = "Turns relationship case studies (Markdown stories, YAML logs) into a static training site.",
        subcommands = {BuildCommand.class, CheckCommand.class, ServeCommand.class, ThemeCommand.class, PackCommand.class, CommandLine.HelpCommand.class},
        footer = {"",
                "Examples:",
                "  casebook build                      build ./content and ./templates into ./site",
                "  casebook build --out /tmp/preview   build somewhere else",
                "  casebook check                      validate only, write nothing",
                "",
                "Exit codes: 0 ok, 1 errors in the content or templates, 2 wrong usage.",
                "Docs: docs/format.md (content), docs/templates.md (templates)."})
public final class CasebookCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "say what to do: build or check (see --help)");
    }

    /** A command line with Casebook's exit codes and plain error messages, ready to execute. */
    public static CommandLine commandLine() {
        return commandLine(new PrintWriter(System.out, true), new PrintWriter(System.err, true));
    }

    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new CasebookCommand());
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

    /** The version from the jar's manifest, or "dev" when run from classes. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = CasebookCommand.class.getPackage().getImplementationVersion();
            return new String[]{"casebook " + (v == null ? "0.1.0" : v)};
        }
    }
}
