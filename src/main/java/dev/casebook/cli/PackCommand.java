package dev.casebook.cli;

import dev.casebook.publish.PublishException;
import dev.casebook.publish.SiteArchive;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code casebook pack}: the built site as one zip with one folder inside; `mvn package` runs it after the build. */
final class PackCommand implements Callable<Integer> {

    final CommandSpec spec = CommandSpecs.command(this, "pack",
            "Pack a built site into a zip with one folder inside, to copy to a USB stick or upload to a learning platform.",
            "Examples:", "  casebook pack", "  casebook pack --site site --zip /tmp/casebook.zip --folder casebook");

    PackCommand() {
        spec.addOption(CommandSpecs.valued("--site", "DIR", Path.class, "site", "the built site (default: ${DEFAULT-VALUE})"));
        spec.addOption(CommandSpecs.valued("--zip", "FILE", Path.class, "target/casebook-site.zip", "the zip to write (default: ${DEFAULT-VALUE})"));
        spec.addOption(CommandSpecs.valued("--folder", "NAME", String.class, "casebook-site",
                "the one folder inside the zip (default: ${DEFAULT-VALUE})"));
    }

    @Override
    public Integer call() {
        Path site = CommandSpecs.value(spec, "--site");
        Path zip = CommandSpecs.value(spec, "--zip");
        String folder = CommandSpecs.value(spec, "--folder");
        if (!folder.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,63}")) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--folder must be a plain folder name (letters, digits, '.', '_', '-')");
        }
        try {
            int files = SiteArchive.write(site, zip, folder);
            spec.commandLine().getOut().println("packed " + DiagnosticPrinter.count(files, "file") + " of " + site + " -> " + zip + " (" + folder + "/)");
            spec.commandLine().getOut().flush();
            return 0;
        } catch (PublishException e) {
            spec.commandLine().getErr().println("casebook: " + e.getMessage());
            spec.commandLine().getErr().println("  hint: " + e.hint());
            spec.commandLine().getErr().flush();
            return 1;
        }
    }
}
