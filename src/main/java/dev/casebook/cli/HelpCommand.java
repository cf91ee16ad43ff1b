package dev.casebook.cli;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/** {@code casebook help [COMMAND...]}: the help of a command, such as {@code help build} or {@code help theme export}. */
final class HelpCommand implements Callable<Integer> {

    final CommandSpec spec = CommandSpecs.command(this, "help",
            "Show the help of COMMAND, or of casebook itself when none is given.",
            "Examples:", "  casebook help build", "  casebook help theme export");

    HelpCommand() {
        spec.helpCommand(true);
        spec.addPositional(PositionalParamSpec.builder().paramLabel("COMMAND").type(String[].class).arity("0..*")
                .description("the command, and subcommand, to show the help of").build());
    }

    @Override
    public Integer call() {
        String[] path = spec.positionalParameters().get(0).getValue();
        CommandLine target = spec.commandLine().getParent();
        for (String name : path == null ? new String[0] : path) {
            CommandLine next = target.getSubcommands().get(name);
            if (next == null) {
                throw new CommandLine.ParameterException(target, "Unknown subcommand '" + name + "'.");
            }
            target = next;
        }
        PrintWriter out = spec.commandLine().getOut();
        target.usage(out);
        out.flush();
        return 0;
    }
}
