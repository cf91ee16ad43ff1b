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
            case MET -> svg.tag("circle").cls(cls).attr("cx", x).attr("cy", y).attr("r", r).end();
            case FOLLOWED -> svg.tag("path").cls(cls)
                    .attr("d", new Path().m(x - r, y - r * .85).l(x + r, y).l(x - r, y + r * .85).z()).end();
            case CONVERSATION -> svg.tag("path").cls(cls).attr("d", new Path().m(x - r, y - r * .75).h(x + r).v(y + r * .45)
                    .h(x - r * .2).l(x - r * .7, y + r).v(y + r * .45).h(x - r).z()).end();
            case MEETING -> svg.tag("rect").cls(cls).attr("x", x - r * .85).attr("y", y - r * .85).attr("width", r * 1.7)
                    .attr("height", r * 1.7).attr("rx", 2).end();
            case INTRODUCTION -> svg.tag("path").cls(cls).attr("d", new Path().m(x, y - r * 1.15).l(x + r * 1.15, y).l(x, y + r * 1.15)
                    .l(x - r * 1.15, y).z()).end();
            case REFERRAL -> svg.tag("path").cls(cls).attr("d", around(x, y, HEX_COS, HEX_SIN, r * 1.05, r * 1.05)).end();
            case LAGNIAPPE -> svg.tag("path").cls(cls).attr("d", new Path().m(x - r * .35, y - r).h(x + r * .35).v(y - r * .35)
                    .h(x + r).v(y + r * .35).h(x + r * .35).v(y + r)
                    .h(x - r * .35).v(y + r * .35).h(x - r).v(y - r * .35)
                    .h(x - r * .35).z()).end();
            case BUSINESS -> svg.tag("path").cls(cls).attr("d", around(x, y, STAR_COS, STAR_SIN, r * 1.25, r * 1.25 * .45)).end();
        }
    }

    /** A small channel icon: envelope for email, two heads for in person, a handset for phone, '@' for the rest. */
    static void channel(Svg svg, String channelId, double x, double y) {
        switch (channelId) {
            case "email" -> {
                svg.tag("rect").cls("chan").attr("x", x - 7).attr("y", y - 5).attr("width", 14).attr("height", 10).attr("rx", 1).end();
                svg.tag("path").cls("chan").attr("d", new Path().m(x - 7, y - 5).l(x, y + 1).l(x + 7, y - 5)).end();
            }
            case "in-person" -> {
                svg.tag("circle").cls("chan").attr("cx", x - 3.5).attr("cy", y - 2).attr("r", 2.6).end();
                svg.tag("circle").cls("chan").attr("cx", x + 3.5).attr("cy", y - 2).attr("r", 2.6).end();
                svg.tag("path").cls("chan").attr("d", new Path().m(x - 8, y + 6).q(x - 3.5, y, x, y + 6).q(x + 3.5, y, x + 8, y + 6)).end();
            }
            case "phone" -> svg.tag("rect").cls("chan").attr("x", x - 4).attr("y", y - 7).attr("width", 8).attr("height", 14)
                    .attr("rx", 2).end();
            default -> {
                svg.tag("circle").cls("chan").attr("cx", x).attr("cy", y).attr("r", 7).end();
                svg.text(x, y + 3.5, "chan-at", "@");
            }
        }
    }

    /** A closed outline through points around (x, y): even points at radius {@code even}, odd ones at {@code odd}. */
    private static Path around(double x, double y, double[] cos, double[] sin, double even, double odd) {
        Path d = new Path();
        for (int i = 0; i < cos.length; i++) {
            double rr = i % 2 == 0 ? even : odd;
            if (i == 0) d.m(x + rr * cos[i], y + rr * sin[i]);
            else d.l(x + rr * cos[i], y + rr * sin[i]);
        }
        return d.z();
    }
}
