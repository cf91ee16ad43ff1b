package dev.casebook.render.svg;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * A drawing's text as it is written, one byte a character: everything a drawing writes is ASCII (markup, numbers,
 * and text escaped by {@link Svg#text} and {@link Svg#attr}, anything beyond ASCII as a numeric reference), and a
 * string of ASCII is stored that way too, so appending is an array copy and the finished text becomes a string
 * without decoding, which the page writer copies as it is. Under the quick C1 compiler the launcher uses, this is
 * much cheaper than a StringBuilder's append.
 */
final class AsciiText {

    private byte[] bytes;
    private int length;

    AsciiText(int capacity) {
        bytes = new byte[Math.max(16, capacity)];
    }

    /** Appends {@code s}, which holds ASCII characters only (the caller escaped it, or it is markup). */
    AsciiText append(String s) {
        room(s.length());
        put(s);
        return this;
    }

    /** {@code <name}: an element's start, its name markup from the drawing code. */
    AsciiText open(String name) {
        room(name.length() + 1);
        bytes[length++] = '<';
        put(name);
        return this;
    }

    /** {@code </name>}. */
    AsciiText close(String name) {
        room(name.length() + 3);
        bytes[length++] = '<';
        bytes[length++] = '/';
        put(name);
        bytes[length++] = '>';
        return this;
    }

    /**
     * {@code  name="value"} in one step (a drawing writes thousands of attributes, and each append costs a call
     * under the quick compiler): {@code value} is ASCII with nothing to escape, as {@link #append(String)} takes.
     */
    AsciiText attr(String name, String value) {
        attrStart(name, value.length() + 1);
        put(value);
        bytes[length++] = '"';
        return this;
    }

    /** {@code  name="number"}, the number as {@link #appendNum(double)} writes it. */
    AsciiText attr(String name, double value) {
        attrStart(name, 0);
        return appendNum(value).append('"');
    }

    /** {@code  name="}, with room for {@code more} bytes after it. */
    private void attrStart(String name, int more) {
        room(name.length() + 3 + more);
        bytes[length++] = ' ';
        put(name);
        bytes[length++] = '=';
        bytes[length++] = '"';
    }

    /** {@code s} copied in; the caller made room for it. */
    @SuppressWarnings("deprecation") // String.getBytes(int, int, byte[], int) keeps each char's low byte: ASCII exactly
    private void put(String s) {
        int n = s.length();
        s.getBytes(0, n, bytes, length);
        length += n;
    }

    AsciiText append(char c) {
        room(1);
        bytes[length++] = (byte) c;
        return this;
    }

    AsciiText append(AsciiText other) {
        room(other.length);
        System.arraycopy(other.bytes, 0, bytes, length, other.length);
        length += other.length;
        return this;
    }

    /** Appends {@code v} in decimal. */
    AsciiText append(long v) {
        if (v < 0) {
            if (v == Long.MIN_VALUE) return append(Long.toString(v));
            append('-');
            v = -v;
        }
        int digits = 1;
        for (long rest = v / 10; rest > 0; rest /= 10) digits++;
        room(digits);
        for (int i = length + digits - 1; i >= length; i--) {
            bytes[i] = (byte) ('0' + v % 10);
            v /= 10;
        }
        length += digits;
        return this;
    }

    /**
     * Appends {@code d} rounded to one decimal: a whole number without a point, else as {@code %.1f} in the root
     * locale would write it, without going through a formatter (the drawings write hundreds of numbers each).
     */
    AsciiText appendNum(double d) {
        long tenths = Math.round(d * 10);
        if (tenths > -1_000_000_000_000_000L && tenths < 1_000_000_000_000_000L) {
            // below 10^15 tenths, tenths / 10.0 is whole exactly when tenths is a multiple of ten, and otherwise
            // its shortest decimal form (which %.1f writes) is tenths with a point before the last digit
            long abs = Math.abs(tenths);
            long whole = abs / 10;
            int tenth = (int) (abs % 10);
            if (tenth == 0) return append(tenths < 0 ? -whole : whole);
            if (tenths < 0) append('-');
            return append(whole).append('.').append((char) ('0' + tenth));
        }
        double r = tenths / 10.0;
        if (r == Math.rint(r)) return append((long) r);
        return append(String.format(Locale.ROOT, "%.1f", r));
    }

    int length() {
        return length;
    }

    private void room(int n) {
        if (length + n > bytes.length) bytes = Arrays.copyOf(bytes, Math.max(length + n, bytes.length * 2));
    }

    @Override
    public String toString() {
        return new String(bytes, 0, length, StandardCharsets.ISO_8859_1);
    }
}
