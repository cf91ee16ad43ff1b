package dev.casebook.render;

import dev.casebook.publish.Utf8Builder;

import java.nio.charset.StandardCharsets;

/**
 * HTML gathered as UTF-8 bytes and made a string once, at the end: an ASCII page body is then a copy of the bytes
 * (a string made from chars had to check and narrow every one). Reused from text to text by one thread.
 */
final class HtmlBytes {

    private static final String[] ESCAPED = new String[0x80];

    static {
        ESCAPED['&'] = "&amp;";
        ESCAPED['<'] = "&lt;";
        ESCAPED['>'] = "&gt;";
        ESCAPED['"'] = "&quot;";
    }

    private final Utf8Builder out = new Utf8Builder(4096);
    /** Whether a byte beyond ASCII has been written. */
    private boolean wide;

    /** Empties this for a text of about {@code expected} bytes. */
    void reset(int expected) {
        out.reset(expected);
        wide = false;
    }

    /** Markup made by the renderer: ASCII only. */
    void put(String s) {
        out.appendAscii(s);
    }

    void put(byte[] from, int start, int end) {
        out.append(from, start, end);
    }

    /** {@code c[s, e)} as HTML text: {@code & < > "} escaped, the spaces that start a continuation line left out. */
    void text(byte[] c, int s, int e) {
        int run = s;
        for (int i = s; i < e; i++) {
            byte ch = c[i];
            if (ch < 0) {
                wide = true;
                continue;
            }
            if (ch == '\n') {
                if (i + 1 < e && c[i + 1] == ' ') {
                    put(c, run, i + 1);
                    while (i + 1 < e && c[i + 1] == ' ') i++;
                    run = i + 1;
                }
                continue;
            }
            String esc = ESCAPED[ch];
            if (esc == null) continue;
            put(c, run, i);
            put(esc);
            run = i + 1;
        }
        put(c, run, e);
    }

    /** What was written, as a string. */
    String string() {
        return out.toString(wide ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
    }
}
