package dev.casebook.bench.analysis;

import dev.casebook.analyse.Analysis;
import dev.casebook.analyse.Casebook;
import dev.casebook.analyse.Network;
import dev.casebook.analyse.ReferralChain;
import dev.casebook.analyse.ReferralChains;
import dev.casebook.analyse.Report;
import dev.casebook.analyse.Timeline;
import dev.casebook.analyse.TimelineOrder;
import dev.casebook.model.Project;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Measures the analyse stage on a synthetic project built in memory (no files, no rendering) and prints the
 * figures. Usage: {@code java -cp target/casebook.jar dev.casebook.bench.analysis.AnalysisBenchmark
 * [people] [events] [logs] [runs]} (defaults 20000 100000 5000 5).
 */
public final class AnalysisBenchmark {

    private AnalysisBenchmark() {
    }

    public static void main(String[] args) {
        int people = arg(args, 0, 20_000);
        int events = arg(args, 1, 100_000);
        int logs = arg(args, 2, 5_000);
        int runs = arg(args, 3, 5);
        long t0 = System.nanoTime();
        Project project = SyntheticCorpus.generate(people, events, logs, 42L);
        long generated = System.nanoTime() - t0;
        int eventCount = project.logs().stream().mapToInt(l -> l.events().size()).sum();
        System.out.printf(Locale.ROOT, "synthetic project: %d people, %d events, %d logs (generated in %.2f s)%n",
                project.people().size(), eventCount, project.logs().size(), generated / 1e9);
        System.out.printf(Locale.ROOT, "cores: %d, max heap: %d MiB, java %s%n", Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20, System.getProperty("java.version"));
        List<Double> seconds = new ArrayList<>();
        Analysis.Result result = null;
        for (int r = 0; r <= Math.max(1, runs); r++) {
            long start = System.nanoTime();
            long cpu = cpuTime();
            result = Analysis.of(project);
            double s = (System.nanoTime() - start) / 1e9;
            System.out.printf(Locale.ROOT, "%s %d: %.2f s wall, %.2f s cpu (all threads)%n", r == 0 ? "warm-up" : "run", r, s,
                    (cpuTime() - cpu) / 1e9);
            if (r > 0) seconds.add(s);
        }
        seconds.sort(null);
        breakdown(project);
        Casebook c = result.casebook();
        long chains = c.chains().values().stream().mapToLong(List::size).sum();
        long traced = c.chains().values().stream().flatMap(List::stream).filter(ReferralChain::traced).count();
        long alternatives = c.chains().values().stream().flatMap(List::stream).mapToLong(ch -> ch.alternatives().size()).sum();
        long errors = result.problems().stream().filter(d -> d.isError()).count();
        System.out.printf(Locale.ROOT, "analysis: median %.2f s, best %.2f s, worst %.2f s over %d runs%n",
                seconds.get(seconds.size() / 2), seconds.get(0), seconds.get(seconds.size() - 1), seconds.size());
        System.out.printf(Locale.ROOT, "results: %d chains (%d traced, %d alternatives), %d links, %d errors, %d warnings, "
                        + "betweenness %s, top connector %s%n", chains, traced, alternatives, c.network().links().size(), errors,
                result.problems().size() - errors, c.network().exactBetweenness() ? "exact" : "sampled",
                c.network().connectors().isEmpty() ? "none" : c.network().connectors().get(0));
    }

    /** One more pass, stage by stage, to show where the time goes. */
    private static void breakdown(Project project) {
        long t0 = System.nanoTime();
        Map<String, Timeline> timelines = new TreeMap<>();
        Map<String, List<ReferralChain>> chains = new TreeMap<>();
        project.logs().parallelStream().map(l -> TimelineOrder.of(l, id -> id)).toList()
                .forEach(r -> timelines.put(r.timeline().logId(), r.timeline()));
        long t1 = System.nanoTime();
        List<ReferralChains.Result> found = project.logs().parallelStream().map(l -> ReferralChains.of(l, timelines.get(l.id()))).toList();
        for (int i = 0; i < found.size(); i++) chains.put(project.logs().get(i).id(), found.get(i).chains());
        long t2 = System.nanoTime();
        Network network = Network.of(project, timelines, chains);
        long t3 = System.nanoTime();
        Report.of(project, timelines, chains, network);
        long t4 = System.nanoTime();
        System.out.printf(Locale.ROOT, "stages: timelines %.2f s, chains %.2f s, network with betweenness %.2f s, report %.2f s%n",
                (t1 - t0) / 1e9, (t2 - t1) / 1e9, (t3 - t2) / 1e9, (t4 - t3) / 1e9);
    }

    /** CPU time used by this process so far, in nanoseconds (0 when the JVM does not say). */
    private static long cpuTime() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() : 0;
    }

    private static int arg(String[] args, int i, int fallback) {
        return args.length > i ? Integer.parseInt(args[i]) : fallback;
    }
}
