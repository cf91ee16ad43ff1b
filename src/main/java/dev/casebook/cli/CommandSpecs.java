package dev.casebook.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Builds Casebook's commands with picocli's programmatic API. Annotated commands cost about 0.1 s at every start
 * (reflection, and annotation proxies spun at run time that the class-data-sharing archive cannot hold); these
 * give the same parsing, help and errors without them.
 */
final class CommandSpecs {

    /** What {@code --version} prints, on every command. */
    static final String VERSION = "casebook " + version();

    private CommandSpecs() {
    }

    /**
     * A command run by {@code command} ({@link Runnable} or {@link java.util.concurrent.Callable}), with
     * {@code -h/--help} and {@code -V/--version}; footer lines, when given, follow a blank line.
     */
    static CommandSpec command(Object command, String name, String description, String... footer) {
        CommandSpec spec = CommandSpec.wrapWithoutInspection(command);
        spec.name(name).version(VERSION);
        spec.usageMessage().description(description.split("\n"));
        if (footer.length > 0) {
            String[] lines = new String[footer.length + 1];
            lines[0] = "";
            System.arraycopy(footer, 0, lines, 1, footer.length);
            spec.usageMessage().footer(lines);
        }
        spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true).description("Show this help message and exit.").build());
        spec.addOption(OptionSpec.builder("-V", "--version").versionHelp(true).description("Print version information and exit.").build());
        return spec;
    }

    /** An option that takes a value, with its default shown in its description as {@code ${DEFAULT-VALUE}}. */
    static OptionSpec valued(String name, String label, Class<?> type, String defaultValue, String description) {
        OptionSpec.Builder b = OptionSpec.builder(name).paramLabel(label).type(type).description(description);
        return (defaultValue == null ? b : b.defaultValue(defaultValue)).build();
    }

    /** An option that is on when given. */
    static OptionSpec flag(String name, String description) {
        return OptionSpec.builder(name).type(boolean.class).defaultValue("false").description(description).build();
    }

    /** The value of option {@code name} after parsing (its default when not given). */
    static <T> T value(CommandSpec spec, String name) {
        return spec.findOption(name).getValue();
    }

    private static String version() {
        String v = CommandSpecs.class.getPackage().getImplementationVersion();
        return v == null ? "0.1.0" : v;
    }
}
