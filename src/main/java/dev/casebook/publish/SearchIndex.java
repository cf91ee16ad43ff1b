package dev.casebook.publish;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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

    private static final byte[] COMMA_LINE_END = ",\n".getBytes(StandardCharsets.UTF_8);
    private static final byte[] LINE_END = "\n".getBytes(StandardCharsets.UTF_8);

    /**
     * The script of entries made lines by {@link #line(Entry)}, one a line in the given order, as the parts to write
     * one after the other: the lines themselves and what goes between them, never joined (at 64,000 stories the
     * index is 150 MB, and a joined copy of it forced a full collection at the end of the build).
     */
    public static List<byte[]> parts(List<byte[]> lines) {
        List<byte[]> parts = new ArrayList<>(2 * lines.size() + 2);
        parts.add(HEAD);
        for (int i = 0; i < lines.size(); i++) {
            parts.add(lines.get(i));
            parts.add(i + 1 < lines.size() ? COMMA_LINE_END : LINE_END);
        }
        parts.add(TAIL);
        return parts;
    }

    /**
     * An entry as one line of JSON, in UTF-8, written as bytes from the start (no string to encode at the end): a
     * build makes each story's line with its page and keeps only the line, not the entry's strings.
     */
    public static byte[] line(Entry e) {
        Utf8Builder b = new Utf8Builder(e.words().length() + e.snippet().map(String::length).orElse(0) + 256);
        string(b.appendAscii("{\"kind\":"), e.kind());
        string(b.appendAscii(",\"title\":"), e.title());
        string(b.appendAscii(",\"url\":"), e.url());
        string(b.appendAscii(",\"summary\":"), e.summary());
        string(b.appendAscii(",\"words\":"), e.words());
        e.snippet().ifPresent(s -> string(b.appendAscii(",\"snippet\":"), s));
        return b.appendAscii("}").toByteArray();
    }

    private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

    /**
     * Appends {@code s} as a JSON string literal, safe inside a script file: quotes, backslashes and control
     * characters escaped, and '<', U+2028 and U+2029 too. Runs that need no escape are copied in one go.
     */
    private static void string(Utf8Builder out, String s) {
        byte[] in = s.getBytes(StandardCharsets.UTF_8);
        out.append((byte) '"');
        int run = 0;
        for (int i = 0; i < in.length; i++) {
            byte c = in[i];
            String escaped;
            if (c < 0) {
                // U+2028 and U+2029 (E2 80 A8, E2 80 A9) end a line in older JavaScript
                if (c != (byte) 0xE2 || i + 2 >= in.length || in[i + 1] != (byte) 0x80) continue;
                if (in[i + 2] == (byte) 0xA8) escaped = "\\u2028";
                else if (in[i + 2] == (byte) 0xA9) escaped = "\\u2029";
                else continue;
                out.append(in, run, i).appendAscii(escaped);
                i += 2;
                run = i + 1;
                continue;
            }
            escaped = switch (c) {
                case '"' -> "\\\"";
                case '\\' -> "\\\\";
                case '\n' -> "\\n";
                case '\r' -> "\\r";
                case '\t' -> "\\t";
                case '<' -> "\\u003c";
                default -> null;
            };
            if (escaped == null && c >= 0x20) continue;
            out.append(in, run, i);
            if (escaped != null) out.appendAscii(escaped);
            else out.appendAscii("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xf]);
            run = i + 1;
        }
        out.append(in, run, in.length).append((byte) '"');
    }
}
