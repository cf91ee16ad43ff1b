package dev.casebook.render;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * The everyday Markdown of a story, rendered straight to the HTML commonmark gives it, several times faster:
 * ATX headings, paragraphs, tight bullet and ordered lists of one-line items (with continuation lines), block
 * quotes, fenced code with a one-word language, tables of pipe-framed rows, {@code *emphasis*}, {@code **strong**}
 * (and with {@code _}), {@code `code`} and inline links to http, https, mailto and relative addresses. Anything
 * else (raw HTML, images, escapes, entities, indented code, loose lists, nesting commonmark resolves by its finer
 * rules, nesting deeper than {@link #MAX_NESTING}) makes {@link #render} give up, and the story goes through
 * commonmark as before: this never guesses. {@code MarkdownSubsetRendererTest} compares the two on generated
 * documents.
 */
final class MarkdownSubsetRenderer {

    // what a line is to the block structure
    private static final int BLANK = 0;
    private static final int TEXT = 1;
    private static final int HEADING = 2;
    private static final int QUOTE = 3;
    private static final int BULLET = 4;
    private static final int ORDERED = 5;
    private static final int UNSUPPORTED = 6;
    /** A line that starts with spaces and then plain text: only the continuation of a paragraph or list item. */
    private static final int INDENTED = 7;
    /** A code fence of backticks: a fenced code block starts. */
    private static final int FENCE = 8;
    /** A line that starts and ends with '|': a table's row. */
    private static final int TABLE = 9;

    // inline tokens
    private static final int T_TEXT = 0;
    private static final int T_DELIM = 1;
    private static final int T_OPEN_BRACKET = 2;
    private static final int T_LINK_END = 3;
    private static final int T_CODE = 4;

    private static final String[] OPEN_HEADING = {"", "<h1>", "<h2>", "<h3>", "<h4>", "<h5>", "<h6>"};
    private static final String[] CLOSE_HEADING = {"", "</h1>\n", "</h2>\n", "</h3>\n", "</h4>\n", "</h5>\n", "</h6>\n"};

    /** What an ASCII character is to the inline scan: text, or one to look at (marks, and those that make it give up). */
    private static final boolean[] INLINE_SPECIAL = new boolean[0x80];
    /** Characters HTML text escapes. */
    private static final String[] ESCAPED = new String[0x80];
    private static final boolean[] ASCII_PUNCTUATION = new boolean[0x80];
    /** Characters a link address may have here; anything else is left to commonmark (which may percent-encode it). */
    private static final boolean[] URL_CHAR = new boolean[0x80];

    static {
        // control characters (tabs, carriage returns), code, raw HTML, escapes, tables; marks; entities; images
        for (char c = 0; c < 0x20; c++) INLINE_SPECIAL[c] = c != '\n';
        for (char c : "`<\\|\u007f*_[]&!".toCharArray()) INLINE_SPECIAL[c] = true;
        ESCAPED['&'] = "&amp;";
        ESCAPED['<'] = "&lt;";
        ESCAPED['>'] = "&gt;";
        ESCAPED['"'] = "&quot;";
        for (char c : "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".toCharArray()) ASCII_PUNCTUATION[c] = true;
        for (char c = '0'; c <= '9'; c++) URL_CHAR[c] = true;
        for (char c = 'a'; c <= 'z'; c++) URL_CHAR[c] = true;
        for (char c = 'A'; c <= 'Z'; c++) URL_CHAR[c] = true;
        for (char c : "-._~:/?#@!$&+,;=%".toCharArray()) URL_CHAR[c] = true;
    }

    /** How deep block quotes (and the look at list items within items) may go before this gives up. */
    private static final int MAX_NESTING = 8;

    private static final ThreadLocal<MarkdownSubsetRenderer> SCRATCH = ThreadLocal.withInitial(MarkdownSubsetRenderer::new);

    /** The text being rendered, as UTF-8: Markdown's marks are all ASCII, and no byte of another character is one. */
    private byte[] c = new byte[0];
    /** The HTML so far, as UTF-8, made a string once at the end; {@code wide} once it holds a byte beyond ASCII. */
    private byte[] out = new byte[0];
    private int length;
    private boolean wide;
    // inline tokens of the text being rendered: kind, start, end, and for delimiters their character, length and role
    private int[] kind = new int[64];
    private int[] from = new int[64];
    private int[] to = new int[64];
    private int[] role = new int[64];
    /** For a matched delimiter, the tags it becomes; for an opener, how many of its characters no closer took. */
    private String[] markup = new String[64];
    private int[] left = new int[64];
    private int tokens;
    private int[] brackets = new int[16];
    /** Backtick run lengths known to have no closing run further on in the text being scanned. */
    private final boolean[] noCloser = new boolean[16];
    private int nesting;

    private MarkdownSubsetRenderer() {
    }

    /** The HTML commonmark makes of {@code markdown}, or empty when it is beyond this subset. */
    static Optional<String> render(String markdown) {
        return SCRATCH.get().html(markdown);
    }

    private Optional<String> html(String markdown) {
        c = markdown.getBytes(StandardCharsets.UTF_8);
        int n = c.length;
        length = 0;
        nesting = 0;
        reserve(n + n / 2 + 64);
        wide = false;
        if (!blocks(0, n)) return Optional.empty();
        // ASCII HTML is a copy of the bytes (a string made from chars had to check and narrow every one)
        return Optional.of(new String(out, 0, length, wide ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1));
    }

    private void reserve(int more) {
        if (length + more > out.length) out = Arrays.copyOf(out, Math.max(length + more, 2 * out.length));
    }

    /** Markup of this class's own: ASCII. */
    private void put(String s) {
        int n = s.length();
        reserve(n);
        for (int k = 0; k < n; k++) out[length + k] = (byte) s.charAt(k);
        length += n;
    }

    private void put(byte[] from, int start, int end) {
        int n = end - start;
        reserve(n);
        System.arraycopy(from, start, out, length, n);
        length += n;
    }

    /** Whether an '&' at {@code i} starts what may be an entity or a numeric character reference. */
    private boolean entityAt(int i, int n) {
        int k = i + 1;
        while (k < n && (asciiLetterOrDigit(c[k]) || c[k] == '#') && k - i < 40) k++;
        return k > i + 1 && k < n && c[k] == ';';
    }

    private static boolean asciiLetterOrDigit(byte b) {
        return b >= '0' && b <= '9' || b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z';
    }

    private int lineEnd(int i, int end) {
        while (i < end && c[i] != '\n') i++;
        return i;
    }

    private static int next(int lineEnd, int end) {
        return lineEnd < end ? lineEnd + 1 : end;
    }

    /** What the line {@code c[i, e)} is to the block structure. */
    private int lineKind(int i, int e) {
        if (i == e) return BLANK;
        byte f = c[i];
        if (c[e - 1] == ' ' && f != ' ') return UNSUPPORTED; // trailing spaces: a hard line break, or stripped
        if (f == ' ') {
            int k = i;
            while (k < e && c[k] == ' ') k++;
            if (k == e) return BLANK;
            return lineKind(k, e) == TEXT ? INDENTED : UNSUPPORTED;
        }
        switch (f) {
            case '#': {
                int k = i;
                while (k < e && c[k] == '#') k++;
                if (k - i > 6) return TEXT;
                if (k == e) return UNSUPPORTED; // an empty heading
                if (c[k] != ' ') return TEXT;
                if (k + 1 == e || c[k + 1] == ' ' || c[e - 1] == '#') return UNSUPPORTED;
                return HEADING;
            }
            case '>':
                return QUOTE;
            case '-':
            case '*': {
                if (thematicBreakLike(i, e, f) || i + 1 == e) return UNSUPPORTED; // a break, or an empty item
                if (c[i + 1] == ' ') return itemContentOk(i + 2, e) ? BULLET : UNSUPPORTED;
                return f == '-' ? UNSUPPORTED : TEXT;
            }
            case '_':
                return thematicBreakLike(i, e, f) ? UNSUPPORTED : TEXT;
            case '`': {
                int k = i;
                while (k < e && c[k] == '`') k++;
                if (k - i < 3) return TEXT;
                for (int m = k; m < e; m++) if (c[m] == '`') return UNSUPPORTED;
                return FENCE;
            }
            case '|':
                return e - i >= 2 && c[e - 1] == '|' ? TABLE : UNSUPPORTED;
            case '+': case '=': case '~': case ':': case '!':
                return UNSUPPORTED;
            default:
                break;
        }
        if (f >= '0' && f <= '9') {
            int k = i;
            while (k < e && c[k] >= '0' && c[k] <= '9') k++;
            if (k == e) return TEXT;
            byte d = c[k];
            if (d == '.' || d == ')') {
                if (k - i > 9 || d == ')') return UNSUPPORTED;
                if (k + 1 == e) return UNSUPPORTED;
                if (c[k + 1] == ' ') return itemContentOk(k + 2, e) ? ORDERED : UNSUPPORTED;
            }
        }
        return TEXT;
    }

    /** Whether an item's text, from {@code i}, is a plain line (not itself the start of another block). */
    private boolean itemContentOk(int i, int e) {
        if (i == e || nesting == MAX_NESTING) return false; // "- - - - x": deep nesting is left to commonmark
        nesting++;
        boolean text = lineKind(i, e) == TEXT;
        nesting--;
        return text;
    }

    private boolean thematicBreakLike(int i, int e, byte mark) {
        int marks = 0;
        for (int k = i; k < e; k++) {
            if (c[k] == mark) marks++;
            else if (c[k] != ' ') return false;
        }
        return marks >= 3;
    }

    /** The blocks of {@code c[start, end)}; false when a line is beyond the subset. */
    private boolean blocks(int start, int end) {
        int i = start;
        while (i < end) {
            int e = lineEnd(i, end);
            int k = lineKind(i, e);
            switch (k) {
                case BLANK -> i = next(e, end);
                case HEADING -> {
                    int hashes = 0;
                    while (c[i + hashes] == '#') hashes++;
                    put(OPEN_HEADING[hashes]);
                    if (!inline(i + hashes + 1, e)) return false;
                    put(CLOSE_HEADING[hashes]);
                    i = next(e, end);
                }
                case QUOTE -> {
                    i = quote(i, end);
                    if (i < 0) return false;
                }
                case BULLET, ORDERED -> {
                    i = list(i, end, k);
                    if (i < 0) return false;
                }
                case FENCE -> {
                    i = fence(i, end);
                    if (i < 0) return false;
                }
                case TABLE -> {
                    i = table(i, end);
                    if (i < 0) return false;
                }
                case TEXT -> {
                    i = paragraph(i, end);
                    if (i < 0) return false;
                }
                default -> {
                    return false;
                }
            }
        }
        return true;
    }

    /** A paragraph from line {@code i}; where it ends, or -1 when beyond the subset. */
    private int paragraph(int i, int end) {
        int e = lineEnd(i, end);
        int last = e;
        int j = next(e, end);
        while (j < end) {
            int je = lineEnd(j, end);
            int k = lineKind(j, je);
            if (k == BLANK || k == HEADING || k == QUOTE || k == BULLET || k == FENCE) break;
            if (k == ORDERED) {
                if (orderedStart(j) != 1) return -1; // only "1." interrupts a paragraph; "2." would continue it
                break;
            }
            if (k != TEXT && k != INDENTED) return -1;
            last = je;
            j = next(je, end);
        }
        put("<p>");
        if (!inline(i, last)) return -1;
        put("</p>\n");
        return j;
    }

    /** A block quote from line {@code i}: its lines without their "> ", rendered as blocks of their own. */
    private int quote(int i, int end) {
        if (nesting == MAX_NESTING) return -1;
        ByteArrayOutputStream inner = new ByteArrayOutputStream();
        int j = i;
        while (j < end) {
            int je = lineEnd(j, end);
            if (j == je || c[j] != '>') {
                if (lineKind(j, je) != BLANK) return -1; // a lazy continuation line: left to commonmark
                break;
            }
            int text = j + 1 < je && c[j + 1] == ' ' ? j + 2 : j + 1;
            inner.write(c, text, je - text);
            inner.write('\n');
            j = next(je, end);
        }
        byte[] saved = c;
        c = inner.toByteArray();
        put("<blockquote>\n");
        nesting++;
        boolean ok = blocks(0, c.length);
        nesting--;
        c = saved;
        if (!ok) return -1;
        put("</blockquote>\n");
        return j;
    }

    /** A fenced code block from line {@code i}; it must be closed. Its lines are text, escaped. */
    private int fence(int i, int end) {
        int e = lineEnd(i, end);
        int ticks = 0;
        while (c[i + ticks] == '`') ticks++;
        int info = i + ticks;
        for (int k = info; k < e; k++) {
            byte ch = c[k];
            if (!(ch >= 'a' && ch <= 'z' || ch >= 'A' && ch <= 'Z' || ch >= '0' && ch <= '9' || ch == '-' || ch == '_' || ch == '+' || ch == '.')) {
                return -1; // an info string of more than one plain word
            }
        }
        if (info == e) put("<pre><code>");
        else {
            put("<pre><code class=\"language-");
            put(c, info, e);
            put("\">");
        }
        int j = next(e, end);
        while (true) {
            if (j >= end) return -1; // never closed: to the end of the document, left to commonmark
            int je = lineEnd(j, end);
            int k = j;
            while (k < je && c[k] == ' ') k++;
            if (k < je && c[k] == '`') {
                if (k > j) return -1; // an indented closing fence
                int m = k;
                while (m < je && c[m] == '`') m++;
                int after = m;
                while (after < je && c[after] == ' ') after++;
                if (m - k >= ticks && after == je) {
                    put("</code></pre>\n");
                    return next(je, end);
                }
            }
            for (int m = j; m < je; m++) if (c[m] >= 0 && c[m] < 0x20 && c[m] != '\t') return -1;
            text(j, je);
            put("\n");
            j = next(je, end);
        }
    }

    private static final String[] ALIGN = {"", " align=\"left\"", " align=\"center\"", " align=\"right\""};

    /** A table from its header row at line {@code i}: a delimiter row, body rows up to a blank line. */
    private int table(int i, int end) {
        int e = lineEnd(i, end);
        int columns = cells(i, e);
        int[] header = Arrays.copyOf(cellBounds, 2 * columns);
        int d = next(e, end);
        if (d >= end) return -1;
        int de = lineEnd(d, end);
        if (lineKind(d, de) != TABLE || cells(d, de) != columns) return -1;
        int[] align = new int[columns];
        for (int col = 0; col < columns; col++) {
            align[col] = alignment(cellBounds[2 * col], cellBounds[2 * col + 1]);
            if (align[col] < 0) return -1;
        }
        int j = next(de, end);
        if (j >= end || lineKind(j, lineEnd(j, end)) != TABLE) return -1; // no body rows
        put("<table>\n<thead>\n<tr>\n");
        for (int col = 0; col < columns; col++) {
            put("<th");
            put(ALIGN[align[col]]);
            put(">");
            if (!inline(header[2 * col], header[2 * col + 1])) return -1;
            put("</th>\n");
        }
        put("</tr>\n</thead>\n<tbody>\n");
        while (j < end) {
            int je = lineEnd(j, end);
            int kind = lineKind(j, je);
            if (kind == BLANK) break;
            if (kind != TABLE) return -1; // a row without pipes, or another block: commonmark's rules
            int n = cells(j, je);
            put("<tr>\n");
            for (int col = 0; col < columns; col++) {
                put("<td");
                put(ALIGN[align[col]]);
                put(">");
                if (col < n && !inline(cellBounds[2 * col], cellBounds[2 * col + 1])) return -1;
                put("</td>\n");
            }
            put("</tr>\n");
            j = next(je, end);
        }
        put("</tbody>\n</table>\n");
        return j;
    }

    /** The cells of the row {@code c[i, e)} ("| a | b |"), their trimmed bounds in {@link #cellBounds}; how many. */
    private int cells(int i, int e) {
        int n = 0;
        int start = i + 1;
        for (int k = i + 1; k < e; k++) {
            if (c[k] != '|') continue;
            int s = start;
            int t = k;
            while (s < t && c[s] == ' ') s++;
            while (t > s && c[t - 1] == ' ') t--;
            if (2 * n + 2 > cellBounds.length) cellBounds = Arrays.copyOf(cellBounds, 2 * cellBounds.length);
            cellBounds[2 * n] = s;
            cellBounds[2 * n + 1] = t;
            n++;
            start = k + 1;
        }
        return n;
    }

    private int[] cellBounds = new int[32];

    /** A delimiter cell's alignment (0 none, 1 left, 2 center, 3 right), or -1 when it is not one. */
    private int alignment(int s, int e) {
        if (s == e) return -1;
        boolean left = c[s] == ':';
        boolean right = c[e - 1] == ':' && e - 1 > s;
        for (int k = left ? s + 1 : s; k < (right ? e - 1 : e); k++) if (c[k] != '-') return -1;
        if ((left ? s + 1 : s) >= (right ? e - 1 : e)) return -1;
        return left && right ? 2 : left ? 1 : right ? 3 : 0;
    }

    private int orderedStart(int i) {
        int v = 0;
        while (c[i] >= '0' && c[i] <= '9') v = v * 10 + (c[i++] - '0');
        return v;
    }

    /** A tight list from line {@code i}, its items one line each plus lazy continuation lines. */
    private int list(int i, int end, int type) {
        byte bullet = c[i];
        if (type == ORDERED) {
            int start = orderedStart(i);
            put(start == 1 ? "<ol>\n" : "<ol start=\"" + start + "\">\n");
        } else {
            put("<ul>\n");
        }
        int j = i;
        while (true) {
            int je = lineEnd(j, end);
            int content = type == BULLET ? j + 2 : contentOfOrdered(j);
            int last = je;
            int k = next(je, end);
            int following = BLANK;
            while (k < end) {
                int ke = lineEnd(k, end);
                following = lineKind(k, ke);
                if (following != TEXT && following != INDENTED) break;
                last = ke;
                k = next(ke, end);
            }
            if (k >= end) following = BLANK;
            put("<li>");
            if (!inline(content, last)) return -1;
            put("</li>\n");
            if (following == type && (type == ORDERED || c[k] == bullet)) {
                j = k;
                continue;
            }
            if (following == BULLET || following == ORDERED || following == UNSUPPORTED || following == TABLE) {
                return -1; // another kind of list, a table's row (lazy text to commonmark), or beyond the subset
            }
            if (following == BLANK) {
                // a blank line and then an item of the same list would make it loose
                int m = k;
                while (m < end) {
                    int me = lineEnd(m, end);
                    int mk = lineKind(m, me);
                    if (mk != BLANK) {
                        if (mk == BULLET || mk == ORDERED || mk == INDENTED) return -1; // the list would go on
                        break;
                    }
                    m = next(me, end);
                }
            }
            put(type == ORDERED ? "</ol>\n" : "</ul>\n");
            return k;
        }
    }

    private int contentOfOrdered(int i) {
        while (c[i] >= '0' && c[i] <= '9') i++;
        return i + 2;
    }

    // ---- inline ----

    private void token(int k, int s, int e, int r) {
        if (tokens == kind.length) {
            int size = 2 * tokens;
            kind = Arrays.copyOf(kind, size);
            from = Arrays.copyOf(from, size);
            to = Arrays.copyOf(to, size);
            role = Arrays.copyOf(role, size);
            markup = Arrays.copyOf(markup, size);
            left = Arrays.copyOf(left, size);
        }
        kind[tokens] = k;
        from[tokens] = s;
        to[tokens] = e;
        role[tokens] = r;
        tokens++;
    }

    private static final int OPENS = 1;
    private static final int CLOSES = 2;
    /** A delimiter or bracket that turned out to be text. */
    private static final int LITERAL = 0;
    private static final int MATCHED = 4;

    /** The inline content {@code c[s, e)} (lines joined by '\n'); false when beyond the subset. */
    private boolean inline(int s, int e) {
        tokens = 0;
        int textStart = s;
        int openBrackets = 0; // the '[' still open, their tokens in brackets[0, openBrackets)
        Arrays.fill(noCloser, false);
        int i = s;
        byte[] c = this.c;
        while (i < e) {
            byte ch = c[i];
            if (ch < 0) {
                // U+2028 and U+2029 (E2 80 A8, E2 80 A9): line separators to Java, text to commonmark
                if (ch == (byte) 0xE2 && i + 2 < e && c[i + 1] == (byte) 0x80 && (c[i + 2] == (byte) 0xA8 || c[i + 2] == (byte) 0xA9)) return false;
                i++;
                continue;
            }
            if (!INLINE_SPECIAL[ch]) {
                i++;
                continue;
            }
            if (ch == '*' || ch == '_') {
                int r = i;
                while (r < e && c[r] == ch) r++;
                if (r - i > 3) return false;
                int before = i == s ? ' ' : c[i - 1]; // the start and end of the text count as white space
                int after = r == e ? ' ' : c[r];
                if (before < 0 || after < 0) return false; // beside a character beyond ASCII: Unicode's classes decide
                boolean beforeSpace = before == ' ' || before == '\n';
                boolean afterSpace = after == ' ' || after == '\n';
                boolean beforePunct = !beforeSpace && ASCII_PUNCTUATION[before];
                boolean afterPunct = !afterSpace && ASCII_PUNCTUATION[after];
                boolean left = !afterSpace && (!afterPunct || beforeSpace || beforePunct);
                boolean right = !beforeSpace && (!beforePunct || afterSpace || afterPunct);
                boolean opens = ch == '*' ? left : left && (!right || beforePunct);
                boolean closes = ch == '*' ? right : right && (!left || afterPunct);
                if (opens && closes) return false;
                if (opens || closes) {
                    if (textStart < i) token(T_TEXT, textStart, i, 0);
                    token(T_DELIM, i, r, opens ? OPENS : CLOSES);
                    textStart = r;
                }
                i = r;
            } else if (ch == '[') {
                if (textStart < i) token(T_TEXT, textStart, i, 0);
                token(T_OPEN_BRACKET, i, i + 1, LITERAL);
                if (openBrackets == brackets.length) brackets = Arrays.copyOf(brackets, 2 * openBrackets);
                brackets[openBrackets++] = tokens - 1;
                textStart = ++i;
            } else if (ch == ']') {
                if (i + 1 < e && c[i + 1] == ':') return false; // perhaps a link reference definition
                int opener = openBrackets == 0 ? -1 : brackets[openBrackets - 1];
                if (opener < 0) {
                    i++;
                    continue;
                }
                int dest = i + 1 < e && c[i + 1] == '(' ? destinationEnd(i + 2, e) : -1;
                if (i + 1 < e && c[i + 1] == '(' && dest < 0) return false;
                if (textStart < i) token(T_TEXT, textStart, i, 0);
                if (dest < 0) {
                    role[opener] = LITERAL; // "[...]" without an address: both brackets stay text
                    kind[opener] = T_TEXT;
                    token(T_TEXT, i, i + 1, 0);
                    openBrackets--;
                    textStart = ++i;
                    continue;
                }
                if (openBrackets > 1) return false; // a link inside brackets: commonmark's rules for that are finer
                role[opener] = MATCHED;
                token(T_LINK_END, i + 2, dest, opener);
                openBrackets--;
                i = dest + 1;
                textStart = i;
            } else if (ch == '`') {
                int r = i;
                while (r < e && c[r] == '`') r++;
                int ticks = r - i;
                if (ticks >= noCloser.length) return false;
                int close = -1;
                for (int k = noCloser[ticks] ? e : r; k < e; ) {
                    if (c[k] >= 0 && c[k] < 0x20) return false; // a code span over lines, or a control character in it
                    if (c[k] != '`') {
                        k++;
                        continue;
                    }
                    int q = k;
                    while (q < e && c[q] == '`') q++;
                    if (q - k == ticks) {
                        close = k;
                        break;
                    }
                    k = q;
                }
                if (close < 0) {
                    noCloser[ticks] = true; // nor for any later run of this length: no second search
                    i = r; // no closing run: the backticks are text
                    continue;
                }
                if (c[r] == ' ' || c[close - 1] == ' ') return false; // spaces commonmark may strip
                if (textStart < i) token(T_TEXT, textStart, i, 0);
                token(T_CODE, r, close, 0);
                i = close + ticks;
                textStart = i;
            } else if (ch == '!') {
                if (i + 1 < e && c[i + 1] == '[') return false; // an image
                i++;
            } else if (ch == '&') {
                if (entityAt(i, e)) return false;
                i++;
            } else {
                return false; // code, raw HTML, an escape, a table, a control character
            }
        }
        if (textStart < e) token(T_TEXT, textStart, e, 0);
        return emphasis() && emit();
    }

    /** Where "(address)" from {@code i} (just after the '(') ends, at its ')'; -1 when not a plain safe address. */
    private int destinationEnd(int i, int e) {
        int k = i;
        while (k < e && c[k] != ')') {
            byte ch = c[k];
            if (ch < 0 || !URL_CHAR[ch]) return -1;
            if (ch == '%' && !(k + 2 < e && hex(c[k + 1]) && hex(c[k + 2]))) return -1;
            if (ch == '&' && entityAt(k, e)) return -1; // commonmark decodes an entity in an address
            k++;
        }
        if (k == e || k == i) return -1;
        return MarkdownRenderer.SafeUrls.safe(new String(c, i, k - i, StandardCharsets.ISO_8859_1)) ? k : -1;
    }

    private static boolean hex(byte ch) {
        return (ch >= '0' && ch <= '9') || (ch >= 'a' && ch <= 'f') || (ch >= 'A' && ch <= 'F');
    }

    private static final String[] OPEN_TAG = {"", "<em>", "<strong>"};
    private static final String[] CLOSE_TAG = {"", "</em>", "</strong>"};

    /**
     * Pairs closing delimiter runs with the opening ones before them in the same link text, as commonmark does:
     * each time the innermost opener of the closer's character gives and the closer takes two characters when
     * both have two ({@code <strong>}), else one ({@code <em>}). A delimiter left without a partner is text.
     * Where commonmark would reach past an opener of the other character, this gives up.
     */
    private boolean emphasis() {
        int[] stack = new int[tokens];
        int[] stars = new int[tokens + 1]; // stars[k]: how many of stack[0, k) are '*' openers
        int top = 0;
        int[] scopeBase = new int[tokens + 1];
        int scopes = 0;
        for (int t = 0; t < tokens; t++) {
            switch (kind[t]) {
                case T_OPEN_BRACKET -> {
                    if (role[t] == MATCHED) scopeBase[scopes++] = top;
                }
                case T_LINK_END -> {
                    int base = scopeBase[--scopes];
                    for (int k = base; k < top; k++) if ((role[stack[k]] & MATCHED) == 0) role[stack[k]] = LITERAL;
                    top = base;
                }
                case T_DELIM -> {
                    int len = to[t] - from[t];
                    if (role[t] == OPENS) {
                        left[t] = len;
                        markup[t] = "";
                        stars[top + 1] = stars[top] + (c[from[t]] == '*' ? 1 : 0);
                        stack[top++] = t;
                        continue;
                    }
                    int base = scopes == 0 ? 0 : scopeBase[scopes - 1];
                    byte ch = c[from[t]];
                    int rest = len;
                    StringBuilder closing = new StringBuilder();
                    while (rest > 0) {
                        // the innermost opener of the closer's character in this link text, if any (counted, not searched)
                        int ofChar = ch == '*' ? stars[top] - stars[base] : (top - base) - (stars[top] - stars[base]);
                        int same = ofChar == 0 ? -1 : c[from[stack[top - 1]]] == ch ? top - 1 : -2;
                        if (same == -1) {
                            if (rest == len) break; // no opener: the closer is text
                            return false; // a closer only partly used
                        }
                        if (same != top - 1) return false; // commonmark would reach past another opener
                        int o = stack[same];
                        int use = rest >= 2 && left[o] >= 2 ? 2 : 1;
                        role[o] = MATCHED | OPENS;
                        markup[o] = OPEN_TAG[use].concat(markup[o]);
                        closing.append(CLOSE_TAG[use]);
                        left[o] -= use;
                        rest -= use;
                        if (left[o] == 0) top--;
                    }
                    if (rest == 0) {
                        role[t] = MATCHED | CLOSES;
                        markup[t] = closing.toString();
                    } else {
                        role[t] = LITERAL;
                    }
                }
                default -> {
                }
            }
        }
        for (int k = 0; k < top; k++) if ((role[stack[k]] & MATCHED) == 0) role[stack[k]] = LITERAL;
        return true;
    }

    private boolean emit() {
        for (int t = 0; t < tokens; t++) {
            int r = role[t];
            switch (kind[t]) {
                case T_TEXT -> text(from[t], to[t]);
                case T_DELIM -> {
                    if ((r & MATCHED) == 0) text(from[t], to[t]);
                    else {
                        if ((r & OPENS) != 0) text(from[t], from[t] + left[t]); // what the closers left is text
                        put(markup[t]);
                    }
                }
                case T_OPEN_BRACKET -> {
                    if (r != MATCHED) {
                        text(from[t], to[t]);
                        continue;
                    }
                    int end = t + 1;
                    while (kind[end] != T_LINK_END || role[end] != t) end++;
                    put("<a rel=\"nofollow\" href=\"");
                    text(from[end], to[end]);
                    put("\">");
                }
                case T_LINK_END -> put("</a>");
                case T_CODE -> {
                    put("<code>");
                    text(from[t], to[t]);
                    put("</code>");
                }
                default -> {
                    return false;
                }
            }
        }
        return true;
    }

    /** {@code c[s, e)} as HTML text: {@code & < > "} escaped, the spaces that start a continuation line left out. */
    private void text(int s, int e) {
        byte[] c = this.c;
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
}
