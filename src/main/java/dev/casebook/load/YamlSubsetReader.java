package dev.casebook.load;

import dev.casebook.model.SourcePos;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;

/**
 * Reads the everyday YAML that Casebook files are written in, several times faster than the full parser: block
 * mappings with plain keys, block lists, one-line plain and quoted values, one-line {@code [a, b]} lists, and
 * {@code |} and {@code >} blocks, with comments and blank lines. It gives up on anything else (and on anything
 * wrong) by returning empty; {@link YamlReader} then reads the text with the full parser, which also words the
 * errors. What it does read, it reads exactly as the full parser would: the same values and the same positions
 * (YamlSubsetReaderTest compares the two on thousands of generated files).
 */
final class YamlSubsetReader {

    /** Thrown to give up; carries no stack trace, since giving up is an ordinary outcome. */
    private static final class GiveUp extends RuntimeException {
        GiveUp() {
            super(null, null, false, false);
        }
    }

    private static final GiveUp GIVE_UP = new GiveUp();
    /** Deeper files are rare; the full parser reads them (and reports those beyond {@link YamlLimits#MAX_DEPTH}). */
    private static final int MAX_DEPTH = 12;

    private final String file;
    private final int lineOffset;
    private final String text;
    /** The text's characters: read one by one, an array is several times cheaper than {@code String.charAt} under C1. */
    private final char[] chars;
    private final int n;
    /** The current line: its number (from 0), where it starts and where it ends (its '\n' or the end of the text). */
    private int line;
    private int start;
    private int end;
    /** Short texts already read from this file: a person's id is written once and named by many events. */
    private final HashMap<String, String> seen = new HashMap<>();

    private YamlSubsetReader(String file, String text, char[] chars, int lineOffset) {
        this.file = file;
        this.text = text;
        this.chars = chars;
        this.n = chars.length;
        this.lineOffset = lineOffset;
    }

    /** The tree the full parser would give for {@code text}, or empty when this reader cannot be sure of it. */
    static Optional<YamlNode> read(String file, String text, int lineOffset) {
        char[] chars = text.toCharArray();
        if (!plainCharacters(chars)) return Optional.empty();
        YamlSubsetReader r = new YamlSubsetReader(file, text, chars, lineOffset);
        try {
            r.line = 0;
            r.start = 0;
            r.end = r.lineEnd(0);
            if (r.nextContentLine() != 0 || !r.isKey(0)) return Optional.empty();
            YamlNode root = r.mapping(0, 1);
            if (r.nextContentLine() != -1) return Optional.empty();
            return Optional.of(root);
        } catch (GiveUp e) {
            return Optional.empty();
        }
    }

    /**
     * Whether {@code text} holds only line feeds and printable characters that are one column each and not line
     * breaks to YAML, and no line that could mark a document's start or end. Tabs, returns, byte-order marks and
     * characters beyond the Basic Multilingual Plane are left to the full parser.
     */
    private static boolean plainCharacters(char[] text) {
        boolean lineStart = true;
        for (int i = 0, n = text.length; i < n; i++) {
            char c = text[i];
            if (lineStart && (c == '%' || (c == '-' || c == '.') && i + 2 < n && text[i + 1] == c && text[i + 2] == c)) return false;
            lineStart = c == '\n';
            if (c >= 0x20 && c <= 0x7E || c == '\n') continue;
            if (c < 0xA0 || c >= 0xD800 && c < 0xE000 || c == 0x2028 || c == 0x2029 || c == 0xFEFF || c > 0xFFFD) return false;
        }
        return true;
    }

    private int lineEnd(int from) {
        char[] c = chars;
        int e = from;
        while (e < n && c[e] != '\n') e++;
        return e;
    }

    /** Moves to the next line; false at the end of the text. */
    private boolean nextLine() {
        if (end >= n) {
            if (start < n) line++; // past a last line that has no line feed
            start = end = n;
            return false;
        }
        line++;
        start = end + 1;
        end = lineEnd(start);
        return true;
    }

    /**
     * Moves to the first line from the current one on that is neither blank nor only a comment, and gives its
     * indentation; -1 at the end of the text.
     */
    private int nextContentLine() {
        while (true) {
            int i = start;
            while (i < end && chars[i] == ' ') i++;
            if (i < end && chars[i] != '#') return i - start;
            if (!nextLine()) return -1;
        }
    }

    private SourcePos pos(int column) {
        return new SourcePos(file, line + 1 + lineOffset, column + 1);
    }

    private char at(int column) {
        int i = start + column;
        return i < end ? chars[i] : '\n';
    }

    private static boolean keyChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-';
    }

    /** The length of a plain key at {@code column} followed by ':' and a space or the line's end; 0 if there is none. */
    private int keyLength(int column) {
        char first = at(column);
        if (!keyChar(first) || first == '-') return 0;
        int c = column + 1;
        while (keyChar(at(c))) c++;
        if (at(c) != ':' || at(c + 1) != ' ' && at(c + 1) != '\n' || c - column > 128) return 0;
        int length = c - column;
        boolean nullWord = length == 4 && (text.startsWith("null", start + column) || text.startsWith("Null", start + column)
                || text.startsWith("NULL", start + column));
        return nullWord ? 0 : length;
    }

    private boolean isKey(int column) {
        return keyLength(column) > 0;
    }

    private boolean isDash(int column) {
        return at(column) == '-' && (at(column + 1) == ' ' || at(column + 1) == '\n');
    }

    private static void check(boolean ok) {
        if (!ok) throw GIVE_UP;
    }

    /** A block mapping whose first key is at {@code column} of the current line; its other keys line up under it. */
    private YamlNode mapping(int column, int depth) {
        check(depth <= MAX_DEPTH);
        SourcePos at = pos(column);
        LinkedHashMap<String, YamlNode.Entry> entries = new LinkedHashMap<>();
        while (true) {
            int length = keyLength(column);
            check(length > 0);
            String key = shared(text.substring(start + column, start + column + length));
            SourcePos keyPos = pos(column);
            YamlNode value = valueAfterKey(column + length + 1, column, depth + 1);
            check(entries.put(key, new YamlNode.Entry(key, keyPos, value)) == null);
            int indent = nextContentLine();
            if (indent < column) return new YamlNode.Mapping(at, entries);
            check(indent == column);
        }
    }

    /** A block list whose first '-' is at {@code column} of the current line; its other items line up under it. */
    private YamlNode sequence(int column, int depth) {
        check(depth <= MAX_DEPTH);
        SourcePos at = pos(column);
        List<YamlNode> items = new ArrayList<>();
        while (true) {
            int c = column + 1;
            while (at(c) == ' ') c++;
            char first = at(c);
            check(first != '\n' && first != '#');
            if (isKey(c)) {
                items.add(mapping(c, depth + 1));
            } else {
                items.add(inlineValue(c, column, depth + 1));
                nextLine();
            }
            int indent = nextContentLine();
            if (indent == column && isDash(column)) continue;
            check(indent <= column);
            return new YamlNode.Sequence(at, items);
        }
    }

    /**
     * The value of a key whose ':' ends just before {@code column}: on the same line, or a block on the lines
     * below. {@code parent} is the key's column.
     */
    private YamlNode valueAfterKey(int column, int parent, int depth) {
        int c = column;
        while (at(c) == ' ') c++;
        if (at(c) != '\n' && at(c) != '#') {
            YamlNode value = inlineValue(c, parent, depth);
            nextLine();
            return value;
        }
        nextLine();
        int indent = nextContentLine();
        if (indent > parent) {
            if (isDash(indent)) return sequence(indent, depth);
            check(isKey(indent));
            return mapping(indent, depth);
        }
        // a list may sit at its key's own indentation; anything else here means the value was left empty
        check(indent == parent && indent >= 0 && isDash(indent));
        return sequence(indent, depth);
    }

    /**
     * A value that starts at {@code column} of the current line and ends on it (a block scalar's lines follow, and
     * are read too). Leaves the current line where the value's last line is.
     */
    private YamlNode inlineValue(int column, int parent, int depth) {
        char first = at(column);
        SourcePos at = pos(column);
        if (first == '|' || first == '>') return blockScalar(column, parent);
        int after;
        YamlNode value;
        if (first == '[') {
            check(depth <= MAX_DEPTH);
            List<YamlNode> items = new ArrayList<>();
            int c = column + 1;
            while (at(c) == ' ') c++;
            if (at(c) != ']') {
                while (true) {
                    while (at(c) == ' ') c++;
                    int itemEnd = at(c) == '"' || at(c) == '\'' ? quotedEnd(c) : flowPlainEnd(c);
                    items.add(scalar(c, itemEnd));
                    c = itemEnd;
                    while (at(c) == ' ') c++;
                    if (at(c) == ']') break;
                    check(at(c) == ',');
                    c++;
                    while (at(c) == ' ') c++;
                    check(at(c) != ']');
                }
            }
            after = c + 1;
            value = new YamlNode.Sequence(at, items);
        } else {
            after = first == '"' || first == '\'' ? quotedEnd(column) : plainEnd(column);
            value = scalar(column, after);
        }
        // after a value: nothing but spaces, and perhaps a comment after at least one space
        int c = after;
        while (at(c) == ' ') c++;
        check(at(c) == '\n' || at(c) == '#' && c > after);
        return value;
    }

    /** The scalar written from {@code column} to {@code endColumn} (exclusive), quotes and all. */
    private YamlNode scalar(int column, int endColumn) {
        char first = at(column);
        String raw = text.substring(start + column, start + endColumn);
        String value;
        if (first == '"') {
            value = raw.substring(1, raw.length() - 1);
        } else if (first == '\'') {
            value = raw.substring(1, raw.length() - 1).replace("''", "'");
        } else {
            value = raw;
            // the words YAML reads as an empty value, and the empty value itself, are left to the full parser
            check(!value.isEmpty() && !value.equals("~") && !value.equals("null") && !value.equals("Null") && !value.equals("NULL"));
        }
        check(value.length() <= YamlLimits.MAX_VALUE_CHARS);
        return new YamlNode.Scalar(pos(column), shared(value), false);
    }

    /** {@code s}, or the equal text read earlier from this file (one string kept in memory for both). */
    private String shared(String s) {
        if (s.length() > 40) return s;
        String earlier = seen.putIfAbsent(s, s);
        return earlier == null ? s : earlier;
    }

    /** Characters that may not start a plain value, or that need the full parser when they do. */
    private static boolean indicator(char c) {
        return "-?:,[]{}#&*!|>'\"%@` \n".indexOf(c) >= 0;
    }

    /** Where a plain value on one line, in a block, ends: before ": ", " #" or the line's end, less trailing spaces. */
    private int plainEnd(int column) {
        check(!indicator(at(column)));
        int c = column;
        while (true) {
            char ch = at(c);
            if (ch == '\n' || ch == ':' && (at(c + 1) == ' ' || at(c + 1) == '\n') || ch == '#' && at(c - 1) == ' ') break;
            c++;
        }
        while (at(c - 1) == ' ') c--;
        return c;
    }

    /** Where a plain item of a one-line {@code [...]} list ends: before ',' or ']', less trailing spaces. */
    private int flowPlainEnd(int column) {
        check(!indicator(at(column)));
        int c = column;
        while (true) {
            char ch = at(c);
            if (ch == ',' || ch == ']') break;
            check(ch != '\n' && ch != ':' && ch != '#' && ch != '?' && ch != '[' && ch != '{' && ch != '}');
            c++;
        }
        while (at(c - 1) == ' ') c--;
        return c;
    }

    /** Just past the closing quote of a quoted value that ends on its line and has no escapes. */
    private int quotedEnd(int column) {
        char quote = at(column);
        int c = column + 1;
        while (true) {
            char ch = at(c);
            check(ch != '\n' && ch != '\\');
            if (ch == quote) {
                if (quote == '\'' && at(c + 1) == '\'') {
                    c += 2;
                    continue;
                }
                return c + 1;
            }
            c++;
        }
    }

    /**
     * A {@code |} (literal) or {@code >} (folded) block, with its '-' or '+' chomping, whose lines all share one
     * indentation (a folded block's deeper lines follow other rules, left to the full parser). Leaves the
     * current line at the block's last line.
     */
    private YamlNode blockScalar(int column, int parent) {
        SourcePos at = pos(column);
        boolean literal = at(column) == '|';
        int c = column + 1;
        char chomp = at(c) == '-' || at(c) == '+' ? at(c++) : ' ';
        int header = c;
        while (at(c) == ' ') c++;
        check(at(c) == '\n' || at(c) == '#' && c > header);
        check(end < n);
        nextLine();
        int indent = 0;
        while (at(indent) == ' ') indent++;
        check(indent > parent && at(indent) != '\n');
        StringBuilder value = new StringBuilder();
        int blanks = 0;
        boolean any = false;
        int lastContent = line;
        while (true) {
            if (start == end) {
                if (start < n) blanks++; // not the empty end after the text's last line feed
            } else {
                int k = 0;
                while (at(k) == ' ') k++;
                check(at(k) != '\n');
                if (k < indent) break;
                check(literal || k == indent);
                if (any) {
                    if (literal) value.append("\n".repeat(blanks + 1));
                    else if (blanks == 0) value.append(' ');
                    else value.append("\n".repeat(blanks));
                }
                value.append(text, start + indent, end);
                any = true;
                blanks = 0;
                lastContent = line;
                check(end < n);
            }
            if (!nextLine()) break;
        }
        // back to the last content line: trailing blank lines are the chomping's, and a shorter line the parent's
        if (chomp == '+') value.append('\n').append("\n".repeat(blanks));
        else if (chomp == ' ') value.append('\n');
        rewindTo(lastContent);
        check(value.length() <= YamlLimits.MAX_VALUE_CHARS);
        return new YamlNode.Scalar(at, value.toString(), false);
    }

    /** Moves back to an earlier line {@code target}. */
    private void rewindTo(int target) {
        while (line > target) {
            end = start - 1;
            start = text.lastIndexOf('\n', end - 1) + 1;
            line--;
        }
    }
}
