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

    private static final String[] OPEN_HEADING = {"", "<h1>", "<h2>", "<h3>", "<h4>", "<h5>", "<h6>"};
    private static final String[] CLOSE_HEADING = {"", "</h1>\n", "</h2>\n", "</h3>\n", "</h4>\n", "</h5>\n", "</h6>\n"};

    /** How deep block quotes (and the look at list items within items) may go before this gives up. */
    private static final int MAX_NESTING = 8;

    private static final ThreadLocal<MarkdownSubsetRenderer> SCRATCH = ThreadLocal.withInitial(MarkdownSubsetRenderer::new);

    /** The text being rendered, as UTF-8: Markdown's marks are all ASCII, and no byte of another character is one. */
    private byte[] c = new byte[0];
    private final HtmlBytes out = new HtmlBytes();
    private final MarkdownInline inline = new MarkdownInline(out);
    private int nesting;

    private MarkdownSubsetRenderer() {
    }

    /** The HTML commonmark makes of {@code markdown}, or empty when it is beyond this subset. */
    static Optional<String> render(String markdown) {
        return render(markdown.getBytes(StandardCharsets.UTF_8));
    }

    /** As {@link #render(String)}, given the Markdown as UTF-8 (which is not changed). */
    static Optional<String> render(byte[] markdownUtf8) {
        return SCRATCH.get().html(markdownUtf8);
    }

    private Optional<String> html(byte[] markdownUtf8) {
        c = markdownUtf8;
        int n = c.length;
        nesting = 0;
        out.reset(n + n / 2 + 64);
        return blocks(0, n) ? Optional.of(out.string()) : Optional.empty();
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
                    out.put(OPEN_HEADING[hashes]);
                    if (!inline.render(c, i + hashes + 1, e)) return false;
                    out.put(CLOSE_HEADING[hashes]);
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
        out.put("<p>");
        if (!inline.render(c, i, last)) return -1;
        out.put("</p>\n");
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
        out.put("<blockquote>\n");
        nesting++;
        boolean ok = blocks(0, c.length);
        nesting--;
        c = saved;
        if (!ok) return -1;
        out.put("</blockquote>\n");
        return j;
    }

    /** A fenced code block from line {@code i}; it must be closed. Its lines are text, escaped. */
    private int fence(int i, int end) {
        int e = lineEnd(i, end);
        int ticks = 0;
        while (i + ticks < e && c[i + ticks] == '`') ticks++;
        int info = i + ticks;
        for (int k = info; k < e; k++) {
            byte ch = c[k];
            if (!(ch >= 'a' && ch <= 'z' || ch >= 'A' && ch <= 'Z' || ch >= '0' && ch <= '9' || ch == '-' || ch == '_' || ch == '+' || ch == '.')) {
                return -1; // an info string of more than one plain word
            }
        }
        if (info == e) out.put("<pre><code>");
        else {
            out.put("<pre><code class=\"language-");
            out.put(c, info, e);
            out.put("\">");
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
                while (after < je && (c[after] == ' ' || c[after] == '\t')) after++; // a closing fence may end in spaces and tabs
                if (m - k >= ticks && after == je) {
                    out.put("</code></pre>\n");
                    return next(je, end);
                }
            }
            for (int m = j; m < je; m++) if (c[m] >= 0 && c[m] < 0x20 && c[m] != '\t') return -1;
            out.text(c, j, je);
            out.put("\n");
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
        out.put("<table>\n<thead>\n<tr>\n");
        for (int col = 0; col < columns; col++) {
            out.put("<th");
            out.put(ALIGN[align[col]]);
            out.put(">");
            if (!inline.render(c, header[2 * col], header[2 * col + 1])) return -1;
            out.put("</th>\n");
        }
        out.put("</tr>\n</thead>\n<tbody>\n");
        while (j < end) {
            int je = lineEnd(j, end);
            int kind = lineKind(j, je);
            if (kind == BLANK) break;
            if (kind != TABLE) return -1; // a row without pipes, or another block: commonmark's rules
            int n = cells(j, je);
            out.put("<tr>\n");
            for (int col = 0; col < columns; col++) {
                out.put("<td");
                out.put(ALIGN[align[col]]);
                out.put(">");
                if (col < n && !inline.render(c, cellBounds[2 * col], cellBounds[2 * col + 1])) return -1;
                out.put("</td>\n");
            }
            out.put("</tr>\n");
            j = next(je, end);
        }
        out.put("</tbody>\n</table>\n");
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
            out.put(start == 1 ? "<ol>\n" : "<ol start=\"" + start + "\">\n");
        } else {
            out.put("<ul>\n");
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
            out.put("<li>");
            if (!inline.render(c, content, last)) return -1;
            out.put("</li>\n");
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
            out.put(type == ORDERED ? "</ol>\n" : "</ul>\n");
            return k;
        }
    }

    private int contentOfOrdered(int i) {
        while (c[i] >= '0' && c[i] <= '9') i++;
        return i + 2;
    }

}
