package dev.casebook.cli;

import dev.casebook.render.ThemeFiles;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code casebook theme export DIR}: the built-in theme (templates and assets) as a starting point for templates/. */
final class ThemeCommand implements Runnable {

    private final CommandSpec spec = CommandSpecs.command(this, "theme", "Work with the built-in theme.");

    /** {@code theme} with its one subcommand, {@code export}. */
    static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new ThemeCommand().spec);
        cl.addSubcommand(new CommandLine(new Export().spec));
        return cl;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "say what to do: export DIR (see --help)");
    }

    /** Writes every theme file under DIR, refusing to overwrite anything unless told to. */
    static final class Export implements Callable<Integer> {

        private final CommandSpec spec = CommandSpecs.command(this, "export",
                "Write the built-in theme's templates and assets into DIR, to edit and use as --templates DIR.",
                "Examples:", "  casebook theme export templates", "  casebook theme export /tmp/theme --force",
                "", "Keep only the files you change: the others still come from the built-in theme. See docs/templates.md.");

        Export() {
            spec.addPositional(PositionalParamSpec.builder().paramLabel("DIR").type(Path.class).arity("1").required(true)
                    .description("folder to write the theme into (created if missing)").build());
            spec.addOption(CommandSpecs.flag("--force", "overwrite files that already exist"));
        }

        @Override
        public Integer call() {
            Path dir = spec.positionalParameters().get(0).getValue();
            boolean force = CommandSpecs.value(spec, "--force");
            PrintWriter err = spec.commandLine().getErr();
            List<String> names = ThemeFiles.names();
            List<String> existing = names.stream().filter(n -> Files.exists(dir.resolve(n), LinkOption.NOFOLLOW_LINKS)).toList();
            if (!existing.isEmpty() && !force) {
                for (String n : existing) err.println(path(dir, n) + ": error: already exists");
                err.println("theme export refused: " + DiagnosticPrinter.count(existing.size(), "file") + " would be overwritten; nothing was written");
                err.println("  hint: pick an empty folder, or add --force to overwrite them");
                err.flush();
                return 1;
            }
            for (String n : names) {
                Path target = dir.resolve(n);
                try {
                    if (Files.isSymbolicLink(target)) throw new IOException("it is a symbolic link");
                    Files.createDirectories(target.getParent());
                    Files.write(target, ThemeFiles.read(n));
                } catch (IOException e) {
                    err.println(path(dir, n) + ": error: cannot write: " + e.getMessage());
                    err.flush();
                    return 1;
                }
            }
            PrintWriter out = spec.commandLine().getOut();
            out.println("exported " + DiagnosticPrinter.count(names.size(), "file") + " of the built-in theme to " + dir
                    + (existing.isEmpty() ? "" : " (" + existing.size() + " overwritten)"));
            out.println("use it with: casebook build --templates " + dir);
            out.flush();
            return 0;
        }

        private static String path(Path dir, String name) {
            return dir.resolve(name).toString().replace('\\', '/');
        }
    }
}
