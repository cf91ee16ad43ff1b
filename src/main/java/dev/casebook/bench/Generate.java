package dev.casebook.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Writes a synthetic project for benchmarks:
 * {@code java -cp casebook.jar dev.casebook.bench.Generate N DIR [--logs | --logs=L] [--events-per-log=E] [--seed=S]}.
 */
public final class Generate {

    private Generate() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: Generate N DIR [--logs | --logs=L] [--events-per-log=E] [--seed=S]");
            System.err.println("  writes DIR/content (stories, logs, people.yaml); --logs gives 5 logs per 16 stories, 20 events each");
            System.exit(2);
        }
        int n = Integer.parseInt(args[0].replace("_", "").replace(",", ""));
        Path dir = Path.of(args[1]);
        SyntheticProject.Spec spec = SyntheticProject.Spec.plain(n);
        for (int i = 2; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--logs")) spec = SyntheticProject.Spec.withLogs(n);
            else if (a.startsWith("--logs=")) spec = new SyntheticProject.Spec(n, Integer.parseInt(a.substring(7)), 20, spec.seed());
            else if (a.startsWith("--events-per-log=")) spec = new SyntheticProject.Spec(n, spec.logs(), Integer.parseInt(a.substring(17)), spec.seed());
            else if (a.startsWith("--seed=")) spec = new SyntheticProject.Spec(n, spec.logs(), spec.eventsPerLog(), Long.parseLong(a.substring(7)));
            else {
                System.err.println("Generate: unknown option " + a);
                System.exit(2);
            }
        }
        if (Files.exists(dir.resolve("content"))) {
            System.err.println("Generate: " + dir.resolve("content") + " exists already; pick an empty folder");
            System.exit(2);
        }
        long t0 = System.nanoTime();
        SyntheticProject.write(spec, dir);
        System.out.printf(Locale.ROOT, "wrote %d stories, %d logs, %d events to %s in %.1f s%n", spec.stories(), spec.logs(),
                (long) spec.logs() * spec.eventsPerLog(), dir.resolve("content"), (System.nanoTime() - t0) / 1e9);
    }
}
