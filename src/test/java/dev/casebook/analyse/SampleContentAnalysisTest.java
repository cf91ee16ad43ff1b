package dev.casebook.analyse;

import dev.casebook.load.ContentLoader;
import dev.casebook.load.LoadOptions;
import dev.casebook.load.LoadResult;
import dev.casebook.model.Project;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The repository's sample content, loaded from disk and analysed end to end. */
class SampleContentAnalysisTest {

    static Casebook casebook;
    static List<String> problems;

    @BeforeAll
    static void analyse() {
        LoadResult loaded = ContentLoader.load(Path.of("content"), LoadOptions.defaults());
        Project project = loaded.project().orElseThrow(() -> new AssertionError(loaded.diagnostics()));
        Analysis.Result result = Analysis.of(project);
        casebook = result.casebook();
        problems = result.problems().stream().map(d -> d.format()).toList();
    }

    @Test
    void debug() {
        for (List<ReferralChain> cs : casebook.chains().values()) for (ReferralChain c : cs) {
            System.out.println(c.logId() + " " + c.traced() + " " + c.path());
            for (ChainStep s : c.steps()) System.out.println("   " + s.role() + " " + s.placed().event().id() + " by=" + s.introducedBy() + " el=" + s.elapsed());
            System.out.println(String.join(" → ", ChainTelling.of(c, casebook.project().log(c.logId()).orElseThrow(), id -> casebook.project().person(id).map(p -> p.publicName()).orElse(id))));
            c.alternatives().forEach(a -> System.out.println("  alt " + a.path()));
        }
        casebook.timelines().values().forEach(t -> t.events().forEach(p -> System.out.println(t.logId() + " " + p.index() + " " + p.event().id() + " | " + p.when())));
        System.out.println(problems);
        System.out.println(casebook.report());
        casebook.network().people().values().forEach(System.out::println);
    }
}
