package dev.casebook.render;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

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

    private byte[] out = new byte[0];
    private int length;
    /** Whether a byte beyond ASCII has been written. */
    private boolean wide;

    /** Empties this for a text of about {@code expected} bytes. */
    void reset(int expected) {
        length = 0;
        wide = false;
        reserve(expected);
    }

    private void reserve(int more) {
        if (length + more > out.length) out = Arrays.copyOf(out, Math.max(length + more, 2 * out.length));
    }

    /** Markup made by the renderer: ASCII only. */
    void put(String s) {
        int n = s.length();
        reserve(n);
        for (int k = 0; k < n; k++) out[length + k] = (byte) s.charAt(k);
        length += n;
    }

    void put(byte[] from, int start, int end) {
        int n = end - start;
        reserve(n);
        System.arraycopy(from, start, out, length, n);
        length += n;
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
        return new String(out, 0, length, wide ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
    }
}
