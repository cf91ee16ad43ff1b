package dev.casebook.render.svg;

import java.util.List;

/**
 * Charts for the report page: horizontal bar charts whose every bar carries its label and number as text
 * (never colour alone) and, when it has one, a link to the page it counts.
 */
public final class ReportCharts {

    /** One bar: its label, its value and an optional address (empty for none) relative to the site root. */
    public record Bar(String label, double value, String url) {
    }

    static final double WIDTH = 640;
    static final double LABEL_W = 210;
    static final double BAR_H = 26;

    private ReportCharts() {
    }

    /** A bar chart with a title, a description, and {@code unit} after each value ("hops", "stories"). */
    public static String bars(String id, String title, String desc, List<Bar> bars, String unit, String root) {
        double max = bars.stream().mapToDouble(Bar::value).max().orElse(1);
        if (max <= 0) max = 1;
        double barW = WIDTH - LABEL_W - 90;
        double height = 12 + bars.size() * (BAR_H + 10) + 4;
        Svg svg = new Svg("drawing drawing-chart", WIDTH, height, title, desc, id, bars.stream().anyMatch(b -> !b.url().isEmpty()));
        double y = 12;
        for (Bar b : bars) {
            boolean link = !b.url().isEmpty();
            if (link) svg.tag("a").attr("href", root + b.url()).attr("class", "bar-link").in();
            svg.tag("g").attr("class", "bar").in();
            svg.title(b.label() + ": " + value(b.value()) + " " + unit);
            List<String> label = Svg.wrap(b.label(), 26);
            svg.text(LABEL_W - 10, y + BAR_H / 2 + 5, "bar-label", label.size() == 1 ? b.label() : label.get(0) + "…");
            double w = Math.max(2, barW * b.value() / max);
            svg.tag("rect").attr("class", "bar-fill").attr("x", LABEL_W).attr("y", y).attr("width", w).attr("height", BAR_H).attr("rx", 3).end();
            svg.text(LABEL_W + w + 8, y + BAR_H / 2 + 5, "bar-value", value(b.value()) + " " + unit);
            svg.close("g");
            if (link) svg.close("a");
            y += BAR_H + 10;
        }
        return svg.done();
    }

    /** A value as shown: whole numbers without decimals, others with one. */
    public static String value(double v) {
        return Svg.num(v);
    }
}
