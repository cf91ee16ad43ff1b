package dev.casebook.render.svg;

import dev.casebook.model.EventType;

import java.util.ArrayList;
import java.util.List;

/**
 * A referral chain as SVG: a path of hops from the first contact to the business, each hop two people joined by
 * an arrow labelled with what happened, who introduced them, the channel, and how long after the previous hop.
 * People are links to their pages; each hop links to its step in the list.
 */
public final class ChainDrawing {

    /** A person at the end of a hop. */
    public record Who(String name, String url) {
    }

    /** One hop: {@code role} is origin, introduction, contact or outcome; empty strings mean "not known". */
    public record Hop(String id, EventType type, String role, Who a, Who b, String introducer, String channelId,
                      String channel, String elapsed, String sentence) {
    }

    static final double WIDTH = 420;
    static final double NODE_R = 21;

    private ChainDrawing() {
    }

    /** {@code idPrefix} keeps ids unique when a page has several chains; {@code linkPrefix} leads to a step. */
    public static String draw(String caption, List<Hop> hops, String idPrefix, String linkPrefix, String root) {
        List<Double> ys = new ArrayList<>();
        double y = 14;
        for (Hop h : hops) {
            if (!ys.isEmpty()) y += h.elapsed().isEmpty() ? 12 : 30;
            ys.add(y);
            y += rowHeight(h) + 8;
        }
        String desc = hops.size() + " hops, first to last: " + String.join("; ", hops.stream().map(h -> h.sentence()
                + (h.channel().isEmpty() ? "" : " via " + h.channel()) + (h.elapsed().isEmpty() ? "" : ", " + h.elapsed())).toList()) + ".";
        Svg svg = new Svg("drawing drawing-chain", WIDTH, y + 4, caption, desc, idPrefix);
        for (int i = 0; i < hops.size(); i++) {
            Hop h = hops.get(i);
            double top = ys.get(i);
            if (i > 0) {
                double prevBottom = ys.get(i - 1) + rowHeight(hops.get(i - 1));
                svg.el("line", "class", "hop-gap", "x1", WIDTH / 2, "y1", prevBottom, "x2", WIDTH / 2, "y2", top);
                if (!h.elapsed().isEmpty()) {
                    double mid = (prevBottom + top) / 2;
                    svg.el("circle", "class", "clock", "cx", WIDTH / 2, "cy", mid, "r", 6.5);
                    svg.el("path", "class", "clock-hands", "d", "M" + Svg.num(WIDTH / 2) + " " + Svg.num(mid - 4) + "V" + Svg.num(mid)
                            + "H" + Svg.num(WIDTH / 2 + 3));
                    svg.text(WIDTH / 2 + 12, mid + 4.5, "elapsed", h.elapsed());
                }
            }
            drawHop(svg, h, top, linkPrefix, root);
        }
        return svg.done();
    }

    private static double rowHeight(Hop h) {
        int names = Math.max(Svg.wrap(h.a().name(), 12).size(), Svg.wrap(h.b().name(), 12).size());
        return Math.max(NODE_R * 2 + 30 + 15 * names, NODE_R + 4 + 34 + 17 * (labelLines(h).size() - 1) + 14);
    }

    private static List<String> labelLines(Hop h) {
        List<String> lines = new ArrayList<>();
        String role = h.role().toUpperCase(java.util.Locale.ROOT);
        lines.addAll(Svg.wrap(h.role().equals(h.type().word()) ? role : role + " · " + h.type().word(), 30));
        if (!h.introducer().isEmpty()) lines.addAll(Svg.wrap("introduced by " + h.introducer(), 30));
        lines.addAll(Svg.wrap(h.channel().isEmpty() ? "channel not recorded" : "via " + h.channel(), 30));
        return lines;
    }

    private static void drawHop(Svg svg, Hop h, double top, String linkPrefix, String root) {
        double cy = top + NODE_R + 4;
        double ax = 50;
        double bx = WIDTH - 50;
        svg.open("g", "class", "hop role-" + h.role());
        svg.el("rect", "class", "hop-bg", "x", 2, "y", top - 4, "width", WIDTH - 4, "height", rowHeight(h), "rx", 8);
        svg.el("line", "class", "hop-line type-" + h.type().word(), "x1", ax + NODE_R + 4, "y1", cy, "x2", bx - NODE_R - 10, "y2", cy);
        svg.el("path", "class", "hop-head", "d", "M" + Svg.num(bx - NODE_R - 14) + " " + Svg.num(cy - 6) + "L" + Svg.num(bx - NODE_R - 4)
                + " " + Svg.num(cy) + "L" + Svg.num(bx - NODE_R - 14) + " " + Svg.num(cy + 6) + "Z");
        node(svg, h.a(), ax, cy, root);
        node(svg, h.b(), bx, cy, root);
        svg.open("a", "href", linkPrefix + h.id(), "class", "hop-link", "data-step", h.id());
        svg.title("Step: " + h.sentence());
        double mx = WIDTH / 2;
        svg.el("rect", "class", "glyph-bg", "x", mx - 16, "y", cy - 16, "width", 32, "height", 32, "rx", 16);
        Glyphs.type(svg, h.type(), mx, cy, 10);
        List<String> lines = labelLines(h);
        svg.text(mx, cy + 34, "hop-label", lines, 17);
        if (!h.channelId().isEmpty()) Glyphs.channel(svg, h.channelId(), mx + 34, cy - 14);
        svg.close("a");
        svg.close("g");
    }

    private static void node(Svg svg, Who w, double x, double y, String root) {
        svg.open("a", "href", root + w.url(), "class", "person-node");
        svg.title(w.name());
        svg.el("circle", "class", "node", "cx", x, "cy", y, "r", NODE_R);
        svg.text(x, y + 5, "initials", Svg.initials(w.name()));
        svg.text(x, y + NODE_R + 17, "node-name", Svg.wrap(w.name(), 12), 15);
        svg.close("a");
    }
}
