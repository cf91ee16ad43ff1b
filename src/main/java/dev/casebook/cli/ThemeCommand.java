package dev.casebook.cli;

import dev.casebook.render.ThemeFiles;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code casebook theme export DIR}: the built-in theme (templates and assets) as a starting point for templates/. */
@Command(name = "theme", mixinStandardHelpOptions = true,
        description = "Work with the built-in theme.",
        subcommands = {ThemeCommand.Export.class})
final class ThemeCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "say what to do: export DIR (see --help)");
    }

    /** Writes every theme file under DIR, refusing to overwrite anything unless told to. */
    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Write the built-in theme's templates and assets into DIR, to edit and use as --templates DIR.",
            footer = {"", "Examples:", "  casebook theme export templates", "  casebook theme export /tmp/theme --force",
                    "", "Keep only the files you change: the others still come from the built-in theme. See docs/templates.md."})
    static final class Export implements Callable<Integer> {

        @Parameters(paramLabel = "DIR", description = "folder to write the theme into (created if missing)")
        Path dir;

        @Option(names = "--force", description = "overwrite files that already exist")
        boolean force;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            List<String> names = ThemeFiles.names();
            List<String> existing = names.stream().filter(n -> Files.exists(dir.resolve(n), LinkOption.NOFOLLOW_LINKS)).toList();
            if (!existing.isEmpty() && !force) {
                for (String n : existing) err.println(path(n) + ": error: already exists");
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
                    err.println(path(n) + ": error: cannot write: " + e.getMessage());
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

        private String path(String name) {
            return dir.resolve(name).toString().replace('\\', '/');
        }
    }
}
