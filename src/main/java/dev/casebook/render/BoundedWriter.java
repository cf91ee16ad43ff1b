package dev.casebook.render;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Collects one page's output and stops the page when it grows past a number of characters or runs past its
 * deadline. The limit is thrown as an unchecked exception so Freemarker reports the template and line.
 *
 * <p>The page is kept as UTF-8 bytes from the start ({@link #utf8()}): a string written whole is encoded by the
 * JDK, which copies a string of plain ASCII as it is; template text (character arrays) is encoded here with an
 * ASCII fast path. Under the quick C1 compiler the launcher uses, that is about three times faster than
 * collecting characters and encoding the page at the end. A surrogate pair split between two writes is joined,
 * so the bytes are exactly those of {@code toString().getBytes(UTF_8)} (a lone surrogate becomes '?').
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

    /**
     * Each thread keeps the buffer of its last page for its next one: pages are tens of kilobytes, and growing a
     * fresh buffer to that size for every page was an eighth of all the memory a build allocated.
     */
    private static final ThreadLocal<byte[]> SPARE = new ThreadLocal<>();
    /** A buffer larger than this (a list page of a big casebook) is not kept. */
    private static final int SPARE_AT_MOST = 1 << 20;
    /**
     * A page's buffer grows by doubling up to this size; past it, what the buffer holds is set aside as a part and
     * the buffer starts again. A list page of a big casebook (the index at 64,000 stories is 56 MB) then never needs
     * one huge array, nor the copies doubling makes: those went straight to the old generation, and filled it.
     */
    static final int PART_SIZE = 1 << 20;

    /**
     * Template text arrives as the same character arrays page after page (a template's text blocks, written whole
     * with {@link #write(char[])}): each thread keeps the UTF-8 of the last ones it met, and copies those bytes
     * instead of encoding the text again.
     */
    private static final ThreadLocal<TextBlocks> TEXT_BLOCKS = ThreadLocal.withInitial(TextBlocks::new);

    private byte[] buf;
    private int len;
    /** The parts set aside before {@link #buf}, in order; none on most pages. */
    private List<byte[]> done = List.of();
    private final TextBlocks textBlocks = TEXT_BLOCKS.get();
    private long chars;
    /** A high surrogate written last, waiting for the low one that may start the next write; 0 when none. */
    private char pendingHigh;
    private int writes;
    private final long maxChars;
    private final long deadlineNanos;
    private final String timeLimit;
    private final boolean part;

    BoundedWriter(long maxChars, long deadlineNanos, String timeLimit) {
        this(maxChars, deadlineNanos, timeLimit, false);
    }

    /** {@code part}: for a small piece of a page, which neither takes nor gives back its thread's spare buffer. */
    private BoundedWriter(long maxChars, long deadlineNanos, String timeLimit, boolean part) {
        this.maxChars = maxChars;
        this.deadlineNanos = deadlineNanos;
        this.timeLimit = timeLimit;
        this.part = part;
        byte[] spare = part ? null : SPARE.get();
        if (spare != null) {
            SPARE.set(null); // a page rendered while this one is open gets a buffer of its own
            buf = spare;
        } else {
            buf = new byte[part ? 1024 : 8192];
        }
    }

    /**
     * A whole array: Freemarker writes a template's text blocks this way (and its escapes, short constants), arrays
     * that never change, so their bytes can be kept. Anything that refills a buffer of its own ({@code <#compress>})
     * writes a part of it, through {@link #write(char[], int, int)}, which keeps nothing.
     */
    @Override
    public void write(char[] cbuf) {
        if (cbuf.length >= TextBlocks.AT_LEAST && pendingHigh == 0) {
            byte[] encoded = textBlocks.utf8(cbuf);
            if (encoded != null) {
                guard(cbuf.length);
                room(encoded.length);
                System.arraycopy(encoded, 0, buf, len, encoded.length);
                len += encoded.length;
                return;
            }
        }
        write(cbuf, 0, cbuf.length);
    }

    @Override
    public void write(char[] cbuf, int off, int n) {
        guard(n);
        int end = off + n;
        int i = off;
        while (i < end) {
            if (pendingHigh == 0) {
                // template text is nearly all ASCII: copy runs of it in a loop on locals (C1 keeps fields in memory)
                room(end - i);
                byte[] b = buf;
                int at = len;
                while (i < end) {
                    char c = cbuf[i];
                    if (c >= 0x80) break;
                    b[at++] = (byte) c;
                    i++;
                }
                len = at;
                if (i == end) return;
            }
            put(cbuf[i++]);
        }
    }

    @Override
    public void write(String str, int off, int n) {
        guard(n);
        if (n == 0) return;
        if (pendingHigh != 0 || Character.isHighSurrogate(str.charAt(off + n - 1))) {
            for (int i = off; i < off + n; i++) {
                room(1);
                put(str.charAt(i));
            }
            return;
        }
        byte[] encoded = (off == 0 && n == str.length() ? str : str.substring(off, off + n)).getBytes(StandardCharsets.UTF_8);
        room(encoded.length);
        System.arraycopy(encoded, 0, buf, len, encoded.length);
        len += encoded.length;
    }

    @Override
    public void write(String str) {
        write(str, 0, str.length());
    }

    @Override
    public void write(int c) {
        guard(1);
        room(1);
        put((char) c);
    }

    /** One character, any kind; room for four bytes is made here. */
    private void put(char c) {
        room(4);
        if (pendingHigh != 0) {
            char high = pendingHigh;
            pendingHigh = 0;
            if (Character.isLowSurrogate(c)) {
                int cp = Character.toCodePoint(high, c);
                buf[len++] = (byte) (0xF0 | cp >> 18);
                buf[len++] = (byte) (0x80 | cp >> 12 & 0x3F);
                buf[len++] = (byte) (0x80 | cp >> 6 & 0x3F);
                buf[len++] = (byte) (0x80 | cp & 0x3F);
                return;
            }
            buf[len++] = '?';
            room(4);
        }
        if (c < 0x80) {
            buf[len++] = (byte) c;
        } else if (c < 0x800) {
            buf[len++] = (byte) (0xC0 | c >> 6);
            buf[len++] = (byte) (0x80 | c & 0x3F);
        } else if (Character.isHighSurrogate(c)) {
            pendingHigh = c;
        } else if (Character.isLowSurrogate(c)) {
            buf[len++] = '?';
        } else {
            buf[len++] = (byte) (0xE0 | c >> 12);
            buf[len++] = (byte) (0x80 | c >> 6 & 0x3F);
            buf[len++] = (byte) (0x80 | c & 0x3F);
        }
    }

    /**
     * The UTF-8 of recently written character arrays, by identity, in a table of fixed size (a newcomer takes its
     * slot's place), so a template replaced while the dev server runs is soon forgotten.
     */
    static final class TextBlocks {
        /** Shorter text is encoded as it comes: looking it up would cost about as much. */
        static final int AT_LEAST = 48;
        private static final int SLOTS = 1024;
        private final char[][] keys = new char[SLOTS][];
        private final byte[][] values = new byte[SLOTS][];

        /** The UTF-8 of {@code text}; null when it holds a surrogate, which the writer joins across writes. */
        byte[] utf8(char[] text) {
            int slot = System.identityHashCode(text) & (SLOTS - 1);
            if (keys[slot] == text) return values[slot];
            byte[] encoded = null;
            boolean surrogate = false;
            for (char c : text) {
                if (Character.isSurrogate(c)) {
                    surrogate = true;
                    break;
                }
            }
            if (!surrogate) encoded = new String(text).getBytes(StandardCharsets.UTF_8);
            keys[slot] = text;
            values[slot] = encoded;
            return encoded;
        }
    }

    /**
     * A writer for a part of this page worked out on its own ({@code <@cached>}): it may grow to the room this
     * page has left, and must be done by the page's deadline.
     */
    BoundedWriter forPart() {
        return new BoundedWriter(maxChars - chars, deadlineNanos, timeLimit, true);
    }

    /**
     * A writer for a part of a page rendered into something other than the page (a capture, which Freemarker does
     * not bound either): no limit of its own; the page's clock still runs in {@link PageWatch}, and its size limit
     * counts the part when the capture reaches the page.
     */
    static BoundedWriter unbounded() {
        return new BoundedWriter(Long.MAX_VALUE, System.nanoTime() + TimeUnit.DAYS.toNanos(1), "a day", true);
    }

    /** How many characters were written. */
    long chars() {
        return chars;
    }

    /** Adds text already encoded: {@code utf8} is {@code chars} characters as {@link #utf8()} gives them. */
    void writeUtf8(byte[] utf8, long chars) {
        guard(chars);
        if (pendingHigh != 0) { // as a high surrogate followed by anything but its pair
            pendingHigh = 0;
            room(1);
            buf[len++] = '?';
        }
        room(utf8.length);
        System.arraycopy(utf8, 0, buf, len, utf8.length);
        len += utf8.length;
    }

    /** Counts {@code n} more characters against the page's limit, and now and then checks the clock. */
    private void guard(long n) {
        if (chars + n > maxChars) {
            throw new LimitExceeded("the page grew past " + maxChars + " characters");
        }
        chars += n;
        if (++writes % CLOCK_EVERY == 0 && System.nanoTime() - deadlineNanos > 0) {
            throw new LimitExceeded("the page took longer than " + timeLimit);
        }
    }

    /** Makes room for {@code n} more bytes. */
    private void room(int n) {
        if (len + n <= buf.length) return;
        if (buf.length < PART_SIZE) {
            buf = Arrays.copyOf(buf, Math.max(len + n, buf.length * 2));
            return;
        }
        if (done.isEmpty()) done = new ArrayList<>();
        done.add(Arrays.copyOf(buf, len));
        len = 0;
        if (n > buf.length) buf = new byte[n];
    }

    @Override
    public void flush() {
        // everything stays in memory until the page is done
    }

    @Override
    public void close() {
        // as above
    }

    /** The page so far as text (a high surrogate still waiting for its pair is left out). */
    @Override
    public String toString() {
        if (done.isEmpty()) return new String(buf, 0, len, StandardCharsets.UTF_8);
        List<byte[]> all = new ArrayList<>(done);
        all.add(Arrays.copyOf(buf, len));
        return new String(PageSink.join(all), StandardCharsets.UTF_8);
    }

    /**
     * The page as UTF-8, exactly as the whole text's {@code getBytes(UTF_8)} gives it (a lone surrogate becomes '?').
     * The writer's buffer goes back to its thread for the next page.
     */
    byte[] utf8() {
        return PageSink.join(parts());
    }

    /**
     * The page as {@link #utf8()} gives it, in the parts it was set aside in as it grew: one part for all but the
     * biggest pages. The writer's buffer goes back to its thread for the next page.
     */
    List<byte[]> parts() {
        if (pendingHigh != 0) {
            pendingHigh = 0;
            room(1);
            buf[len++] = '?';
        }
        byte[] last = Arrays.copyOf(buf, len);
        if (!part && buf.length <= SPARE_AT_MOST) SPARE.set(buf);
        buf = last;
        if (done.isEmpty()) return List.of(last);
        List<byte[]> all = new ArrayList<>(done);
        all.add(last);
        return all;
    }
}
