package dev.casebook.publish;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The site's search index as a script file that assigns a global ({@code window.CASEBOOK_SEARCH}), so search
 * works from file:// with no server and no fetch. Each entry: kind, title, address, summary and the searchable text.
 */
public final class SearchIndex {

    /** One searchable page; {@code url} is relative to the site root. */
    public record Entry(String kind, String title, String url, String summary, String text) {
    }

    private SearchIndex() {
    }

    public static byte[] script(List<Entry> entries) {
        StringBuilder b = new StringBuilder("/* Casebook search index: generated, do not edit. */\nwindow.CASEBOOK_SEARCH = [\n");
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            b.append("{\"kind\":").append(json(e.kind())).append(",\"title\":").append(json(e.title()))
                    .append(",\"url\":").append(json(e.url())).append(",\"summary\":").append(json(e.summary()))
                    .append(",\"text\":").append(json(e.text())).append('}').append(i + 1 < entries.size() ? ",\n" : "\n");
        }
        return b.append("];\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A JSON string literal, safe inside a script file (line separators and '<' escaped too). */
    static String json(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16).append('"');
        int run = 0; // start of the current run of characters that need no escape, copied in one go
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String escaped = switch (c) {
                case '"' -> "\\\"";
                case '\\' -> "\\\\";
                case '\n' -> "\\n";
                case '\r' -> "\\r";
                case '\t' -> "\\t";
                case '<' -> "\\u003c";
                case '\u2028' -> "\\u2028";
                case '\u2029' -> "\\u2029";
                default -> c < 0x20 ? String.format("\\u%04x", (int) c) : null;
            };
            if (escaped != null) {
                b.append(s, run, i).append(escaped);
                run = i + 1;
            }
        }
        return b.append(s, run, s.length()).append('"').toString();
    }
}
