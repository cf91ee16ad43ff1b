package dev.casebook.render.svg;

import dev.casebook.publish.Xml;

import java.util.ArrayList;
import java.util.List;

/**
 * A small SVG text builder: escaped text and attributes, numbers written the same way on every machine
 * (at most one decimal), so the same drawing always gives the same bytes.
 */
final class Svg {

    /** The drawing's text: the root element's start, title and description, then the body. */
    private final AsciiText out;

    /** Opens the root element with a viewBox, an accessible name and description. */
    Svg(String cssClass, double width, double height, String title, String desc, String idPrefix) {
        this(cssClass, width, height, title, desc, idPrefix, true, 4096);
    }

    /** {@code links}: the drawing holds links, so it is a named group (an image may not contain links). */
    Svg(String cssClass, double width, double height, String title, String desc, String idPrefix, boolean links) {
        this(cssClass, width, height, title, desc, idPrefix, links, 4096);
    }

    /** {@code expectedChars}: about how long the drawing's text will be, so the buffer is not copied as it grows. */
    Svg(String cssClass, double width, double height, String title, String desc, String idPrefix, boolean links, int expectedChars) {
        // text() and attr() give ASCII (anything beyond as numeric references), so the head is one byte a character too
        String t = text(title);
        String d = text(desc);
        out = new AsciiText(Math.max(1024, expectedChars + t.length() + d.length()));
        out.append("<svg").attr("class", attr(cssClass)).append(" viewBox=\"0 0 ").appendNum(width).append(' ').appendNum(height)
                .append(links ? "\" role=\"group\" aria-labelledby=\"" : "\" role=\"img\" aria-labelledby=\"").append(idPrefix)
                .append("-t ").append(idPrefix).append("-d\" xmlns=\"http://www.w3.org/2000/svg\"><title id=\"").append(idPrefix)
                .append("-t\">").append(t).append("</title><desc id=\"").append(idPrefix).append("-d\">").append(d).append("</desc>");
    }

    /** Starts an element; its attributes follow, then {@link #end()} closes it at once or {@link #in()} opens it. */
    Svg tag(String name) {
        out.open(name);
        return this;
    }

    /** An attribute, its value escaped. */
    Svg attr(String name, String value) {
        out.attr(name, attr(value));
        return this;
    }

    /**
     * The element's class: always the drawing code's own words (constants, event-type, role and dating words),
     * never a person's text, so it is written as it is, without the escaping check every other value gets.
     */
    Svg cls(String value) {
        assert plain(value, true) : "a class name needs escaping: " + value;
        out.attr("class", value);
        return this;
    }

    /** A number attribute, written as {@link #num(double)} writes it. */
    Svg attr(String name, double value) {
        out.attr(name, value);
        return this;
    }

    /** A path's outline: numbers and command letters only, so nothing to escape. */
    Svg attr(String name, Path d) {
        out.append(' ').append(name).append("=\"");
        d.appendTo(out);
        out.append('"');
        return this;
    }

    /** Closes an element that has no content: {@code />}. */
    Svg end() {
        out.append("/>");
        return this;
    }

    /** Ends an element's start tag: content follows, then {@link #close(String)}. */
    Svg in() {
        out.append('>');
        return this;
    }

    Svg close(String name) {
        out.close(name);
        return this;
    }

    /** A text element; {@code lines} become tspans one line-height apart. */
    Svg text(double x, double y, String cssClass, List<String> lines, double lineHeight) {
        tag("text").attr("x", x).attr("y", y).cls(cssClass).in();
        for (int i = 0; i < lines.size(); i++) {
            if (i == 0) appendText(lines.get(0));
            else {
                tag("tspan").attr("x", x).attr("dy", lineHeight).in();
                appendText(lines.get(i));
                close("tspan");
            }
        }
        return close("text");
    }

    Svg text(double x, double y, String cssClass, String line) {
        return text(x, y, cssClass, List.of(line), 0);
    }

    Svg title(String s) {
        out.append("<title>");
        appendText(s);
        return close("title");
    }

    String done() {
        return out.append("</svg>").toString();
    }

    static String num(double d) {
        return new AsciiText(12).appendNum(d).toString();
    }

    /**
     * {@code s} escaped as XML text; most text needs no escaping and is given back as it is. Characters beyond
     * ASCII (the middle dot of a hop's label, an arrow, accented and other scripts' letters) are written as numeric
     * references, so that a drawing is ASCII: the page writer copies ASCII text as it is, while one character
     * beyond made it encode the whole drawing, several times more slowly. A reader sees the same characters.
     */
    static String text(String s) {
        return plain(s, false) ? s : ascii(Xml.text(s));
    }

    /** {@code s} escaped as an XML attribute value, beyond ASCII as numeric references (see {@link #text}). */
    static String attr(String s) {
        return plain(s, true) ? s : ascii(Xml.attr(s));
    }

    /** Escaped text with every character beyond ASCII written as a numeric character reference. */
    private static String ascii(String escaped) {
        int i = 0;
        int n = escaped.length();
        while (i < n && escaped.charAt(i) < 0x80) i++;
        if (i == n) return escaped;
        StringBuilder b = new StringBuilder(n + 16).append(escaped, 0, i);
        while (i < n) {
            int cp = escaped.codePointAt(i);
            if (cp < 0x80) b.append((char) cp);
            else b.append("&#").append(cp).append(';');
            i += Character.charCount(cp);
        }
        return b.toString();
    }

    /**
     * {@code s} as {@link #text(String)} gives it, written straight into the drawing: text beyond plain ASCII (the
     * middle dot in every hop's label) is escaped in one pass, without the two strings {@code text} makes.
     */
    private void appendText(String s) {
        if (plain(s, false)) {
            out.append(s);
            return;
        }
        if (hasControl(s)) { // a control character left out can join two halves of a surrogate pair: the careful way
            out.append(text(s));
            return;
        }
        for (int i = 0, n = s.length(); i < n; ) {
            char c = s.charAt(i);
            if (c >= 0x80) {
                int cp = s.codePointAt(i);
                out.append("&#").append(cp).append(';');
                i += Character.charCount(cp);
                continue;
            }
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                default -> out.append(c);
            }
            i++;
        }
    }

    /** Whether {@code s} holds a control character that escaping leaves out (all but tab, line feed and return). */
    private static boolean hasControl(String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x20 && c != '\n' && c != '\t' && c != '\r') return true;
        }
        return false;
    }


    /** Whether escaping would leave {@code s} as it is: no markup character, no control character, nothing beyond ASCII. */
    private static boolean plain(String s, boolean attr) {
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c >= 0x80 || c == '&' || c == '<' || c == '>' || (attr && c == '"')) return false;
        }
        return true;
    }

    /** Splits {@code s} into lines of at most {@code max} characters, at spaces where it can. */
    static List<String> wrap(String s, int max) {
        String t = s.strip();
        if (t.length() <= max && singleSpaced(t)) return List.of(t); // words that fit, one space apart: one line, as it is
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        char[] cs = t.toCharArray();
        int n = cs.length;
        int i = 0;
        while (i < n) {
            // words are runs between the white space of \s (space, tab, line feed, vertical tab, form feed, return)
            while (i < n && space(cs[i])) i++;
            if (i == n) break;
            int start = i;
            while (i < n && !space(cs[i])) i++;
            String word = new String(cs, start, i - start);
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

    private static boolean space(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** Whether the only white space in {@code s} is single spaces (so splitting and joining again gives it back). */
    private static boolean singleSpaced(String s) {
        boolean afterSpace = false;
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (c == ' ') {
                if (afterSpace) return false;
                afterSpace = true;
            } else {
                if (space(c)) return false;
                afterSpace = false;
            }
        }
        return true;
    }

    /** One to three initials of a name, for a person's node: the first letter or digit of its first words. */
    static String initials(String name) {
        String words = name.replace("the ", "");
        StringBuilder b = new StringBuilder(4);
        boolean wordStart = true;
        for (int i = 0, n = words.length(); i < n && b.length() < 2; i++) {
            char c = words.charAt(i);
            if (space(c) || c == '-') {
                wordStart = true;
                continue;
            }
            if (wordStart) {
                int cp = words.codePointAt(i);
                if (Character.isLetterOrDigit(cp)) b.appendCodePoint(Character.toUpperCase(cp));
                wordStart = false;
            }
        }
        return b.length() == 0 ? "?" : b.toString();
    }
}
