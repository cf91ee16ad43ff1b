package dev.casebook.render.svg;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole network as SVG: every person a node (a link to their page, sized by how many people they are
 * linked to), every relationship a line whose dash pattern tells its kind. Laid out by {@link NetworkLayout};
 * the canvas grows with the number of people so labels stay readable.
 */
public final class NetworkDrawing {

    /** A person: {@code links} is how many others they are linked to; connectors are drawn in the accent colour. */
    public record Node(String id, String name, String url, int links, boolean connector) {
    }

    /** A relationship between two people; {@code kind} is the strongest event type between them. */
    public record Edge(String a, String b, String kind, String label) {
    }

    private NetworkDrawing() {
    }

    public static String draw(List<Node> nodes, List<Edge> edges, String root) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < nodes.size(); i++) index.put(nodes.get(i).id(), i);
        List<int[]> pairs = new ArrayList<>();
        for (Edge e : edges) pairs.add(new int[]{index.get(e.a()), index.get(e.b())});
        double[][] pos = NetworkLayout.of(nodes.size(), pairs);
        double size = Math.max(560, 110 * Math.sqrt(nodes.size()));
        double margin = 70;
        double full = size + 2 * margin;
        String desc = nodes.size() + " people and " + edges.size() + " relationships. Lines: solid thick for business, dashed for"
                + " introductions and referrals, dotted for lagniappes, thin for contact. Each person links to their page;"
                + " the table below lists the same relationships.";
        Svg svg = new Svg("drawing drawing-network", full, full, "Network of everyone in the casebook", desc, "net");
        svg.tag("g").cls("edges").in();
        for (Edge e : edges) {
            double[] a = pos[index.get(e.a())];
            double[] b = pos[index.get(e.b())];
            svg.tag("g").cls("edge kind-" + e.kind()).in();
            svg.title(e.label());
            svg.tag("line").attr("x1", margin + a[0] * size).attr("y1", margin + a[1] * size)
                    .attr("x2", margin + b[0] * size).attr("y2", margin + b[1] * size).end();
            svg.close("g");
        }
        svg.close("g");
        for (int i = 0; i < nodes.size(); i++) {
            Node n = nodes.get(i);
            double x = margin + pos[i][0] * size;
            double y = margin + pos[i][1] * size;
            double r = 7 + Math.min(n.links(), 12);
            svg.tag("a").attr("href", root + n.url()).cls(n.connector() ? "net-node connector" : "net-node").attr("data-person", n.id()).in();
            svg.title(n.name() + ": linked to " + n.links() + (n.links() == 1 ? " person" : " people") + (n.connector() ? "; a connector" : ""));
            svg.tag("circle").cls("node").attr("cx", x).attr("cy", y).attr("r", r).end();
            svg.text(x, y + r + 15, "node-name", Svg.wrap(n.name(), 18), 14);
            svg.close("a");
        }
        return svg.done();
    }
}
