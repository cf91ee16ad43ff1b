package dev.casebook.render;

import dev.casebook.analyse.Casebook;
import dev.casebook.analyse.ChainStep;
import dev.casebook.analyse.PersonLinks;
import dev.casebook.analyse.ReferralChain;
import dev.casebook.analyse.Report;
import dev.casebook.model.Event;
import dev.casebook.model.Log;
import dev.casebook.model.Story;
import dev.casebook.render.svg.ReportCharts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The view data of the report page: what the stories teach together. Every referral chain as a row, counts of
 * channels, introducers, event types and themes as charts with tables beside them, and every lesson by story.
 */
final class ReportViews {

    /** Most bars a chart of the report draws (and rows its table lists); the largest are kept. */
    static final int MAX_BARS = 25;

    private ReportViews() {
    }

    static Map<String, Object> report(SiteViews views, Casebook casebook) {
        Map<String, Object> m = views.page("report.html", "Report");
        List<Map<String, Object>> outcomes = new ArrayList<>();
        List<ReportCharts.Bar> lengths = new ArrayList<>();
        Map<String, Integer> channels = new TreeMap<>();
        int untraced = 0;
        for (Story s : casebook.project().stories()) {
            if (s.log().isEmpty()) continue;
            Log log = casebook.project().log(s.log().get()).orElseThrow();
            for (ReferralChain c : casebook.chains().getOrDefault(log.id(), List.of())) {
                Event e = c.outcome().event();
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("story", Map.of("title", s.title(), "url", Links.story(s.slug())));
                row.put("outcome", views.outcomeText(e));
                row.put("steps", c.steps().size());
                row.put("introductions", c.introducers().size());
                row.put("introducers", c.introducers().stream().map(views::sharedPersonRef).toList());
                List<String> via = new ArrayList<>();
                for (ChainStep st : c.steps()) {
                    String ch = st.placed().event().via().map(v -> v.label()).orElse("not recorded");
                    channels.merge(ch, 1, Integer::sum);
                    if (!via.contains(ch)) via.add(ch);
                }
                row.put("channels", via);
                row.put("traced", c.traced());
                if (!c.traced()) untraced++;
                outcomes.add(row);
                lengths.add(new ReportCharts.Bar(views.name(e.to()) + ": " + e.value().orElse("business"), c.steps().size(), Links.story(s.slug())));
            }
        }
        m.put("outcomes", outcomes);

        Report report = casebook.report();
        Map<String, Integer> introducers = new TreeMap<>();
        for (PersonLinks p : casebook.network().people().values()) {
            if (!p.introductionsMade().isEmpty()) introducers.put(p.personId(), p.introductionsMade().size());
        }
        Map<String, Integer> starting = new java.util.LinkedHashMap<>();
        report.startingChannels().forEach(c -> starting.put(c.name(), c.count()));
        Map<String, Integer> themes = new TreeMap<>();
        report.themes().forEach((tag, n) -> themes.put(tag, n));

        List<Map<String, Object>> charts = new ArrayList<>();
        if (lengths.size() <= MAX_BARS) {
            charts.add(chart("chart-steps", "Steps from first contact to business",
                    "For each outcome, how many steps its referral chain has (first contact, introductions, contacts, business).",
                    lengths, "steps"));
        } else {
            // a bar for each of thousands of outcomes reads as nothing: count the outcomes by length instead (each
            // outcome's own length is in the table of outcomes above)
            Map<Integer, Integer> byLength = new TreeMap<>();
            lengths.forEach(b -> byLength.merge((int) b.value(), 1, Integer::sum));
            List<ReportCharts.Bar> counted = new ArrayList<>();
            byLength.forEach((steps, n) -> counted.add(new ReportCharts.Bar(steps + (steps == 1 ? " step" : " steps"), n, "")));
            charts.add(chart("chart-steps", "Steps from first contact to business",
                    "How many outcomes have a referral chain of each length (first contact, introductions, contacts, business).",
                    counted, "outcomes"));
        }
        charts.add(chart("chart-starting", "Where the traced chains began",
                "The channel of each traced chain's first contact.", bars(starting, k -> k, k -> ""), "chains"));
        charts.add(chart("chart-channels", "Channels along the referral chains",
                "How many chain steps went through each channel, across all outcomes.", sorted(bars(channels, k -> k, k -> "")), "steps"));
        List<ReportCharts.Bar> connectors = report.topConnectors().stream()
                .map(c -> new ReportCharts.Bar(views.name(c.personId()), Math.round(c.betweenness() * 10) / 10.0, Links.person(c.personId()))).toList();
        charts.add(chart("chart-connectors", "Connectors",
                "How often each person lies on the shortest introduction path between two others (betweenness on the introduction graph).",
                connectors, "betweenness"));
        charts.add(chart("chart-introducers", "Who made the introductions",
                "Introductions and referrals made by each person across all logs.", sorted(bars(introducers, views::name, Links::person)), "introductions"));
        charts.add(chart("chart-types", "What happened, by kind of event",
                "Events of each kind across all relationship logs.", sorted(bars(new TreeMap<>(report.eventTypes()), k -> k, k -> "")), "events"));
        charts.add(chart("chart-themes", "Themes by number of stories",
                "How many stories carry each theme.", sorted(bars(themes, k -> k, Links::theme)), "stories"));
        m.put("charts", charts.stream().filter(c -> !((List<?>) c.get("rows")).isEmpty()).toList());
        Report.TimeToBusiness time = report.timeToBusiness();
        Map<String, Object> findings = new LinkedHashMap<>();
        findings.put("outcomes", report.outcomes());
        findings.put("traced", report.traced());
        findings.put("referrals", report.referrals());
        findings.put("afterLagniappe", report.afterLagniappe());
        findings.put("lagniappePercent", (int) Math.round(report.lagniappeShare() * 100));
        findings.put("medianTime", time.median());
        findings.put("timeBasis", time.basis());
        findings.put("topStart", report.startingChannels().isEmpty() ? "" : report.startingChannels().get(0).name());
        findings.put("topConnector", report.topConnectors().isEmpty() ? Map.of() : views.personRef(report.topConnectors().get(0).personId()));
        m.put("findings", findings);

        List<Map<String, Object>> lessons = new ArrayList<>();
        int lessonCount = 0;
        for (Story s : casebook.project().stories()) {
            if (s.lessons().isEmpty()) continue;
            lessonCount += s.lessons().size();
            lessons.add(Map.of("story", Map.of("title", s.title(), "url", Links.story(s.slug())), "lessons", s.lessons()));
        }
        m.put("lessons", lessons);
        int chains = outcomes.size();
        double meanSteps = outcomes.stream().mapToInt(o -> (int) o.get("steps")).average().orElse(0);
        m.put("counts", Map.of("stories", casebook.project().stories().size(), "logs", casebook.project().logs().size(),
                "outcomes", chains, "untraced", untraced, "lessons", lessonCount,
                "meanSteps", String.format(java.util.Locale.ROOT, "%.1f", meanSteps)));
        return m;
    }

    /**
     * A chart and its table of numbers. Of a longer list (largest first) it shows the first {@link #MAX_BARS}, and
     * says how many it leaves out: a chart of thousands of bars was megabytes long and could not be read.
     */
    private static Map<String, Object> chart(String id, String title, String desc, List<ReportCharts.Bar> bars, String unit) {
        List<ReportCharts.Bar> shown = bars.size() > MAX_BARS ? bars.subList(0, MAX_BARS) : bars;
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("id", id);
        c.put("title", title);
        c.put("desc", desc);
        c.put("unit", unit);
        c.put("svg", ReportCharts.bars(id, title, desc, shown, unit, ""));
        c.put("rows", shown.stream().map(b -> Map.<String, Object>of("label", b.label(), "value", ReportCharts.value(b.value()), "url", b.url())).toList());
        c.put("total", bars.size());
        c.put("more", bars.size() - shown.size());
        return c;
    }

    private static List<ReportCharts.Bar> bars(Map<String, Integer> counts, java.util.function.Function<String, String> label,
                                               java.util.function.Function<String, String> url) {
        List<ReportCharts.Bar> out = new ArrayList<>();
        counts.forEach((k, v) -> out.add(new ReportCharts.Bar(label.apply(k), v, url.apply(k))));
        return out;
    }

    private static List<ReportCharts.Bar> sorted(List<ReportCharts.Bar> bars) {
        return bars.stream().sorted((x, y) -> x.value() != y.value() ? Double.compare(y.value(), x.value()) : x.label().compareTo(y.label())).toList();
    }
}
