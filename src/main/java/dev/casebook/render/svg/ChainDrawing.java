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

    /** A hop laid out: its label and name lines, wrapped once, and the height of its row. */
    private record Laid(Hop hop, List<String> label, List<String> aName, List<String> bName, double height) {
        static Laid of(Hop h) {
            List<String> label = labelLines(h);
            List<String> aName = Svg.wrap(h.a().name(), 12);
            List<String> bName = Svg.wrap(h.b().name(), 12);
            int names = Math.max(aName.size(), bName.size());
            double height = Math.max(NODE_R * 2 + 30 + 15 * names, NODE_R + 4 + 34 + 17 * (label.size() - 1) + 14);
            return new Laid(h, label, aName, bName, height);
        }
    }

    /** {@code idPrefix} keeps ids unique when a page has several chains; {@code linkPrefix} leads to a step. */
    public static String draw(String caption, List<Hop> hops, String idPrefix, String linkPrefix, String root) {
        List<Laid> laid = new ArrayList<>(hops.size());
        double[] ys = new double[hops.size()];
        double y = 14;
        StringBuilder desc = new StringBuilder(256).append(hops.size()).append(" hops, first to last: ");
        for (int i = 0; i < hops.size(); i++) {
            Hop h = hops.get(i);
            Laid l = Laid.of(h);
            laid.add(l);
            if (i > 0) y += h.elapsed().isEmpty() ? 12 : 30;
            ys[i] = y;
            y += l.height() + 8;
            if (i > 0) desc.append("; ");
            desc.append(h.sentence());
            if (!h.channel().isEmpty()) desc.append(" via ").append(h.channel());
            if (!h.elapsed().isEmpty()) desc.append(", ").append(h.elapsed());
        }
        desc.append('.');
        // a hop's drawing is about 1,300 characters
        Svg svg = new Svg("drawing drawing-chain", WIDTH, y + 4, caption, desc.toString(), idPrefix, true,
                1024 + desc.length() + 1400 * hops.size());
        for (int i = 0; i < hops.size(); i++) {
            Hop h = hops.get(i);
            double top = ys[i];
            if (i > 0) {
                double prevBottom = ys[i - 1] + laid.get(i - 1).height();
                svg.tag("line").cls("hop-gap").attr("x1", WIDTH / 2).attr("y1", prevBottom).attr("x2", WIDTH / 2).attr("y2", top).end();
                if (!h.elapsed().isEmpty()) {
                    double mid = (prevBottom + top) / 2;
                    svg.tag("circle").cls("clock").attr("cx", WIDTH / 2).attr("cy", mid).attr("r", 6.5).end();
                    svg.tag("path").cls("clock-hands").attr("d", new Path().m(WIDTH / 2, mid - 4).v(mid).h(WIDTH / 2 + 3)).end();
                    svg.text(WIDTH / 2 + 12, mid + 4.5, "elapsed", h.elapsed());
                }
            }
            drawHop(svg, laid.get(i), top, linkPrefix, root);
        }
        return svg.done();
    }

    private static List<String> labelLines(Hop h) {
        List<String> lines = new ArrayList<>();
        String role = h.role().toUpperCase(java.util.Locale.ROOT);
        lines.addAll(Svg.wrap(h.role().equals(h.type().word()) ? role : role + " · " + h.type().word(), 30));
        if (!h.introducer().isEmpty()) lines.addAll(Svg.wrap("introduced by " + h.introducer(), 30));
        lines.addAll(Svg.wrap(h.channel().isEmpty() ? "channel not recorded" : "via " + h.channel(), 30));
        return lines;
    }

    private static void drawHop(Svg svg, Laid laid, double top, String linkPrefix, String root) {
        Hop h = laid.hop();
        double cy = top + NODE_R + 4;
        double ax = 50;
        double bx = WIDTH - 50;
        svg.tag("g").cls("hop role-" + h.role()).in();
        svg.tag("rect").cls("hop-bg").attr("x", 2).attr("y", top - 4).attr("width", WIDTH - 4).attr("height", laid.height())
                .attr("rx", 8).end();
        svg.tag("line").cls("hop-line type-" + h.type().word()).attr("x1", ax + NODE_R + 4).attr("y1", cy)
                .attr("x2", bx - NODE_R - 10).attr("y2", cy).end();
        svg.tag("path").cls("hop-head")
                .attr("d", new Path().m(bx - NODE_R - 14, cy - 6).l(bx - NODE_R - 4, cy).l(bx - NODE_R - 14, cy + 6).z()).end();
        node(svg, h.a(), laid.aName(), ax, cy, root);
        node(svg, h.b(), laid.bName(), bx, cy, root);
        svg.tag("a").attr("href", linkPrefix + h.id()).cls("hop-link").attr("data-step", h.id()).in();
        svg.title("Step: " + h.sentence());
        double mx = WIDTH / 2;
        svg.tag("rect").cls("glyph-bg").attr("x", mx - 16).attr("y", cy - 16).attr("width", 32).attr("height", 32).attr("rx", 16).end();
        Glyphs.type(svg, h.type(), mx, cy, 10);
        svg.text(mx, cy + 34, "hop-label", laid.label(), 17);
        if (!h.channelId().isEmpty()) Glyphs.channel(svg, h.channelId(), mx + 34, cy - 14);
        svg.close("a");
        svg.close("g");
    }

    private static void node(Svg svg, Who w, List<String> nameLines, double x, double y, String root) {
        svg.tag("a").attr("href", root + w.url()).cls("person-node").in();
        svg.title(w.name());
        svg.tag("circle").cls("node").attr("cx", x).attr("cy", y).attr("r", NODE_R).end();
        svg.text(x, y + 5, "initials", Svg.initials(w.name()));
        svg.text(x, y + NODE_R + 17, "node-name", nameLines, 15);
        svg.close("a");
    }
}
