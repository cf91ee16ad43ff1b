package dev.casebook.render;

import java.io.Writer;
import java.util.Arrays;

/**
 * Collects one page's output and stops the page when it grows past a number of characters or runs past its
 * deadline. The limit is thrown as an unchecked exception so Freemarker reports the template and line.
 *
 * <p>The page is kept as plain UTF-16 code units and encoded to UTF-8 once, at the end ({@link #utf8()}): a
 * {@code StringBuilder} would copy it again into a {@code String} first, and the JDK's encoder reads a string's
 * characters more slowly than a loop over a {@code char[]} under the quick C1 compiler the launcher uses.
 */
final class BoundedWriter extends Writer {

    /** A page went past its output or time limit. */
    static final class LimitExceeded extends RuntimeException {
        LimitExceeded(String message) {
            super(message, null, false, false);
        }
    }

    /** The clock is read once per this many writes: reading it on every write cost more than the writes. */
    private static final int CLOCK_EVERY = 64;

    private char[] buf = new char[8192];
    private int len;
    private int writes;
    private final long maxChars;
    private final long deadlineNanos;
    private final String timeLimit;

    BoundedWriter(long maxChars, long deadlineNanos, String timeLimit) {
        this.maxChars = maxChars;
        this.deadlineNanos = deadlineNanos;
        this.timeLimit = timeLimit;
    }

    @Override
    public void write(char[] cbuf, int off, int n) {
        room(n);
        System.arraycopy(cbuf, off, buf, len, n);
        len += n;
    }

    @Override
    public void write(String str, int off, int n) {
        room(n);
        str.getChars(off, off + n, buf, len);
        len += n;
    }

    @Override
    public void write(String str) {
        write(str, 0, str.length());
    }

    @Override
    public void write(int c) {
        room(1);
        buf[len++] = (char) c;
    }

    private void room(int n) {
        if (len + (long) n > maxChars) {
            throw new LimitExceeded("the page grew past " + maxChars + " characters");
        }
        if (++writes % CLOCK_EVERY == 0 && System.nanoTime() - deadlineNanos > 0) {
            throw new LimitExceeded("the page took longer than " + timeLimit);
        }
        if (len + n > buf.length) buf = Arrays.copyOf(buf, Math.max(len + n, buf.length * 2));
    }

    @Override
    public void flush() {
        // everything stays in memory until the page is done
    }

    @Override
    public void close() {
        // as above
    }

    @Override
    public String toString() {
        return new String(buf, 0, len);
    }

    /** The page as UTF-8, exactly as {@code toString().getBytes(UTF_8)} gives it (a lone surrogate becomes '?'). */
    byte[] utf8() {
        char[] in = buf;
        int n = len;
        int size = 0;
        for (int i = 0; i < n; i++) {
            char c = in[i];
            if (c < 0x80) {
                size++;
            } else if (c < 0x800) {
                size += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(in[i + 1])) {
                size += 4;
                i++;
            } else {
                size += Character.isSurrogate(c) ? 1 : 3;
            }
        }
        byte[] out = new byte[size];
        int p = 0;
        for (int i = 0; i < n; i++) {
            char c = in[i];
            if (c < 0x80) {
                out[p++] = (byte) c;
            } else if (c < 0x800) {
                out[p++] = (byte) (0xC0 | c >> 6);
                out[p++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(in[i + 1])) {
                int cp = Character.toCodePoint(c, in[++i]);
                out[p++] = (byte) (0xF0 | cp >> 18);
                out[p++] = (byte) (0x80 | cp >> 12 & 0x3F);
                out[p++] = (byte) (0x80 | cp >> 6 & 0x3F);
                out[p++] = (byte) (0x80 | cp & 0x3F);
            } else if (Character.isSurrogate(c)) {
                out[p++] = '?';
            } else {
                out[p++] = (byte) (0xE0 | c >> 12);
                out[p++] = (byte) (0x80 | c >> 6 & 0x3F);
                out[p++] = (byte) (0x80 | c & 0x3F);
            }
        }
        return out;
    }
}
