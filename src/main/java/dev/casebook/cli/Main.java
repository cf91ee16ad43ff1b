package dev.casebook.cli;

import picocli.CommandLine;

/** Entry point of {@code java -jar casebook.jar}. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(CasebookCommand.commandLine().execute(args));
    }
}
