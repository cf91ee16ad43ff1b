package dev.casebook.cli;

import dev.casebook.publish.PublishException;
import dev.casebook.publish.SiteArchive;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code casebook pack}: the built site as one zip with one folder inside; `mvn package` runs it after the build. */
@Command(name = "pack", mixinStandardHelpOptions = true,
        description = "Pack a built site into a zip with one folder inside, to copy to a USB stick or upload to a learning platform.",
        footer = {"", "Examples:", "  casebook pack", "  casebook pack --site site --zip target/casebook-site.zip --folder casebook-site"})
final class PackCommand implements Callable<Integer> {

    @Option(names = "--site", paramLabel = "DIR", description = "the built site (default: ${DEFAULT-VALUE})", defaultValue = "site")
    Path site;

    @Option(names = "--zip", paramLabel = "FILE", description = "the zip to write (default: ${DEFAULT-VALUE})", defaultValue = "target/casebook-site.zip")
    Path zip;

    @Option(names = "--folder", paramLabel = "NAME", description = "the one folder inside the zip (default: ${DEFAULT-VALUE})", defaultValue = "casebook-site")
    String folder;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
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
