package dev.casebook.render.svg;

import dev.casebook.testing.RandomText;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Svg's hand-written number, wrapping and initials code writes what the formatter and regex definitions write. */
class SvgTextTest {

    /** The definition: one decimal through String.format, whole numbers without a point. */
    private static String numByFormat(double d) {
        double r = Math.round(d * 10) / 10.0;
        if (r == Math.rint(r)) return Long.toString((long) r);
        return String.format(Locale.ROOT, "%.1f", r);
    }

    private static List<String> wrapByRegex(String s, int max) {
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

    private static String initialsByRegex(String name) {
        StringBuilder b = new StringBuilder();
        for (String w : name.replace("the ", "").split("[\\s-]+")) {
            if (!w.isEmpty() && Character.isLetterOrDigit(w.codePointAt(0)) && b.length() < 2) b.appendCodePoint(Character.toUpperCase(w.codePointAt(0)));
        }
        return b.length() == 0 ? "?" : b.toString();
    }

    @Test
    void numbersAreWrittenAsTheFormatterWritesThem() {
        double[] edges = {0, -0.0, 0.05, -0.05, 0.04, -0.04, 0.15, -0.15, 0.25, 1.05, -1.05, 2.45, 99.95, -99.95, 0.1, -0.1,
                1e14 + 0.3, -1e14 - 0.3, 1e15 + 0.5, 123456789012345.6, 4.5e15, 1e16, 1e300, -1e300, Double.MAX_VALUE,
                Double.MIN_VALUE, -Double.MIN_VALUE, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
                9.223372036854776E17, Long.MAX_VALUE / 10.0, 14.95, 14.949999999999999, 0.95, 0.9500000000000001};
        for (double d : edges) assertEquals(numByFormat(d), Svg.num(d), "for " + d);
        Random random = new Random(42);
        for (int i = 0; i < 200_000; i++) {
            double d = switch (i % 4) {
                case 0 -> (random.nextDouble() - 0.5) * 2000;
                case 1 -> Math.round((random.nextDouble() - 0.5) * 20000) / 20.0; // halves of tenths: the rounding edge
                case 2 -> (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(20));
                default -> Double.longBitsToDouble(random.nextLong());
            };
            assertEquals(numByFormat(d), Svg.num(d), "for " + d);
        }
    }

    @Test
    void wrappingSplitsWordsAsTheRegexDefinitionDoes() {
        String[] texts = {"", " ", "one", "  padded  ", "a b c", "Tina introduces Kathleen to Rebecca", "tab\tand\nnew line\r\f\u000Bhere",
                "averyveryverylongwordthatdoesnotfit at all", "non\u00A0breaking space", "\u2003em spaces\u2003", "x\u2028y",
                "short", "twelve chars", "thirteen char", "ends with space ", "\u00e9t\u00e9 d\u00e9j\u00e0 vu \uD83D\uDE00 emoji"};
        for (String t : texts) {
            for (int max = 2; max < 40; max++) assertEquals(wrapByRegex(t, max), Svg.wrap(t, max), "for '" + t + "' at " + max);
        }
        Random random = new Random(7);
        String alphabet = "ab -\t\nXY\u00A0\u2003é";
        for (int i = 0; i < 20_000; i++) {
            String s = RandomText.of(random, alphabet, 60);
            int max = 2 + random.nextInt(30);
            assertEquals(wrapByRegex(s, max), Svg.wrap(s, max), "for '" + s + "' at " + max);
        }
    }

    @Test
    void escapingIsTheSiteWideXmlEscapingWithCharactersBeyondAsciiAsReferences() {
        Random random = new Random(11);
        String alphabet = "aZ &<>\"'\n\t\r\u0001\u001f\u00e9\u2192\uD83D\uDE00";
        for (int i = 0; i < 20_000; i++) {
            String s = RandomText.of(random, alphabet, 12);
            assertEquals(references(dev.casebook.publish.Xml.text(s)), Svg.text(s), "text of '" + s + "'");
            assertEquals(references(dev.casebook.publish.Xml.attr(s)), Svg.attr(s), "attribute of '" + s + "'");
            assertTrue(Svg.text(s).chars().allMatch(c -> c < 0x80), "a drawing's text stays ASCII");
            assertTrue(Svg.attr(s).chars().allMatch(c -> c < 0x80), "and so do its attributes");
        }
    }

    @Test
    void textWrittenIntoADrawingIsEscapedAsTextEscapesIt() {
        Random random = new Random(12);
        String alphabet = "aZ &<>\"'\n\t\r\u0001\u001f\u007f\u00b7\u00e9\u2192\uD83D\uDE00";
        for (int i = 0; i < 5_000; i++) {
            String s = RandomText.of(random, alphabet, 12);
            String drawing = new Svg("d", 10, 10, "t", "d", "x").text(0, 0, "c", s).done();
            String written = drawing.substring(drawing.indexOf("class=\"c\">") + 10, drawing.lastIndexOf("</text>"));
            assertEquals(Svg.text(s), written, "text of " + s.chars().mapToObj(Integer::toHexString).toList());
        }
    }

    /** The site-wide escaping, with each code point beyond ASCII as a numeric character reference. */
    private static String references(String escaped) {
        StringBuilder b = new StringBuilder();
        escaped.codePoints().forEach(cp -> {
            if (cp < 0x80) b.append((char) cp);
            else b.append("&#").append(cp).append(';');
        });
        return b.toString();
    }

    @Test
    void initialsAreTheRegexDefinitions() {
        String[] names = {"", "the baker", "Mary-Jane Watson", "  Tina  ", "a contact", "\u00e9mile zola", "42 Club", "- -", "the the",
                "\uD83D\uDE00 Smile Face", "\uD801\uDC00bc d", "o'brien x", "x\ty\nz", "the", "Jean-Luc Picard"};
        for (String n : names) assertEquals(initialsByRegex(n), Svg.initials(n), "for '" + n + "'");
        Random random = new Random(9);
        String alphabet = "abT- \t\u00e9'1\u00A0h";
        for (int i = 0; i < 20_000; i++) {
            String s = RandomText.of(random, alphabet, 20);
            assertEquals(initialsByRegex(s), Svg.initials(s), "for '" + s + "'");
        }
    }
}
