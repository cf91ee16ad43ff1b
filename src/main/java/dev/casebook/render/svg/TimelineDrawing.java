package dev.casebook.render.svg;

import dev.casebook.model.EventType;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A story's timeline as SVG, one row per event in timeline order. Each event is placed as honestly as its date:
 * an exact date is a dot on a date scale, a partial one a span, a relative one a dotted arc to its anchor, an
 * unknown one a dashed "?". Type and channel show as shapes and as words. Every row links to its event in the list.
 */
public final class TimelineDrawing {

    /** One event as drawn: {@code dating} is exact, partial, relative or unknown; dates are the known bounds. */
    public record Row(String id, EventType type, String sentence, String when, String channelId, String channel,
                      String dating, Optional<LocalDate> earliest, Optional<LocalDate> latest, Optional<String> anchor,
                      String anchorLabel) {
    }

    static final double WIDTH = 480;
    static final double SPINE = 52;
    static final double LINE = 19;

    private TimelineDrawing() {
    }

    public static String draw(String storyTitle, List<Row> rows, String linkPrefix) {
        boolean scale = false;
        LocalDate first = null;
        LocalDate last = null;
        long unknown = 0;
        long relative = 0;
        for (Row r : rows) {
            if (r.dating().equals("unknown")) unknown++;
            else if (r.dating().equals("relative")) relative++;
            if (r.earliest().isEmpty() || r.latest().isEmpty()) continue;
            LocalDate e = r.earliest().get();
            LocalDate l = r.latest().get();
            if (!scale || e.compareTo(first) < 0) first = e;
            if (!scale || l.compareTo(last) > 0) last = l;
            scale = true;
        }
        if (!scale) {
            first = LocalDate.EPOCH;
            last = LocalDate.EPOCH;
        }
        long span = Math.max(1, ChronoUnit.DAYS.between(first, last));
        double laneX = 80;
        double laneW = 104;
        double textX = scale ? laneX + laneW + 16 : laneX;
        int chars = (int) ((WIDTH - textX - 8) / 9.0);

        double top = scale ? 44 : 16;
        List<Double> ys = new ArrayList<>();
        List<List<String>> sentences = new ArrayList<>();
        List<List<String>> whens = new ArrayList<>();
        double y = top;
        for (Row r : rows) {
            List<String> s = Svg.wrap(r.sentence(), chars);
            List<String> w = Svg.wrap(r.when(), (int) (chars * 1.25));
            sentences.add(s);
            whens.add(w);
            ys.add(y);
            y += LINE * (s.size() + w.size() + 1) + 18;
        }
        double height = y + 4;
        String desc = rows.size() + " events in timeline order. " + (rows.size() - unknown - relative) + " dated, "
                + relative + " placed relative to an earlier event (dotted arcs lead to the anchor), " + unknown
                + " with an unknown date. Each row links to the event in the list below.";
        // a row's drawing is about 900 characters
        Svg svg = new Svg("drawing drawing-timeline", WIDTH, height, "Timeline of " + storyTitle, desc, "tl", true, 1024 + 1000 * rows.size());

        if (scale) {
            svg.tag("line").cls("axis").attr("x1", laneX).attr("y1", 26).attr("x2", laneX + laneW).attr("y2", 26).end();
            svg.text(laneX, 18, "axis-label", first.toString());
            svg.text(laneX + laneW, 18, "axis-label end", last.toString());
        }
        svg.tag("line").cls("spine").attr("x1", SPINE).attr("y1", top + 8).attr("x2", SPINE)
                .attr("y2", Math.max(top + 8, ys.isEmpty() ? top : ys.get(ys.size() - 1) + 8)).end();

        Map<String, Integer> rowOf = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) rowOf.put(rows.get(i).id(), i);
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            if (r.anchor().isEmpty() || !rowOf.containsKey(r.anchor().get())) continue;
            int j = rowOf.get(r.anchor().get());
            double y1 = ys.get(j) + 8;
            double y2 = ys.get(i) + 8;
            double bend = Math.min(36, 16 + 6 * Math.abs(i - j));
            svg.tag("a").attr("href", linkPrefix + r.anchor().get()).cls("anchor-link").in();
            svg.title(r.when() + " (go to " + r.anchorLabel() + ")");
            svg.tag("path").cls("relative")
                    .attr("d", new Path().m(SPINE - 12, y2).c(SPINE - 12 - bend, y2, SPINE - 12 - bend, y1, SPINE - 12, y1)).end();
            svg.tag("path").cls("relative-head").attr("d", new Path().m(SPINE - 18, y1 - 4).l(SPINE - 12, y1).l(SPINE - 18, y1 + 4)).end();
            svg.close("a");
        }

        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            double ry = ys.get(i);
            svg.tag("a").attr("href", linkPrefix + r.id()).cls("row dating-" + r.dating()).attr("data-step", r.id()).in();
            svg.title(r.sentence() + ", " + r.when());
            svg.tag("rect").cls("row-bg").attr("x", 4).attr("y", ry - 14).attr("width", WIDTH - 8)
                    .attr("height", LINE * (sentences.get(i).size() + whens.get(i).size() + 1) + 12).attr("rx", 6).end();
            if (r.dating().equals("unknown")) {
                svg.tag("circle").cls("unknown-ring").attr("cx", SPINE).attr("cy", ry + 8).attr("r", 15).end();
            }
            Glyphs.type(svg, r.type(), SPINE, ry + 8, 10);
            if (scale) drawWindow(svg, r, first, span, laneX, laneW, ry + 8);
            double ty = ry + 6;
            svg.text(textX, ty, "when" + (r.dating().equals("unknown") ? " unknown" : ""), whens.get(i), LINE);
            ty += LINE * whens.get(i).size();
            svg.text(textX, ty, "sentence", sentences.get(i), LINE);
            ty += LINE * sentences.get(i).size();
            double kx = textX;
            if (!r.channelId().isEmpty()) {
                Glyphs.channel(svg, r.channelId(), kx + 7, ty - 5);
                kx += 20;
            }
            svg.text(kx, ty, "kind", r.type().word() + (r.channel().isEmpty() ? "" : " · via " + r.channel()));
            svg.close("a");
        }
        return svg.done();
    }

    private static void drawWindow(Svg svg, Row r, LocalDate first, long span, double laneX, double laneW, double y) {
        svg.tag("line").cls("lane").attr("x1", laneX).attr("y1", y).attr("x2", laneX + laneW).attr("y2", y).end();
        if (r.earliest().isEmpty() || r.latest().isEmpty()) {
            svg.text(laneX + laneW / 2, y + 5, "lane-note", r.dating().equals("unknown") ? "? date unknown" : "no date of its own");
            return;
        }
        double x1 = laneX + laneW * ChronoUnit.DAYS.between(first, r.earliest().get()) / span;
        double x2 = laneX + laneW * ChronoUnit.DAYS.between(first, r.latest().get().plusDays(1)) / span;
        if (r.dating().equals("exact") || x2 - x1 < 6) {
            svg.tag("circle").cls("date-dot " + r.dating()).attr("cx", Math.min(x1, laneX + laneW)).attr("cy", y).attr("r", 5).end();
        } else {
            svg.tag("rect").cls("date-span " + r.dating()).attr("x", x1).attr("y", y - 5)
                    .attr("width", Math.min(x2, laneX + laneW) - x1).attr("height", 10).attr("rx", 5).end();
        }
    }
}
