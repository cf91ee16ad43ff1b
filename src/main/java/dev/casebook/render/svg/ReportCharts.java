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
    /** About the widest a character of a bar's value is (13px bold in the theme), to leave room for the text. */
    static final double VALUE_CHAR_W = 9.5;

    private ReportCharts() {
    }

    /** A bar chart with a title, a description, and {@code unit} after each value ("hops", "stories"). */
    public static String bars(String id, String title, String desc, List<Bar> bars, String unit, String root) {
        double max = bars.stream().mapToDouble(Bar::value).max().orElse(1);
        if (max <= 0) max = 1;
        // room after the longest bar for the longest number and unit ("12 introductions"), so that none is cut off
        int longest = bars.stream().mapToInt(b -> valueText(b.value(), unit).length()).max().orElse(0);
        double barW = WIDTH - LABEL_W - Math.max(90, 12 + VALUE_CHAR_W * longest);
        double height = 12 + bars.size() * (BAR_H + 10) + 4;
        Svg svg = new Svg("drawing drawing-chart", WIDTH, height, title, desc, id, bars.stream().anyMatch(b -> !b.url().isEmpty()));
        double y = 12;
        for (Bar b : bars) {
            boolean link = !b.url().isEmpty();
            if (link) svg.tag("a").attr("href", root + b.url()).cls("bar-link").in();
            svg.tag("g").cls("bar").in();
            svg.title(b.label() + ": " + valueText(b.value(), unit));
            List<String> label = Svg.wrap(b.label(), 26);
            svg.text(LABEL_W - 10, y + BAR_H / 2 + 5, "bar-label", label.size() == 1 ? b.label() : label.get(0) + "…");
            double w = Math.max(2, barW * b.value() / max);
            svg.tag("rect").cls("bar-fill").attr("x", LABEL_W).attr("y", y).attr("width", w).attr("height", BAR_H).attr("rx", 3).end();
            svg.text(LABEL_W + w + 8, y + BAR_H / 2 + 5, "bar-value", valueText(b.value(), unit));
            svg.close("g");
            if (link) svg.close("a");
            y += BAR_H + 10;
        }
        return svg.done();
    }

    /** A value with its unit, singular for exactly one: "1 story", "2 stories", "1 betweenness". */
    static String valueText(double v, String unit) {
        String u = unit;
        if (v == 1 && unit.endsWith("s") && !unit.endsWith("ss")) {
            u = unit.endsWith("ies") ? unit.substring(0, unit.length() - 3) + "y" : unit.substring(0, unit.length() - 1);
        }
        return value(v) + " " + u;
    }

    /** A value as shown: whole numbers without decimals, others with one. */
    public static String value(double v) {
        return Svg.num(v);
    }
}
