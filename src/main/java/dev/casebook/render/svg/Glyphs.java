package dev.casebook.render.svg;

import dev.casebook.model.EventType;

/**
 * The shapes that tell event types and channels apart without colour: each type has its own outline (circle,
 * triangle, bubble, square, diamond, hexagon, plus, star) and each channel a small icon; text always goes beside.
 */
final class Glyphs {

    private static final String[] CLASS = new String[EventType.values().length];
    private static final int STAR_POINTS = 10;
    private static final double[] STAR_COS = new double[STAR_POINTS];
    private static final double[] STAR_SIN = new double[STAR_POINTS];
    private static final int HEX_SIDES = 6;
    private static final double[] HEX_COS = new double[HEX_SIDES];
    private static final double[] HEX_SIN = new double[HEX_SIDES];

    static {
        for (EventType t : EventType.values()) CLASS[t.ordinal()] = "glyph type-" + t.word();
        for (int i = 0; i < STAR_POINTS; i++) {
            double a = -Math.PI / 2 + Math.PI * i / 5;
            STAR_COS[i] = Math.cos(a);
            STAR_SIN[i] = Math.sin(a);
        }
        for (int i = 0; i < HEX_SIDES; i++) {
            double a = Math.PI * 2 * i / HEX_SIDES + 0;
            HEX_COS[i] = Math.cos(a);
            HEX_SIN[i] = Math.sin(a);
        }
    }

    private Glyphs() {
    }

    /** The outline of an event type, centred on (x, y), about {@code r} in radius. */
    static void type(Svg svg, EventType type, double x, double y, double r) {
        String cls = CLASS[type.ordinal()];
        switch (type) {
            case MET -> svg.el("circle", "class", cls, "cx", x, "cy", y, "r", r);
            case FOLLOWED -> svg.el("path", "class", cls, "d", new Path().m(x - r, y - r * .85).l(x + r, y).l(x - r, y + r * .85).z());
            case CONVERSATION -> svg.el("path", "class", cls, "d", new Path().m(x - r, y - r * .75).h(x + r).v(y + r * .45)
                    .h(x - r * .2).l(x - r * .7, y + r).v(y + r * .45).h(x - r).z());
            case MEETING -> svg.el("rect", "class", cls, "x", x - r * .85, "y", y - r * .85, "width", r * 1.7, "height", r * 1.7, "rx", 2);
            case INTRODUCTION -> svg.el("path", "class", cls, "d", new Path().m(x, y - r * 1.15).l(x + r * 1.15, y).l(x, y + r * 1.15)
                    .l(x - r * 1.15, y).z());
            case REFERRAL -> svg.el("path", "class", cls, "d", around(x, y, HEX_COS, HEX_SIN, r * 1.05, r * 1.05));
            case LAGNIAPPE -> svg.el("path", "class", cls, "d", new Path().m(x - r * .35, y - r).h(x + r * .35).v(y - r * .35)
                    .h(x + r).v(y + r * .35).h(x + r * .35).v(y + r)
                    .h(x - r * .35).v(y + r * .35).h(x - r).v(y - r * .35)
                    .h(x - r * .35).z());
            case BUSINESS -> svg.el("path", "class", cls, "d", around(x, y, STAR_COS, STAR_SIN, r * 1.25, r * 1.25 * .45));
        }
    }

    /** A small channel icon: envelope for email, two heads for in person, a handset for phone, '@' for the rest. */
    static void channel(Svg svg, String channelId, double x, double y) {
        switch (channelId) {
            case "email" -> {
                svg.el("rect", "class", "chan", "x", x - 7, "y", y - 5, "width", 14, "height", 10, "rx", 1);
                svg.el("path", "class", "chan", "d", new Path().m(x - 7, y - 5).l(x, y + 1).l(x + 7, y - 5).toString());
            }
            case "in-person" -> {
                svg.el("circle", "class", "chan", "cx", x - 3.5, "cy", y - 2, "r", 2.6);
                svg.el("circle", "class", "chan", "cx", x + 3.5, "cy", y - 2, "r", 2.6);
                svg.el("path", "class", "chan", "d", new Path().m(x - 8, y + 6).q(x - 3.5, y, x, y + 6).q(x + 3.5, y, x + 8, y + 6).toString());
            }
            case "phone" -> svg.el("rect", "class", "chan", "x", x - 4, "y", y - 7, "width", 8, "height", 14, "rx", 2);
            default -> {
                svg.el("circle", "class", "chan", "cx", x, "cy", y, "r", 7);
                svg.text(x, y + 3.5, "chan-at", "@");
            }
        }
    }

    /** A closed outline through points around (x, y): even points at radius {@code even}, odd ones at {@code odd}. */
    private static String around(double x, double y, double[] cos, double[] sin, double even, double odd) {
        Path d = new Path();
        for (int i = 0; i < cos.length; i++) {
            double rr = i % 2 == 0 ? even : odd;
            if (i == 0) d.m(x + rr * cos[i], y + rr * sin[i]);
            else d.l(x + rr * cos[i], y + rr * sin[i]);
        }
        return d.z();
    }
}
