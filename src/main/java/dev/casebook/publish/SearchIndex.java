package dev.casebook.publish;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
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
        return scriptOfLines(entries.parallelStream().map(SearchIndex::line).toList());
    }

    /** The script of entries already made lines by {@link #line(Entry)}, in the given order. */
    public static byte[] scriptOfLines(List<byte[]> lines) {
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

    /**
     * An entry as one line of JSON, in UTF-8, written as bytes from the start (no string to encode at the end): a
     * build makes each story's line with its page and keeps only the line, not the entry's strings.
     */
    public static byte[] line(Entry e) {
        JsonLine b = new JsonLine(e.words().length() + e.snippet().map(String::length).orElse(0) + 256);
        b.raw("{\"kind\":").string(e.kind());
        b.raw(",\"title\":").string(e.title());
        b.raw(",\"url\":").string(e.url());
        b.raw(",\"summary\":").string(e.summary());
        b.raw(",\"words\":").string(e.words());
        e.snippet().ifPresent(s -> b.raw(",\"snippet\":").string(s));
        return b.raw("}").bytes();
    }

    /** A line of JSON being written as UTF-8 bytes. */
    private static final class JsonLine {
        private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
        private byte[] out;
        private int length;

        JsonLine(int expected) {
            out = new byte[expected];
        }

        /** ASCII written as it is. */
        JsonLine raw(String ascii) {
            reserve(ascii.length());
            for (int k = 0; k < ascii.length(); k++) out[length++] = (byte) ascii.charAt(k);
            return this;
        }

        /**
         * {@code s} as a JSON string literal, safe inside a script file: quotes, backslashes and control
         * characters escaped, and '<', U+2028 and U+2029 too. Runs that need no escape are copied in one go.
         */
        JsonLine string(String s) {
            byte[] in = s.getBytes(StandardCharsets.UTF_8);
            reserve(in.length + 2);
            out[length++] = '"';
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
                    copy(in, run, i);
                    raw(escaped);
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
                copy(in, run, i);
                if (escaped != null) raw(escaped);
                else raw("\\u00").put(HEX[c >> 4]).put(HEX[c & 0xf]);
                run = i + 1;
            }
            copy(in, run, in.length);
            reserve(1);
            out[length++] = '"';
            return this;
        }

        private JsonLine put(byte b) {
            reserve(1);
            out[length++] = b;
            return this;
        }

        private void copy(byte[] in, int from, int to) {
            reserve(to - from);
            System.arraycopy(in, from, out, length, to - from);
            length += to - from;
        }

        private void reserve(int more) {
            if (length + more > out.length) out = Arrays.copyOf(out, Math.max(length + more, 2 * out.length));
        }

        byte[] bytes() {
            return length == out.length ? out : Arrays.copyOf(out, length);
        }
    }
}
