package dev.casebook.analyse;

import dev.casebook.jobs.Jobs;
import dev.casebook.model.Diagnostic;
import dev.casebook.model.Log;
import dev.casebook.model.Person;
import dev.casebook.model.Project;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/** The analyse stage: a pure function from a loaded project to a {@link Casebook} and the problems it shows. */
public final class Analysis {

    private Analysis() {
    }

    public record Result(Casebook casebook, List<Diagnostic> problems) {
        public boolean hasErrors() {
            return problems.stream().anyMatch(Diagnostic::isError);
        }
    }

    /** One log's timeline and chains, computed independently of every other log. */
    private record LogAnalysis(TimelineOrder.Result timeline, ReferralChains.Result chains) {
    }

    public static Result of(Project project) {
        Function<String, String> name = id -> project.person(id).map(Person::publicName).orElse(id);
        Map<String, Timeline> timelines = new TreeMap<>();
        Map<String, List<ReferralChain>> chains = new TreeMap<>();
        List<Diagnostic> problems = new ArrayList<>();
        List<LogAnalysis> perLog = Jobs.map(project.logs(), log -> analyse(log, name));
        for (LogAnalysis r : perLog) {
            String id = r.timeline().timeline().logId();
            timelines.put(id, r.timeline().timeline());
            chains.put(id, r.chains().chains());
            problems.addAll(r.timeline().problems());
            problems.addAll(r.chains().problems());
        }
        Network network = Network.of(project, timelines, chains);
        Report report = Report.of(project, timelines, chains, network);
        return new Result(new Casebook(project, timelines, chains, network, report), problems.stream().sorted().toList());
    }

    /**
     * Like {@link #of(Project)}, but reuses {@code previous} when only stories changed (same logs, same people):
     * timelines and chains depend on logs and people alone, so only the network and the report are worked out again.
     */
    public static Result of(Project project, Result previous) {
        Casebook before = previous.casebook();
        if (!before.project().logs().equals(project.logs()) || !before.project().people().equals(project.people())) return of(project);
        Network network = Network.of(project, before.timelines(), before.chains());
        Report report = Report.of(project, before.timelines(), before.chains(), network);
        return new Result(new Casebook(project, before.timelines(), before.chains(), network, report), previous.problems());
    }

    /**
     * {@code previous} with only its stories replaced by {@code project}'s (same logs, same people): timelines and
     * chains stay right, the network and report are the previous ones. Enough to render story pages at once (the
     * preview server's quick pass); the full {@link #of(Project, Result)} follows for every other page.
     */
    public static Casebook withStories(Project project, Result previous) {
        Casebook c = previous.casebook();
        return new Casebook(project, c.timelines(), c.chains(), c.network(), c.report());
    }

    private static LogAnalysis analyse(Log log, Function<String, String> name) {
        TimelineOrder.Result t = TimelineOrder.of(log, name);
        return new LogAnalysis(t, ReferralChains.of(log, t.timeline()));
    }
}
