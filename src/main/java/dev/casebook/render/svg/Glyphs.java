package dev.casebook.render.svg;

import dev.casebook.model.EventType;

/**
 * The shapes that tell event types and channels apart without colour: each type has its own outline (circle,
 * triangle, bubble, square, diamond, hexagon, plus, star) and each channel a small icon; text always goes beside.
 */
final class Glyphs {

    private Glyphs() {
    }

    /** The outline of an event type, centred on (x, y), about {@code r} in radius. */
    static void type(Svg svg, EventType type, double x, double y, double r) {
        String cls = "glyph type-" + type.word();
        switch (type) {
            case MET -> svg.el("circle", "class", cls, "cx", x, "cy", y, "r", r);
            case FOLLOWED -> svg.el("path", "class", cls, "d", "M" + p(x - r, y - r * .85) + "L" + p(x + r, y) + "L" + p(x - r, y + r * .85) + "Z");
            case CONVERSATION -> svg.el("path", "class", cls, "d", "M" + p(x - r, y - r * .75) + "H" + Svg.num(x + r) + "V" + Svg.num(y + r * .45)
                    + "H" + Svg.num(x - r * .2) + "L" + p(x - r * .7, y + r) + "V" + Svg.num(y + r * .45) + "H" + Svg.num(x - r) + "Z");
            case MEETING -> svg.el("rect", "class", cls, "x", x - r * .85, "y", y - r * .85, "width", r * 1.7, "height", r * 1.7, "rx", 2);
            case INTRODUCTION -> svg.el("path", "class", cls, "d", "M" + p(x, y - r * 1.15) + "L" + p(x + r * 1.15, y) + "L" + p(x, y + r * 1.15) + "L" + p(x - r * 1.15, y) + "Z");
            case REFERRAL -> svg.el("path", "class", cls, "d", polygon(x, y, r * 1.05, 6, 0));
            case LAGNIAPPE -> svg.el("path", "class", cls, "d", "M" + p(x - r * .35, y - r) + "H" + Svg.num(x + r * .35) + "V" + Svg.num(y - r * .35)
                    + "H" + Svg.num(x + r) + "V" + Svg.num(y + r * .35) + "H" + Svg.num(x + r * .35) + "V" + Svg.num(y + r)
                    + "H" + Svg.num(x - r * .35) + "V" + Svg.num(y + r * .35) + "H" + Svg.num(x - r) + "V" + Svg.num(y - r * .35)
                    + "H" + Svg.num(x - r * .35) + "Z");
            case BUSINESS -> svg.el("path", "class", cls, "d", star(x, y, r * 1.25));
        }
    }

    /** A small channel icon: envelope for email, two heads for in person, a handset for phone, '@' for the rest. */
    static void channel(Svg svg, String channelId, double x, double y) {
        switch (channelId) {
            case "email" -> {
                svg.el("rect", "class", "chan", "x", x - 7, "y", y - 5, "width", 14, "height", 10, "rx", 1);
                svg.el("path", "class", "chan", "d", "M" + p(x - 7, y - 5) + "L" + p(x, y + 1) + "L" + p(x + 7, y - 5));
            }
            case "in-person" -> {
                svg.el("circle", "class", "chan", "cx", x - 3.5, "cy", y - 2, "r", 2.6);
                svg.el("circle", "class", "chan", "cx", x + 3.5, "cy", y - 2, "r", 2.6);
                svg.el("path", "class", "chan", "d", "M" + p(x - 8, y + 6) + "Q" + p(x - 3.5, y) + " " + p(x, y + 6) + "Q" + p(x + 3.5, y) + " " + p(x + 8, y + 6));
            }
            case "phone" -> svg.el("rect", "class", "chan", "x", x - 4, "y", y - 7, "width", 8, "height", 14, "rx", 2);
            default -> {
                svg.el("circle", "class", "chan", "cx", x, "cy", y, "r", 7);
                svg.text(x, y + 3.5, "chan-at", "@");
            }
        }
    }

    private static String p(double x, double y) {
        return Svg.num(x) + " " + Svg.num(y);
    }

    private static String polygon(double x, double y, double r, int sides, double turn) {
        StringBuilder d = new StringBuilder();
        for (int i = 0; i < sides; i++) {
            double a = Math.PI * 2 * i / sides + turn;
            d.append(i == 0 ? "M" : "L").append(p(x + r * Math.cos(a), y + r * Math.sin(a)));
        }
        return d.append('Z').toString();
    }

    private static String star(double x, double y, double r) {
        StringBuilder d = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            double a = -Math.PI / 2 + Math.PI * i / 5;
            double rr = i % 2 == 0 ? r : r * .45;
            d.append(i == 0 ? "M" : "L").append(p(x + rr * Math.cos(a), y + rr * Math.sin(a)));
        }
        return d.append('Z').toString();
    }
}
