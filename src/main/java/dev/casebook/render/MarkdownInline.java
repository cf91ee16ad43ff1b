package dev.casebook.render;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The inline part of {@link MarkdownSubsetRenderer}: the text of one heading, paragraph, item or table cell, with
 * its emphasis, code spans and links, written as commonmark writes it, or a refusal when it is beyond the subset.
 */
final class MarkdownInline {

    // inline tokens
    private static final int T_TEXT = 0;
    private static final int T_DELIM = 1;
    private static final int T_OPEN_BRACKET = 2;
    private static final int T_LINK_END = 3;
    private static final int T_CODE = 4;

    // what a delimiter or bracket turned out to be: text, an opener or closer, matched with a partner
    private static final int LITERAL = 0;
    private static final int OPENS = 1;
    private static final int CLOSES = 2;
    private static final int MATCHED = 4;
    /** A text token's role when the scan saw nothing in it to escape: it is copied as it is. */
    private static final int CLEAN = 8;

    /** What an ASCII character is to the inline scan: text, or one to look at (marks, and those that make it give up). */
    private static final boolean[] INLINE_SPECIAL = new boolean[0x80];
    private static final boolean[] ASCII_PUNCTUATION = new boolean[0x80];
    /** Characters a link address may have here; anything else is left to commonmark (which may percent-encode it). */
    private static final boolean[] URL_CHAR = new boolean[0x80];

    static {
        // control characters (tabs, carriage returns), code, raw HTML, escapes, tables; marks; entities; images
        for (char c = 0; c < 0x20; c++) INLINE_SPECIAL[c] = c != '\n';
        for (char c : "`<\\|\u007f*_[]&!".toCharArray()) INLINE_SPECIAL[c] = true;
        // not marks, but text that cannot be copied as it is: escaped, or a continuation line's indent
        for (char c : ">\"\n".toCharArray()) INLINE_SPECIAL[c] = true;
        for (char c : "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".toCharArray()) ASCII_PUNCTUATION[c] = true;
        for (char c = '0'; c <= '9'; c++) URL_CHAR[c] = true;
        for (char c = 'a'; c <= 'z'; c++) URL_CHAR[c] = true;
        for (char c = 'A'; c <= 'Z'; c++) URL_CHAR[c] = true;
        for (char c : "-._~:/?#@!$&+,;=%".toCharArray()) URL_CHAR[c] = true;
    }

    private final HtmlBytes out;
    /** The text being scanned: the block's UTF-8 bytes. */
    private byte[] c;
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

    MarkdownInline(HtmlBytes out) {
        this.out = out;
    }

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

    /** Writes the inline content {@code c[s, e)} (lines joined by '\n'); false when it is beyond the subset. */
    boolean render(byte[] c, int s, int e) {
        this.c = c;
        tokens = 0;
        int textStart = s;
        // whether the text since textStart needs escaping (or holds bytes beyond ASCII): else it is copied as it is
        boolean dirty = false;
        int openBrackets = 0; // the '[' still open, their tokens in brackets[0, openBrackets)
        Arrays.fill(noCloser, false);
        int i = s;
        while (i < e) {
            byte ch = c[i];
            if (ch < 0) {
                dirty = true;
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
                    if (textStart < i) token(T_TEXT, textStart, i, dirty ? 0 : CLEAN);
                    token(T_DELIM, i, r, opens ? OPENS : CLOSES);
                    textStart = r;
                    dirty = false;
                }
                i = r;
            } else if (ch == '[') {
                if (textStart < i) token(T_TEXT, textStart, i, dirty ? 0 : CLEAN);
                token(T_OPEN_BRACKET, i, i + 1, LITERAL);
                if (openBrackets == brackets.length) brackets = Arrays.copyOf(brackets, 2 * openBrackets);
                brackets[openBrackets++] = tokens - 1;
                textStart = ++i;
                dirty = false;
            } else if (ch == ']') {
                if (i + 1 < e && c[i + 1] == ':') return false; // perhaps a link reference definition
                int opener = openBrackets == 0 ? -1 : brackets[openBrackets - 1];
                if (opener < 0) {
                    i++;
                    continue;
                }
                int dest = i + 1 < e && c[i + 1] == '(' ? destinationEnd(i + 2, e) : -1;
                if (i + 1 < e && c[i + 1] == '(' && dest < 0) return false;
                if (textStart < i) token(T_TEXT, textStart, i, dirty ? 0 : CLEAN);
                if (dest < 0) {
                    role[opener] = LITERAL; // "[...]" without an address: both brackets stay text
                    kind[opener] = T_TEXT;
                    token(T_TEXT, i, i + 1, 0);
                    openBrackets--;
                    textStart = ++i;
                    dirty = false;
                    continue;
                }
                if (openBrackets > 1) return false; // a link inside brackets: commonmark's rules for that are finer
                role[opener] = MATCHED;
                token(T_LINK_END, i + 2, dest, opener);
                openBrackets--;
                i = dest + 1;
                textStart = i;
                dirty = false;
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
                if (textStart < i) token(T_TEXT, textStart, i, dirty ? 0 : CLEAN);
                token(T_CODE, r, close, 0);
                i = close + ticks;
                textStart = i;
                dirty = false;
            } else if (ch == '!') {
                if (i + 1 < e && c[i + 1] == '[') return false; // an image
                i++;
            } else if (ch == '&') {
                if (entityAt(i, e)) return false;
                dirty = true;
                i++;
            } else if (ch == '\n') {
                if (i + 1 < e && c[i + 1] == ' ') dirty = true;
                i++;
            } else if (ch == '>' || ch == '"') {
                dirty = true;
                i++;
            } else {
                return false; // code, raw HTML, an escape, a table, a control character
            }
        }
        if (textStart < e) token(T_TEXT, textStart, e, dirty ? 0 : CLEAN);
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
                case T_TEXT -> {
                    if (r == CLEAN) out.put(c, from[t], to[t]);
                    else out.text(c, from[t], to[t]);
                }
                case T_DELIM -> {
                    if ((r & MATCHED) == 0) out.text(c, from[t], to[t]);
                    else {
                        if ((r & OPENS) != 0) out.text(c, from[t], from[t] + left[t]); // what the closers left is text
                        out.put(markup[t]);
                    }
                }
                case T_OPEN_BRACKET -> {
                    if (r != MATCHED) {
                        out.text(c, from[t], to[t]);
                        continue;
                    }
                    int end = t + 1;
                    while (kind[end] != T_LINK_END || role[end] != t) end++;
                    out.put("<a rel=\"nofollow\" href=\"");
                    out.text(c, from[end], to[end]);
                    out.put("\">");
                }
                case T_LINK_END -> out.put("</a>");
                case T_CODE -> {
                    out.put("<code>");
                    out.text(c, from[t], to[t]);
                    out.put("</code>");
                }
                default -> {
                    return false;
                }
            }
        }
        return true;
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
}
