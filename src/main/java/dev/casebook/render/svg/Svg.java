package dev.casebook.render.svg;

import dev.casebook.publish.Xml;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A small SVG text builder: escaped text and attributes, numbers written the same way on every machine
 * (at most one decimal), so the same drawing always gives the same bytes.
 */
final class Svg {

    private final StringBuilder out = new StringBuilder(4096);

    /** Opens the root element with a viewBox, an accessible name and description. */
    Svg(String cssClass, double width, double height, String title, String desc, String idPrefix) {
        this(cssClass, width, height, title, desc, idPrefix, true);
    }

    /** {@code links}: the drawing holds links, so it is a named group (an image may not contain links). */
    Svg(String cssClass, double width, double height, String title, String desc, String idPrefix, boolean links) {
        String role = links ? "group" : "img";
        out.append("<svg class=\"").append(attr(cssClass)).append("\" viewBox=\"0 0 ").append(num(width)).append(' ')
                .append(num(height)).append("\" role=\"" + role + "\" aria-labelledby=\"").append(idPrefix).append("-t ")
                .append(idPrefix).append("-d\" xmlns=\"http://www.w3.org/2000/svg\">")
                .append("<title id=\"").append(idPrefix).append("-t\">").append(text(title)).append("</title>")
                .append("<desc id=\"").append(idPrefix).append("-d\">").append(text(desc)).append("</desc>");
    }

    Svg raw(String markup) {
        out.append(markup);
        return this;
    }

    /** An element with attributes given as name, value pairs, closed at once. */
    Svg el(String name, Object... attrs) {
        open(name, attrs);
        out.setLength(out.length() - 1);
        out.append("/>");
        return this;
    }

    Svg open(String name, Object... attrs) {
        out.append('<').append(name);
        for (int i = 0; i + 1 < attrs.length; i += 2) {
            Object v = attrs[i + 1];
            if (v == null) continue;
            out.append(' ').append(attrs[i]).append("=\"")
                    .append(v instanceof Number n ? num(n.doubleValue()) : attr(v.toString())).append('"');
        }
        out.append('>');
        return this;
    }

    Svg close(String name) {
        out.append("</").append(name).append('>');
        return this;
    }

    /** A text element; {@code lines} become tspans one line-height apart. */
    Svg text(double x, double y, String cssClass, List<String> lines, double lineHeight) {
        open("text", "x", x, "y", y, "class", cssClass);
        for (int i = 0; i < lines.size(); i++) {
            if (i == 0) out.append(text(lines.get(0)));
            else open("tspan", "x", x, "dy", lineHeight).append(text(lines.get(i))).close("tspan");
        }
        return close("text");
    }

    Svg text(double x, double y, String cssClass, String line) {
        return text(x, y, cssClass, List.of(line), 0);
    }

    Svg title(String s) {
        return open("title").append(text(s)).close("title");
    }

    private Svg append(String s) {
        out.append(s);
        return this;
    }

    String done() {
        return out.append("</svg>").toString();
    }

    static String num(double d) {
        double r = Math.round(d * 10) / 10.0;
        if (r == Math.rint(r)) return Long.toString((long) r);
        return String.format(Locale.ROOT, "%.1f", r);
    }

    static String text(String s) {
        return Xml.text(s);
    }

    static String attr(String s) {
        return Xml.attr(s);
    }

    /** Splits {@code s} into lines of at most {@code max} characters, at spaces where it can. */
    static List<String> wrap(String s, int max) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : s.strip().split("\\s+")) {
            if (word.isEmpty()) continue;
            if (line.length() > 0 && line.length() + 1 + word.length() > max) {
                lines.add(line.toString());
                line.setLength(0);
            }
            while (word.length() > max) {
                if (line.length() > 0) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                lines.add(word.substring(0, max - 1) + "-");
                word = word.substring(max - 1);
            }
            if (line.length() > 0) line.append(' ');
            line.append(word);
        }
        if (line.length() > 0 || lines.isEmpty()) lines.add(line.toString());
        return lines;
    }

    /** One to three initials of a name, for a person's node. */
    static String initials(String name) {
        StringBuilder b = new StringBuilder();
        for (String w : name.replace("the ", "").split("[\\s-]+")) {
            if (!w.isEmpty() && Character.isLetterOrDigit(w.codePointAt(0)) && b.length() < 2) b.appendCodePoint(Character.toUpperCase(w.codePointAt(0)));
        }
        return b.length() == 0 ? "?" : b.toString();
    }
}
