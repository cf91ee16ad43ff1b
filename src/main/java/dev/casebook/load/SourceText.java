package dev.casebook.load;

import dev.casebook.model.Diagnostic;
import dev.casebook.model.SourcePos;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Turns a file's bytes into text: strict UTF-8 (one leading BOM dropped), CRLF and CR to LF. Reports bytes that
 * are not UTF-8 and control characters as errors, and text that looks mis-decoded ({@code ???}, {@code â€™},
 * U+FFFD) or carries bidi overrides as warnings, each at its line and column.
 */
public final class SourceText {

    private SourceText() {
    }

    /**
     * The text of a file's bytes, LF line ends; empty when it is not UTF-8 (reported with line, column and byte)
     * or holds control characters (each reported). Warnings (damaged or bidi text) leave the text as it is.
     */
    public static Optional<String> decode(String file, byte[] bytes, List<Diagnostic> diagnostics) {
        return decodeKnowingForm(file, bytes, diagnostics).map(Decoded::text);
    }

    /** Decoded text, and whether it is the bytes after the BOM one for one (plain ASCII with no CR). */
    record Decoded(String text, boolean byteForByte) {
    }

    /** As {@link #decode}, telling also whether the text is its bytes one for one. */
    static Optional<Decoded> decodeKnowingForm(String file, byte[] bytes, List<Diagnostic> diagnostics) {
        int start = bomLength(bytes);
        int ascii = scanAscii(bytes, start);
        if ((ascii & NOT_PLAIN) == 0) {
            // most files: ASCII with no control characters decodes byte for byte, and of the checks below only
            // '???' can apply to it; the careful way gives the same text and diagnostics, several times slower.
            // One pass over the bytes tells all three (each String scan costs as much under the C1 compiler).
            String text = asciiText(bytes, start, ascii);
            if ((ascii & HAS_THREE_QUESTION_MARKS) != 0) inspect(file, text, diagnostics);
            return Optional.of(new Decoded(text, (ascii & HAS_CR) == 0));
        }
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CharsetDecoder decoder = strictUtf8();
        CoderResult r = decoder.decode(in, out, true);
        if (r.isError()) {
            int bad = in.position();
            out.flip();
            String before = out.toString();
            diagnostics.add(Diagnostic.error(position(file, before, before.length()),
                    String.format(Locale.ROOT, "byte 0x%02X is not UTF-8 text", bytes[bad] & 0xff),
                    "save the file as UTF-8 (in most editors: Save As, encoding UTF-8)"));
            return Optional.empty();
        }
        decoder.flush(out);
        out.flip();
        String text = normaliseLineEnds(out.toString());
        int before = diagnostics.size();
        inspect(file, text, diagnostics);
        // text with control characters is not handed on: a parser would only repeat the problem less clearly
        boolean broken = diagnostics.subList(before, diagnostics.size()).stream().anyMatch(Diagnostic::isError);
        return broken ? Optional.empty() : Optional.of(new Decoded(text, false));
    }

    /**
     * The text {@link #decode} gives for bytes it has already accepted, without its checks (they were reported when
     * the file was first read): for reading a story's body back at render time. Empty when the bytes are not UTF-8.
     */
    static Optional<String> decodeAgain(byte[] bytes) {
        int start = bomLength(bytes);
        int ascii = scanAscii(bytes, start);
        if ((ascii & NOT_PLAIN) == 0) return Optional.of(asciiText(bytes, start, ascii));
        try {
            return Optional.of(normaliseLineEnds(strictUtf8().decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString()));
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    static int bomLength(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
    }

    private static String asciiText(byte[] bytes, int start, int flags) {
        String text = new String(bytes, start, bytes.length - start, StandardCharsets.ISO_8859_1);
        return (flags & HAS_CR) != 0 ? normaliseLineEnds(text) : text;
    }

    private static CharsetDecoder strictUtf8() {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /** {@link #scanAscii} flags: a byte other than printable ASCII, tab or line end; a CR; "???". */
    static final int NOT_PLAIN = 1;
    static final int HAS_CR = 2;
    static final int HAS_THREE_QUESTION_MARKS = 4;

    /** Whether the bytes from {@code from} on are only printable ASCII, tabs and line ends, and hold a CR or "???". */
    static int scanAscii(byte[] bytes, int from) {
        int flags = 0;
        int questionMarks = 0;
        for (int i = from; i < bytes.length; i++) {
            byte b = bytes[i];
            if (b == '?') {
                if (++questionMarks == 3) flags |= HAS_THREE_QUESTION_MARKS;
                continue;
            }
            questionMarks = 0;
            if (b < 0x20) {
                if (b == '\r') flags |= HAS_CR;
                else if (b != '\n' && b != '\t') return flags | NOT_PLAIN;
            } else if (b == 0x7f) {
                return flags | NOT_PLAIN;
            }
        }
        return flags;
    }

    static String normaliseLineEnds(String s) {
        if (s.indexOf('\r') < 0) return s;
        return s.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** Line and column (1-based, in characters) of offset {@code at} in {@code text}. */
    static SourcePos position(String file, CharSequence text, int at) {
        int line = 1;
        int col = 1;
        for (int i = 0; i < at && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                col = 1;
            } else if (!Character.isLowSurrogate(text.charAt(i))) {
                col++;
            }
        }
        return new SourcePos(file, line, col);
    }

    /**
     * The length of a mis-decoded sequence starting at {@code i} (UTF-8 read as Windows-1252 or Latin-1):
     * {@code â€} and one more character for quotes and dashes, {@code Ã} or {@code Â} and one character of
     * U+0080..U+00BF for accented letters; 0 when there is none.
     */
    static int mojibakeLength(String text, int i) {
        char c = text.charAt(i);
        if (i + 1 >= text.length()) return 0;
        char d = text.charAt(i + 1);
        if (c == '\u00E2' && (d == '\u20AC' || d >= 0x80 && d <= 0x9F)) return i + 2 < text.length() && text.charAt(i + 2) != '\n' ? 3 : 2;
        if ((c == '\u00C3' || c == '\u00C2') && (d >= 0x80 && d <= 0xBF || d == '\u20AC' || d == '\u2122' || d == '\u0153')) return 2;
        return 0;
    }

    /** Control characters shown as U+XXXX so a message never carries them. */
    private static String printable(String s) {
        StringBuilder sb = new StringBuilder();
        s.chars().forEach(ch -> {
            if (ch < 0x20 || ch >= 0x7f && ch < 0xa0) sb.append(String.format(Locale.ROOT, "U+%04X", ch));
            else sb.append((char) ch);
        });
        return sb.toString();
    }

    private static void inspect(String file, String text, List<Diagnostic> diagnostics) {
        int line = 1;
        int col = 1;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
                col = 1;
                continue;
            }
            if (c < 0x20 && c != '\t' || c == 0x7f || (c >= 0x80 && c < 0xa0)) {
                diagnostics.add(Diagnostic.error(new SourcePos(file, line, col),
                        String.format(Locale.ROOT, "control character U+%04X in the text", (int) c),
                        "delete it: it is invisible and usually comes from copying out of another program"));
            } else if (c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069) {
                diagnostics.add(Diagnostic.warning(new SourcePos(file, line, col),
                        String.format(Locale.ROOT, "bidirectional override U+%04X can make the text display in a misleading order", (int) c),
                        "delete it unless you mean to mix right-to-left and left-to-right text"));
            } else if (c == '\uFFFD') {
                diagnostics.add(Diagnostic.warning(new SourcePos(file, line, col),
                        "replacement character '\uFFFD': this text was damaged by a wrong encoding before it got here",
                        "retype the character that was meant (often an apostrophe or a quote)"));
            } else if (c == '?' && i + 2 < n && text.charAt(i + 1) == '?' && text.charAt(i + 2) == '?'
                    && i > 0 && Character.isLetter(text.charAt(i - 1)) && i + 3 < n && Character.isLetter(text.charAt(i + 3))) {
                diagnostics.add(Diagnostic.warning(new SourcePos(file, line, col),
                        "'???' inside a word looks like a character lost to a wrong encoding",
                        "retype the character that was meant, e.g. It's for It???s"));
            } else if (mojibakeLength(text, i) > 0) {
                int len = mojibakeLength(text, i);
                diagnostics.add(Diagnostic.warning(new SourcePos(file, line, col),
                        "'" + printable(text.substring(i, i + len)) + "' looks like a character decoded with the wrong encoding",
                        "retype the character that was meant (often ’ “ ” – — or an accented letter)"));
                col += len;
                i += len - 1;
                continue;
            }
            if (!Character.isLowSurrogate(c)) col++;
        }
    }
}
