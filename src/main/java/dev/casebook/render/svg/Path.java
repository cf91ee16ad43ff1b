package dev.casebook.render.svg;

/** The text of an SVG path's {@code d} attribute, its numbers written as {@link Svg#num(double)} writes them. */
final class Path {

    private final AsciiText d = new AsciiText(96);

    Path m(double x, double y) {
        return command('M').point(x, y);
    }

    Path l(double x, double y) {
        return command('L').point(x, y);
    }

    Path h(double x) {
        d.append('H').appendNum(x);
        return this;
    }

    Path v(double y) {
        d.append('V').appendNum(y);
        return this;
    }

    /** A quadratic curve through control point (cx, cy) to (x, y). */
    Path q(double cx, double cy, double x, double y) {
        command('Q').point(cx, cy);
        d.append(' ');
        return point(x, y);
    }

    /** A cubic curve through control points (x1, y1) and (x2, y2) to (x, y). */
    Path c(double x1, double y1, double x2, double y2, double x, double y) {
        command('C').point(x1, y1);
        d.append(' ');
        point(x2, y2);
        d.append(' ');
        return point(x, y);
    }

    /** Closes the outline. */
    Path z() {
        d.append('Z');
        return this;
    }

    void appendTo(AsciiText out) {
        out.append(d);
    }

    @Override
    public String toString() {
        return d.toString();
    }

    private Path command(char c) {
        d.append(c);
        return this;
    }

    private Path point(double x, double y) {
        d.appendNum(x).append(' ').appendNum(y);
        return this;
    }
}
