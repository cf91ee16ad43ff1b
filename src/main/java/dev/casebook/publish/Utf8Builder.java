package dev.casebook.publish;

import java.nio.charset.Charset;
import java.util.Arrays;

/**
 * Text gathered as UTF-8 bytes, growing as needed: what the page renderer and the search index write their
 * escaped text into, so that nothing is built as a string only to be encoded afterwards.
 */
public final class Utf8Builder {

    private byte[] out;
    private int length;

    public Utf8Builder(int expected) {
        out = new byte[Math.max(16, expected)];
    }

    /** Empties this for about {@code expected} more bytes, keeping its array when that is big enough. */
    public void reset(int expected) {
        length = 0;
        reserve(expected);
    }

    /** Appends {@code s}, which holds ASCII only (markup, escapes). */
    @SuppressWarnings("deprecation") // String.getBytes(int, int, byte[], int) keeps each char's low byte: ASCII exactly
    public Utf8Builder appendAscii(String s) {
        int n = s.length();
        reserve(n);
        // one array copy for a one-byte string, where a loop of charAt under C1 checked every index
        s.getBytes(0, n, out, length);
        length += n;
        return this;
    }

    /** Appends the bytes {@code from[start, end)}. */
    public Utf8Builder append(byte[] from, int start, int end) {
        int n = end - start;
        reserve(n);
        System.arraycopy(from, start, out, length, n);
        length += n;
        return this;
    }

    public Utf8Builder append(byte b) {
        reserve(1);
        out[length++] = b;
        return this;
    }

    /** The bytes written. */
    public byte[] toByteArray() {
        return Arrays.copyOf(out, length);
    }

    /** The bytes written, decoded with {@code charset} (ISO-8859-1 copies bytes known to be ASCII as they are). */
    public String toString(Charset charset) {
        return new String(out, 0, length, charset);
    }

    private void reserve(int more) {
        if (length + more > out.length) out = Arrays.copyOf(out, Math.max(length + more, 2 * out.length));
    }
}
