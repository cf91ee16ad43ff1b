package dev.casebook.publish;

/** Escaping for the XML the site carries (feed, sitemap, inline SVG): markup characters escaped, control characters dropped. */
public final class Xml {

    private Xml() {
    }

    public static String text(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\t' || c == '\r') b.append(c);
                }
            }
        }
        return b.toString();
    }

    public static String attr(String s) {
        return text(s).replace("\"", "&quot;");
    }
}
