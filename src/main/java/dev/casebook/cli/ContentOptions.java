package dev.casebook.cli;

import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Path;

/** The options shared by build, check and serve: where the content and templates are, and whether drafts count. */
record ContentOptions(Path content, Path templates, boolean drafts) {

    /** Adds {@code --content}, {@code --templates} and {@code --drafts} to a command. */
    static void addTo(CommandSpec spec) {
        spec.addOption(CommandSpecs.valued("--content", "DIR", Path.class, "content", "content folder (default: ${DEFAULT-VALUE})"));
        spec.addOption(CommandSpecs.valued("--templates", "DIR", Path.class, "templates",
                "templates that override the built-in theme (default: ${DEFAULT-VALUE})"));
        spec.addOption(CommandSpecs.flag("--drafts", "include stories marked draft: true"));
    }

    /** The values a parsed command line gave them. */
    static ContentOptions of(CommandSpec spec) {
        return new ContentOptions(CommandSpecs.value(spec, "--content"), CommandSpecs.value(spec, "--templates"),
                CommandSpecs.value(spec, "--drafts"));
    }
}
