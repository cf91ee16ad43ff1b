package dev.casebook.bench;

import dev.casebook.cli.CasebookCommand;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The training run behind the class-data-sharing archive {@code mvn package} makes:
 * {@code java -XX:DumpLoadedClassList=F -cp casebook.jar dev.casebook.bench.CdsTraining CONTENT TEMPLATES WORK}.
 * In one process it builds the sample content and then a small synthetic project (logs, people, every kind of
 * date, headings, emphasis, links and lists), so the archive holds the classes, and the method-handle forms, that
 * a build of either kind needs; a class left out is loaded from the jar at every start instead.
 */
public final class CdsTraining {

    private CdsTraining() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: CdsTraining CONTENT TEMPLATES WORK");
            System.exit(2);
        }
        Path work = Path.of(args[2]);
        Path synthetic = work.resolve("synthetic");
        if (!Files.exists(synthetic.resolve("content"))) {
            SyntheticProject.write(SyntheticProject.Spec.withLogs(16), synthetic);
        }
        build(args[0], args[1], work.resolve("site-sample"));
        build(synthetic.resolve("content").toString(), args[1], work.resolve("site-synthetic"));
    }

    private static void build(String content, String templates, Path out) {
        StringWriter said = new StringWriter();
        int code = CasebookCommand.commandLine(new PrintWriter(said, true), new PrintWriter(said, true))
                .execute("build", "--content", content, "--templates", templates, "--out", out.toString());
        if (code != 0) {
            System.err.print(said);
            System.err.println("CdsTraining: the training build of " + content + " failed (exit " + code + ")");
            System.exit(code);
        }
    }
}
