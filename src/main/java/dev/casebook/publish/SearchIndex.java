package dev.casebook.publish;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * The site's search index as a script file that assigns a global ({@code window.CASEBOOK_SEARCH}), so search
 * works from file:// with no server and no fetch. Each entry: kind, title, address, summary, the searchable words
 * and, for stories, a snippet (the start of the story) shown in results when there is no summary.
 */
public final class SearchIndex {

    /** One searchable page; {@code url} is relative to the site root. */
    public record Entry(String kind, String title, String url, String summary, String words, Optional<String> snippet) {
    }

    private SearchIndex() {
    }

    private static final byte[] HEAD = "/* Casebook search index: generated, do not edit. */\nwindow.CASEBOOK_SEARCH = [\n".getBytes(StandardCharsets.UTF_8);
    private static final byte[] TAIL = "];\n".getBytes(StandardCharsets.UTF_8);

    /**
     * The script, one entry a line in the given order; the lines are made (and encoded) in parallel and copied once
     * into the result, so the whole index exists at most twice in memory, as bytes.
     */
    public static byte[] script(List<Entry> entries) {
        List<byte[]> lines = entries.parallelStream().map(e -> line(e).getBytes(StandardCharsets.UTF_8)).toList();
        int size = HEAD.length + TAIL.length + Math.max(0, lines.size() - 1); // a comma after each line but the last
        for (byte[] line : lines) size += line.length + 1;
        byte[] out = new byte[size];
        System.arraycopy(HEAD, 0, out, 0, HEAD.length);
        int at = HEAD.length;
        for (int i = 0; i < lines.size(); i++) {
            byte[] line = lines.get(i);
            System.arraycopy(line, 0, out, at, line.length);
            at += line.length;
            if (i + 1 < lines.size()) out[at++] = ',';
            out[at++] = '\n';
        }
        System.arraycopy(TAIL, 0, out, at, TAIL.length);
        return out;
    }

    private static String line(Entry e) {
        StringBuilder b = new StringBuilder(e.words().length() + e.snippet().map(String::length).orElse(0) + 256);
        json(b.append("{\"kind\":"), e.kind());
        json(b.append(",\"title\":"), e.title());
        json(b.append(",\"url\":"), e.url());
        json(b.append(",\"summary\":"), e.summary());
        json(b.append(",\"words\":"), e.words());
        e.snippet().ifPresent(s -> json(b.append(",\"snippet\":"), s));
        return b.append('}').toString();
    }

    /** Appends {@code s} as a JSON string literal, safe inside a script file (line separators and '<' escaped too). */
    static void json(StringBuilder b, String s) {
        b.append('"');
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
        b.append(s, run, s.length()).append('"');
    }
}
