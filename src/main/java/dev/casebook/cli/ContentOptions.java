package dev.casebook.cli;

import picocli.CommandLine.Option;

import java.nio.file.Path;

/** The options shared by build, check and serve: where the content, templates and site are. */
final class ContentOptions {
    @Option(names = "--content", paramLabel = "DIR", description = "content folder (default: ${DEFAULT-VALUE})", defaultValue = "content")
    Path content;

    @Option(names = "--templates", paramLabel = "DIR", description = "templates that override the built-in theme (default: ${DEFAULT-VALUE})",
            defaultValue = "templates")
    Path templates;

    @Option(names = "--drafts", description = "include stories marked draft: true")
    boolean drafts;
}
